package io.claimdiff.ui.view;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChangedStylesTest {

    // spans("", 3, "x", 2) styles 3 characters "" then 2 characters "x"
    private static StyleSpans<String> spans(Object... styleThenLength) {
        StyleSpansBuilder<String> b = new StyleSpansBuilder<>();
        for (int i = 0; i < styleThenLength.length; i += 2) {
            b.add((String) styleThenLength[i], (Integer) styleThenLength[i + 1]);
        }
        return b.create();
    }

    @Test
    void identicalStylingsChangeNothing() {
        assertEquals(List.of(), ChangedStyles.between(spans("", 5, "a", 3, "", 2), spans("", 5, "a", 3, "", 2)));
    }

    @Test
    void theSameStylesCutDifferentlyChangeNothing() {
        StyleSpans<String> whole = spans("", 4, "a", 6);
        StyleSpans<String> cut = spans("", 1, "", 3, "a", 2, "a", 4);
        assertEquals(List.of(), ChangedStyles.between(whole, cut));
    }

    @Test
    void aSelectionMovingBetweenNearbyClaimsIsOneStretch() {
        StyleSpans<String> before = spans("", 10, "selected", 5, "", 20, "claim", 5, "", 10);
        StyleSpans<String> after = spans("", 10, "claim", 5, "", 20, "selected", 5, "", 10);
        assertEquals(List.of(new ChangedStyles(10, 40)), ChangedStyles.between(before, after));
    }

    @Test
    void aSelectionMovingBetweenDistantClaimsIsTwoStretchesWithoutTheTextBetween() {
        int gap = ChangedStyles.MERGE_GAP;
        StyleSpans<String> before = spans("", 10, "selected", 5, "", gap, "claim", 5, "", 10);
        StyleSpans<String> after = spans("", 10, "claim", 5, "", gap, "selected", 5, "", 10);
        assertEquals(List.of(new ChangedStyles(10, 15), new ChangedStyles(15 + gap, 20 + gap)),
                ChangedStyles.between(before, after));
    }

    @Test
    void aChangeInsideOneSpanIsFoundToTheCharacter() {
        StyleSpans<String> before = spans("", 100);
        StyleSpans<String> after = spans("", 42, "cue", 3, "", 55);
        assertEquals(List.of(new ChangedStyles(42, 45)), ChangedStyles.between(before, after));
    }

    @Test
    void changesAtTheVeryStartAndEndAreIncluded() {
        StyleSpans<String> before = spans("a", 2, "", 6, "b", 2);
        StyleSpans<String> after = spans("", 10);
        assertEquals(List.of(new ChangedStyles(0, 10)), ChangedStyles.between(before, after));
        int far = ChangedStyles.MERGE_GAP + 10;
        assertEquals(List.of(new ChangedStyles(0, 2), new ChangedStyles(far + 2, far + 4)),
                ChangedStyles.between(spans("a", 2, "", far, "b", 2), spans("", far + 4)));
    }

    @Test
    void stylingsOfDifferentTextsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChangedStyles.between(spans("", 3), spans("", 4)));
    }
}
