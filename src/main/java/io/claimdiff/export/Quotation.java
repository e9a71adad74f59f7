package io.claimdiff.export;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A claim's words in quotation marks, without doubling the marks its text already carries. A claim
 * often starts or ends inside the article's own quotation ({@code soon."}, {@code “Ukrainian…}):
 * a mark at either end that the text does not close or open again is the article's, and goes;
 * so does a pair that encloses the whole text. Quotations left inside are nested the usual way,
 * single within double ({@code “the drone ‘was destroyed.’”}), and an inner mark without its
 * partner is kept as it is. Straight and curly, single and double marks and guillemets are read;
 * an apostrophe ({@code Putin’s}, {@code don't}) is not a mark.
 */
public final class Quotation {

    private static final String SENTENCE_END = ".,;:";

    private Quotation() {
    }

    /** {@code text} in curly double quotation marks, as a report shows a claim. */
    public static String quote(String text) {
        String words = bare(text);
        StringBuilder out = new StringBuilder(words.length() + 2).append('“');
        Mark[] marks = marks(words);
        for (int i = 0; i < words.length(); i++) {
            Mark m = marks[i];
            // depth 1 is directly inside the marks added here, so it takes single marks
            out.append(m == null || m.partner < 0 ? words.charAt(i)
                    : m.depth % 2 == 1 ? (m.opens ? '‘' : '’') : (m.opens ? '“' : '”'));
        }
        return out.append('”').toString();
    }

    /** {@code text} without surrounding space and without the quotation marks at its ends that are not its own. */
    public static String bare(String text) {
        String t = text.strip();
        while (!t.isEmpty()) {
            Mark[] marks = marks(t);
            int last = lastWord(t);
            Mark first = marks[0];
            Mark end = last < 0 ? null : marks[last];
            if (first != null && first.opens && (first.partner < 0 || first.partner == last)) {
                // the article's opening mark, with its closing one where the text ends
                t = first.partner < 0 ? t.substring(1) : t.substring(1, last) + t.substring(last + 1);
            } else if (end != null && !end.opens && end.partner < 0 && (end.isDouble || afterPunctuation(t, last))) {
                // a closing mark the text never opened; a single one must follow punctuation, or it is
                // a plural possessive ("the leaders’")
                t = t.substring(0, last) + t.substring(last + 1);
            } else {
                return t;
            }
            t = t.strip();
        }
        return t;
    }

    /** The last character that is not sentence punctuation after a closing mark ("Ukraine”."), or -1. */
    private static int lastWord(String t) {
        int i = t.length() - 1;
        if (i > 0 && SENTENCE_END.indexOf(t.charAt(i)) >= 0 && isClosing(t, i - 1)) {
            return i - 1;
        }
        return i;
    }

    private static boolean isClosing(String t, int i) {
        Mark m = classify(t, i);
        return m != null && !m.opens;
    }

    private static boolean afterPunctuation(String t, int i) {
        return i > 0 && ".,;:!?…".indexOf(t.charAt(i - 1)) >= 0;
    }

    /** The quotation marks of {@code t} by position (null elsewhere), each with its partner and depth. */
    private static Mark[] marks(String t) {
        Mark[] marks = new Mark[t.length()];
        Deque<Mark> open = new ArrayDeque<>();
        for (int i = 0; i < t.length(); i++) {
            Mark m = classify(t, i);
            marks[i] = m;
            if (m != null && m.opens) {
                open.push(m);
            } else if (m != null) {
                close(open, m);
            }
        }
        // pairs nest properly (close() leaves crossing marks unpaired), so depth is a running count
        int depth = 0;
        for (Mark m : marks) {
            if (m != null && m.partner >= 0) {
                m.depth = m.opens ? ++depth : depth--;
            }
        }
        return marks;
    }

    /** Pairs {@code closing} with the nearest open mark of its kind; marks opened after that one stay unpaired. */
    private static void close(Deque<Mark> open, Mark closing) {
        if (open.stream().noneMatch(m -> m.isDouble == closing.isDouble)) {
            return;
        }
        Mark opening = open.pop();
        while (opening.isDouble != closing.isDouble) {
            opening = open.pop();
        }
        opening.partner = closing.at;
        closing.partner = opening.at;
    }

    /** The quotation mark at {@code i}, or null for any other character, apostrophes included. */
    private static Mark classify(String t, int i) {
        char c = t.charAt(i);
        return switch (c) {
            case '“', '„', '«' -> new Mark(i, true, true);
            case '”', '»' -> new Mark(i, true, false);
            case '‘', '‚', '‹' -> new Mark(i, false, true);
            case '›' -> new Mark(i, false, false);
            case '’' -> between(t, i) ? null : new Mark(i, false, false);
            case '"' -> new Mark(i, true, opensHere(t, i));
            case '\'' -> between(t, i) || opensHere(t, i) && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))
                    ? null : new Mark(i, false, opensHere(t, i));
            default -> null;
        };
    }

    /** A straight mark opens at the start, after a space or after an opening bracket or dash. */
    private static boolean opensHere(String t, int i) {
        return i == 0 || Character.isWhitespace(t.charAt(i - 1)) || "([{—–-/".indexOf(t.charAt(i - 1)) >= 0;
    }

    /** An apostrophe: a letter or digit on both sides ("Putin’s", "don't"). */
    private static boolean between(String t, int i) {
        return i > 0 && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i - 1))
                && Character.isLetterOrDigit(t.charAt(i + 1));
    }

    /** One quotation mark; {@code partner} is the position of the mark it pairs with, -1 for none. */
    private static final class Mark {
        final int at;
        final boolean isDouble;
        final boolean opens;
        int partner = -1;
        int depth;

        Mark(int at, boolean isDouble, boolean opens) {
            this.at = at;
            this.isDouble = isDouble;
            this.opens = opens;
        }
    }
}
