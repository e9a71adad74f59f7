package io.claimdiff.ui.workspace;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A claims-table row shows the claim's words on one line, as the regular expression did. */
class ClaimRowTest {

    @Test
    void oneLineCollapsesWhiteSpaceLikeTheRegularExpression() {
        Random random = new Random(5);
        String alphabet = "ab \t\n\r\u000B\f\u00a0\u2003.";
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = text.toString().replaceAll("\\s+", " ").strip();
            assertEquals(expected, ClaimRow.oneLine(text.toString()), "'" + text + "'");
        }
    }
}
