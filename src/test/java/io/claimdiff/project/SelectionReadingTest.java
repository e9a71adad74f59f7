package io.claimdiff.project;

import io.claimdiff.compare.ContradictionFinder;
import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The new-claim dialog's guess: the real engine reading the paragraph of a selection. */
class SelectionReadingTest {

    private final AnalysisService analysis = new AnalysisService(new AttributionExtractor(), new ContradictionFinder());

    private static Article article(String text) {
        return new Article("a1", "a.txt", "Call", text, List.of());
    }

    @Test
    void aRefusalToCommentIsReadAsADeclineByItsSpeaker() {
        String text = "Call\n\nThe two men spoke on Thursday, the newspaper said.\n\nA Trump spokesman wouldn't comment.\n";
        int at = text.indexOf("A Trump");
        Claim read = analysis.readSelection(article(text), new TextSpan(at, text.indexOf('.', at))).orElseThrow();
        assertEquals("Trump spokesman", read.speaker());
        assertEquals(Stance.DECLINE, read.stance());
        assertTrue(read.content().start() >= at, "offsets are the article's");
    }

    @Test
    void aSelectionOutsideAnyStatementReadsNothing() {
        String text = "Call\n\nThe weather in Geneva was mild on Thursday.\n";
        int at = text.indexOf("weather");
        assertEquals(Optional.empty(), analysis.readSelection(article(text), new TextSpan(at, at + 7)));
    }
}
