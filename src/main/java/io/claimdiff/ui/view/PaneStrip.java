package io.claimdiff.ui.view;

/**
 * The arithmetic of the row of article panes: the shown panes share the viewport's width equally,
 * none narrower than {@link #MIN_PANE_WIDTH}; when they do not fit, the row is wider than the
 * viewport and scrolls sideways. No toolkit here, so the rules are tested without one.
 *
 * @param viewport the width the row is seen through
 * @param panes    how many panes are shown
 * @param gap      the space between two panes
 */
record PaneStrip(double viewport, int panes, double gap) {

    /**
     * A newspaper column: some 40 characters of the articles' 14 px serif a line. Four panes fit
     * beside the side panels of a 1600 px window.
     */
    static final double MIN_PANE_WIDTH = 280;

    /** The space between two panes. */
    static final double GAP = 4;

    /** The strip of {@code panes} panes seen through {@code viewport}, {@link #GAP} apart. */
    static PaneStrip of(double viewport, int panes) {
        return new PaneStrip(viewport, panes, GAP);
    }

    /** Each pane's width: an equal share of the viewport, at least the minimum. */
    double paneWidth() {
        if (panes == 0) {
            return 0;
        }
        return Math.max(MIN_PANE_WIDTH, (viewport - gaps()) / panes);
    }

    /** The whole row's width: the viewport's when the panes fit, more when they do not. */
    double contentWidth() {
        return panes * paneWidth() + gaps();
    }

    /** Whether the row is wider than the viewport (the horizontal scrollbar shows). */
    boolean scrolls() {
        return contentWidth() > viewport + 0.5;
    }

    /** Where the {@code index}-th shown pane begins in the row. */
    double paneX(int index) {
        return index * (paneWidth() + gap);
    }

    /**
     * The horizontal scroll value (0 the left end, 1 the right end) that shows the panes
     * {@code first} to {@code last}, moving as little as possible from {@code hvalue}; when they do
     * not fit together, {@code first} is put at the left edge.
     */
    double hvalueShowing(double hvalue, int first, int last) {
        double room = contentWidth() - viewport;
        if (room <= 0) {
            return 0;
        }
        double offset = hvalue * room;
        double from = paneX(first);
        double to = paneX(last) + paneWidth();
        if (to - from > viewport || from < offset) {
            offset = from;
        } else if (to > offset + viewport) {
            offset = to - viewport;
        }
        return Math.min(1, Math.max(0, offset / room));
    }

    private double gaps() {
        return Math.max(0, panes - 1) * gap;
    }
}
