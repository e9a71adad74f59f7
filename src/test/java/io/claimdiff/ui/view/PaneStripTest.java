package io.claimdiff.ui.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The widths and scroll positions of the row of article panes, without a toolkit. */
class PaneStripTest {

    private static final double MIN = PaneStrip.MIN_PANE_WIDTH;

    @Test
    void panesThatFitShareTheWholeWidth() {
        PaneStrip four = new PaneStrip(1180, 4, 4);
        assertEquals((1180 - 12) / 4.0, four.paneWidth(), 1e-9);
        assertEquals(1180, four.contentWidth(), 1e-9);
        assertFalse(four.scrolls());
        assertEquals(0, four.hvalueShowing(0.7, 3, 3), 1e-9, "nothing to scroll");
    }

    @Test
    void panesThatDoNotFitKeepTheMinimumAndTheRowScrolls() {
        PaneStrip six = new PaneStrip(1180, 6, 4);
        assertEquals(MIN, six.paneWidth(), 1e-9);
        assertEquals(6 * MIN + 20, six.contentWidth(), 1e-9);
        assertTrue(six.scrolls());
        assertEquals(5 * (MIN + 4), six.paneX(5), 1e-9);
    }

    @Test
    void aViewportNarrowerThanOnePaneStillGivesTheMinimum() {
        PaneStrip one = new PaneStrip(200, 1, 4);
        assertEquals(MIN, one.paneWidth(), 1e-9);
        assertTrue(one.scrolls());
        assertEquals(0, new PaneStrip(900, 0, 4).contentWidth(), 1e-9);
    }

    @Test
    void showingAPaneMovesAsLittleAsPossible() {
        PaneStrip six = new PaneStrip(1180, 6, 4);
        double room = six.contentWidth() - 1180;
        assertEquals(1, six.hvalueShowing(0, 5, 5), 1e-9, "the last pane: the right end");
        assertEquals(0.3, six.hvalueShowing(0.3, 1, 1), 1e-9, "already in view: no movement");
        double lastAtRightEdge = (six.paneX(4) + MIN - 1180) / room;
        assertEquals(lastAtRightEdge, six.hvalueShowing(0, 4, 4), 1e-9, "from the left: its right edge comes in");
        assertEquals(six.paneX(1) / room, six.hvalueShowing(1, 1, 1), 1e-9, "from the right: its left edge");
    }

    @Test
    void panesTooFarApartToShowTogetherShowTheFirstAtTheLeft() {
        PaneStrip eight = new PaneStrip(1000, 8, 4);
        double room = eight.contentWidth() - 1000;
        assertEquals(eight.paneX(1) / room, eight.hvalueShowing(1, 1, 6), 1e-9);
        assertEquals(1, eight.hvalueShowing(0, 6, 7), 1e-9, "two neighbours at the end fit together");
    }
}
