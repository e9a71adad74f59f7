package io.claimdiff.extract;

import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/** The sentences of a quotation, each one statement that can be contradicted on its own. */
final class QuotedSentences {

    private QuotedSentences() {
    }

    /**
     * The sentences of the quoted text {@code span}; the span itself when it holds one sentence.
     * Questions among statements are left out: "What did they say? Fake news." states only the second.
     */
    static List<TextSpan> split(String text, TextSpan span) {
        if (span.end() - span.start() < 2) {
            return List.of(span);
        }
        List<TextSpan> parts = SentenceSplitter.split(text, span.start(), span.end(), List.of());
        if (parts.size() <= 1) {
            return List.of(span);
        }
        List<TextSpan> statements = new ArrayList<>(parts.size());
        for (TextSpan p : parts) {
            if (!question(text, p)) {
                statements.add(p);
            }
        }
        return statements.isEmpty() ? List.of(span) : statements;
    }

    private static boolean question(String text, TextSpan s) {
        int e = s.end();
        while (e > s.start() && !Character.isLetterOrDigit(text.charAt(e - 1)) && text.charAt(e - 1) != '?') {
            e--;
        }
        return e > s.start() && text.charAt(e - 1) == '?';
    }
}
