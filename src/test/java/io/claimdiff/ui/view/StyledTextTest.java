package io.claimdiff.ui.view;

import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A prebuilt document holds the text and, character by character, the styles it was built from. */
class StyledTextTest {

    @Test
    void documentKeepsTextAndEveryCharactersStyle() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(random.nextInt(6) == 0 ? '\n' : (char) ('a' + random.nextInt(3)));
            }
            StyleSpansBuilder<String> spans = new StyleSpansBuilder<>();
            String[] styles = new String[text.length()];
            int at = 0;
            while (at < text.length()) {
                int length = 1 + random.nextInt(Math.min(8, text.length() - at));
                String style = random.nextBoolean() ? "" : "-fx-fill: #00" + random.nextInt(10) + ";";
                spans.add(style, length);
                for (int i = at; i < at + length; i++) {
                    styles[i] = style;
                }
                at += length;
            }
            if (text.length() == 0) {
                spans.add("", 0);
            }
            StyleSpans<String> built = spans.create();
            ReadOnlyStyledDocument<String, String, String> doc = StyledText.document(text.toString(), built);
            assertEquals(text.toString(), doc.getText());
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != '\n') {
                    assertEquals(styles[i], doc.getStyleAtPosition(i + 1), "round " + round + " char " + i);
                }
            }
        }
    }
}
