package io.claimdiff.ui;

import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;


/**
 * An article's text with its highlights as one RichTextFX document, built off the FX thread so
 * that a pane takes text and styles in a single step instead of splitting a long text into
 * paragraphs and then restyling it on the FX thread.
 */
final class StyledText {

    private StyledText() {
    }

    /** The document of {@code text}, one paragraph per line, styled by {@code spans} (the text's length). */
    static ReadOnlyStyledDocument<String, String, String> document(String text, StyleSpans<String> spans) {
        ReadOnlyStyledDocumentBuilder<String, String, String> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), "");
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            if (end > start) {
                builder.addParagraph(text.substring(start, end), spans.subView(start, end));
            } else {
                builder.addParagraph("", "");
            }
            if (newline < 0) {
                return builder.build();
            }
            start = newline + 1;
        }
    }
}
