package io.claimdiff.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations of one paragraph. Each mark is judged as opening or closing by what
 * surrounds it rather than by its glyph, so straight quotes and wrong-way curly quotes
 * ({@code ..., “said Putin}) pair up as a reader would pair them.
 */
final class QuoteScanner {

    private QuoteScanner() {
    }

    static List<Quote> scan(String text, int from, int to) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        int openLength = 1;
        boolean seenMark = false;
        for (int i = from; i < to; i++) {
            int length = Tokenizer.quoteMarkLength(text, i, to);
            if (length == 0) {
                continue;
            }
            boolean opening = isOpening(text, from, to, i, length, open >= 0);
            if (opening) {
                open = i;
                openLength = length;
            } else if (open >= 0) {
                out.add(new Quote(open, open + openLength, i, i + length - 1));
                open = -1;
            } else if (!seenMark && afterPunctuation(text, from, i)) {
                // a quotation whose opening mark was lost: "Russia is ready ..., “said Putin"
                out.add(new Quote(-1, skipSpace(text, from, i), i, i + length - 1));
            }
            seenMark = true;
            i += length - 1;
        }
        if (open >= 0) {
            out.add(new Quote(open, open + openLength, to, -1));
        }
        return seenMark ? out : singleQuotes(text, from, to);
    }

    // British style ‘…’ where a paragraph has no double quotes; ’ inside words stays an apostrophe
    private static List<Quote> singleQuotes(String text, int from, int to) {
        List<Quote> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (text.charAt(i) != '‘') {
                i++;
                continue;
            }
            boolean opens = i == from || Tokenizer.isSpace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
            int close = opens ? closingSingle(text, i + 1, to) : -1;
            if (close > i + 1) {
                out.add(new Quote(i, i + 1, close, close));
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int closingSingle(String text, int from, int to) {
        for (int j = from; j < to && j - from < 2000; j++) {
            if (text.charAt(j) == '’' && !Tokenizer.isSpace(text.charAt(j - 1))
                    && (j + 1 >= to || !Character.isLetter(text.charAt(j + 1)))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isOpening(String text, int from, int to, int i, int length, boolean inside) {
        char c = text.charAt(i);
        char prev = i > from ? text.charAt(i - 1) : ' ';
        char next = i + length < to ? text.charAt(i + length) : ' ';
        boolean leftFree = Tokenizer.isSpace(prev) || "([{—–-/:".indexOf(prev) >= 0;
        boolean rightFree = Tokenizer.isSpace(next) || ".,;:!?)]}—–…".indexOf(next) >= 0 || i + length >= to;
        boolean opening;
        if (leftFree && !rightFree) {
            opening = true;
        } else if (!leftFree && rightFree) {
            opening = false;
        } else if (c == '”' || c == '»') {
            opening = false;
        } else if (c == '“' || c == '„' || c == '«' || c == '‟') {
            opening = true;
        } else {
            opening = !inside;
        }
        if (opening && (inside || afterPunctuation(text, from, i)) && cueFollows(text, i + length, to)) {
            return false; // a wrong-way mark: "..., “said Zelenskyy"
        }
        return opening;
    }

    private static boolean afterPunctuation(String text, int from, int i) {
        int j = i - 1;
        while (j >= from && Tokenizer.isSpace(text.charAt(j))) {
            j--;
        }
        return j >= from && ",.?!".indexOf(text.charAt(j)) >= 0;
    }

    private static boolean cueFollows(String text, int i, int to) {
        int end = i;
        while (end < to && end - i < 20 && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == i || end - i >= 20) {
            return false;
        }
        CueLexicon.Cue cue = CueLexicon.lookup(text.substring(i, end).toLowerCase(java.util.Locale.ROOT));
        return cue != null && !cue.ing() && Character.isLowerCase(text.charAt(i));
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Tokenizer.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
