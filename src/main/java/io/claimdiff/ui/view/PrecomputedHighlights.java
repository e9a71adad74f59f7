package io.claimdiff.ui.view;

import io.claimdiff.ui.workspace.HighlightInputs;
import io.claimdiff.ui.workspace.PreparedHighlights;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Highlights worked out in the background before a pane existed, with the inputs they were
 * worked out from; a pane uses them only if its own inputs are equal.
 *
 * @param inputs   what the highlights were worked out from
 * @param spans    the styles over the whole text
 * @param document the text with those styles, ready to go into a pane in one step
 */
public record PrecomputedHighlights(HighlightInputs inputs, StyleSpans<String> spans,
                             ReadOnlyStyledDocument<String, String, String> document) implements PreparedHighlights {

    /** Works out the highlights of {@code article} from {@code inputs}. Pure; for a background thread. */
    public static PrecomputedHighlights of(io.claimdiff.model.Article article, HighlightInputs inputs) {
        StyleSpans<String> spans = HighlightStyles.compute(article, inputs.claims(), inputs.parties(), inputs.selected(),
                inputs.marked());
        return new PrecomputedHighlights(inputs, spans, StyledText.document(article.text(), spans));
    }
}
