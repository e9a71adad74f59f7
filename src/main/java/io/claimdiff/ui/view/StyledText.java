package io.claimdiff.ui.view;

import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Iterator;

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
        // one pass over the spans, cut at every line break (StyleSpans.subView per line would
        // search from the start each time: quadratic on a long article)
        Cursor cursor = new Cursor(spans.iterator());
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            if (end > start) {
                builder.addParagraph(text.substring(start, end), cursor.take(end - start));
            } else {
                builder.addParagraph("", "");
            }
            if (newline < 0) {
                return builder.build();
            }
            cursor.take(1); // the line break itself
            start = newline + 1;
        }
    }

    /** Walks a run of style spans, handing out the next so many characters' styles. */
    private static final class Cursor {
        private final Iterator<StyleSpan<String>> spans;
        private String style = "";
        private int left;

        Cursor(Iterator<StyleSpan<String>> spans) {
            this.spans = spans;
        }

        StyleSpans<String> take(int length) {
            StyleSpansBuilder<String> out = new StyleSpansBuilder<>();
            int needed = length;
            while (needed > 0) {
                if (left == 0) {
                    if (!spans.hasNext()) {
                        out.add("", needed); // spans shorter than the text: the rest unstyled
                        break;
                    }
                    StyleSpan<String> next = spans.next();
                    style = next.getStyle();
                    left = next.getLength();
                    continue;
                }
                int step = Math.min(needed, left);
                out.add(style, step);
                left -= step;
                needed -= step;
            }
            return out.create();
        }
    }
}
