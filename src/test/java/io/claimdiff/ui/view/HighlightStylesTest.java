package io.claimdiff.ui.view;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Party;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HighlightStylesTest {

    private static final String TEXT = "Caption here\nPeskov denied that any deal was made.";
    private final Article article = new Article("a1", "x.txt", "x", TEXT, List.of(new TextSpan(0, 12)));
    private final int speakerStart = TEXT.indexOf("Peskov");
    private final int cueStart = TEXT.indexOf("denied");
    private final int contentStart = TEXT.indexOf("any deal");
    private final Claim claim = new Claim("c1", "a1", new TextSpan(contentStart, TEXT.length() - 1),
            new TextSpan(cueStart, cueStart + 6), new TextSpan(speakerStart, speakerStart + 6), "Dmitry Peskov",
            "Russia", Stance.DENY, "test", 1);

    /** The style at each character, for easy assertions. */
    private static List<String> perChar(StyleSpans<String> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<String> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                out.add(span.getStyle());
            }
        }
        return out;
    }

    @Test
    void layersFurnitureContentSpeakerAndStanceCue() {
        List<String> styles = perChar(HighlightStyles.compute(article, List.of(ClaimEntry.fromEngine(claim)),
                Map.of("Russia", new Party("Russia", "#d62728", false)), null));
        assertEquals(TEXT.length(), styles.size());
        assertTrue(styles.get(0).contains("-fx-fill: #a19f98"), "furniture dimmed");
        assertTrue(styles.get(speakerStart).contains("-rtfx-underline-color: #d62728"), "speaker underlined");
        assertTrue(styles.get(cueStart).contains("bold") && styles.get(cueStart).contains("#b3261e"), "deny cue");
        assertTrue(styles.get(contentStart).contains("-rtfx-background-color: #d627282e"), "content tinted");
        assertEquals("", styles.get(TEXT.length() - 1), "the full stop is outside the claim");
    }

    @Test
    void selectedClaimIsStrongerAndHiddenPartyVanishes() {
        ClaimEntry entry = ClaimEntry.fromEngine(claim);
        List<String> selected = perChar(HighlightStyles.compute(article, List.of(entry),
                Map.of("Russia", new Party("Russia", "#d62728", false)), "c1"));
        assertTrue(selected.get(contentStart).contains("#d6272866"));
        List<String> hidden = perChar(HighlightStyles.compute(article, List.of(entry),
                Map.of("Russia", new Party("Russia", "#d62728", true)), null));
        assertFalse(hidden.get(contentStart).contains("background"));
    }

    @Test
    void stancesAreDistinct() {
        assertEquals(4, List.of(Stance.values()).stream().map(HighlightStyles::cueCss).distinct().count());
    }

    @Test
    void spansBeyondTextAreClippedNotThrown() {
        Claim wild = new Claim("c2", "a1", new TextSpan(5, 10_000), null, null, "X", "Russia", Stance.ASSERT, "t", 1);
        StyleSpans<String> spans = HighlightStyles.compute(article, List.of(ClaimEntry.fromEngine(wild)),
                Map.of("Russia", new Party("Russia", "#d62728", false)), null);
        assertEquals(TEXT.length(), spans.length());
    }
}
