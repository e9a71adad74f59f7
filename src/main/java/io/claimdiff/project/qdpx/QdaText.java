package io.claimdiff.project.qdpx;

import io.claimdiff.model.TextSpan;

import java.nio.charset.StandardCharsets;

/**
 * A source's text as ClaimDiff shows it, with the way back from REFI-QDA positions. REFI-QDA counts
 * Unicode code points in the stored text, a CRLF line end as two; a leading byte-order mark is an
 * encoding mark, not text, and is not counted (QualCoder writes one and counts without it).
 * ClaimDiff shows plain line ends and counts UTF-16 units, so every position is translated
 * through one table.
 */
final class QdaText {

    private final String text;
    private final int[] offsets;

    private QdaText(String text, int[] offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    static QdaText of(byte[] utf8) {
        return of(new String(utf8, StandardCharsets.UTF_8));
    }

    static QdaText of(String file) {
        String stored = file.startsWith("\uFEFF") ? file.substring(1) : file;
        int points = stored.codePointCount(0, stored.length());
        int[] offsets = new int[points + 1];
        StringBuilder shown = new StringBuilder(stored.length());
        int point = 0;
        for (int i = 0; i < stored.length(); point++) {
            int c = stored.codePointAt(i);
            offsets[point] = shown.length();
            boolean crlf = c == '\r' && i + 1 < stored.length() && stored.charAt(i + 1) == '\n';
            if (c == '\r' && !crlf) {
                shown.append('\n');
            } else if (!crlf) {
                shown.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        offsets[points] = shown.length();
        return new QdaText(shown.toString(), offsets);
    }

    /** The text as shown. */
    String text() {
        return text;
    }

    /** Whether the code-point positions lie in the stored text. */
    boolean fits(int start, int end) {
        return start >= 0 && start <= end && end < offsets.length;
    }

    /** The shown span of code points {@code start..end} of the stored text. */
    TextSpan span(int start, int end) {
        return new TextSpan(offsets[start], offsets[end]);
    }
}
