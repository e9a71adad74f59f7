package io.claimdiff.extract;

import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences: knows abbreviations and initials, never splits inside a
 * quotation that closes in the same paragraph, and bounds runaway sentences so that work stays linear.
 */
final class SentenceSplitter {

    /** Longer sentences are cut at the next space, to keep every later step bounded. */
    static final int MAX_SENTENCE = 3000;
    private static final int MAX_PROTECTED_QUOTE = 2000;

    private static final Set<String> ABBREVIATIONS = Words.set("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "sgt", "capt", "gov", "sen", "rep", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "jr", "sr", "vs", "etc", "no", "vol", "fig",
            "approx", "est", "dept", "univ", "ave", "blvd", "mt", "ft", "rev", "hon", "adm", "maj", "cmdr", "gov",
            "pres", "supt", "messrs", "op", "cf", "al");
    private static final Set<String> NEVER_FINAL = Words.set("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "sgt", "capt", "gov", "sen", "rep", "st", "vs", "no", "hon", "adm", "maj", "cmdr", "pres", "messrs");
    private static final Set<String> STARTERS = Words.set("the", "he", "she", "it", "they", "we", "but", "and", "in",
            "on", "a", "this", "that", "i", "his", "her", "their", "there", "meanwhile", "however", "its", "an",
            "these", "those", "after", "at", "as", "for", "if", "when", "while", "our", "some", "officials");

    private SentenceSplitter() {
    }

    static List<TextSpan> split(String text, int from, int to, List<Quote> quotes) {
        List<TextSpan> out = new ArrayList<>();
        int start = skipSpace(text, from, to);
        int q = 0;
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (i - start > MAX_SENTENCE && Tokenizer.isSpace(c)) {
                add(out, text, start, i);
                start = skipSpace(text, i, to);
                i = start;
                continue;
            }
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                i++;
                continue;
            }
            int j = i;
            while (j < to && ".!?…".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            while (j < to && (Tokenizer.isQuoteMark(text.charAt(j)) || ")]’'".indexOf(text.charAt(j)) >= 0)) {
                j++;
            }
            while (q < quotes.size() && quotes.get(q).outerEnd() <= i) {
                q++;
            }
            int k = skipSpace(text, j, to);
            if (k == j && k < to && missingSpace(text, from, i, j, to)) {
                add(out, text, start, j); // "Trump said.Trump claimed …": a sentence end the page lost its space after
                start = j;
                i = j;
                continue;
            }
            if (k >= to || k == j || protectedQuote(quotes, q, i, j) || !boundary(text, from, i, k, c)
                    || c != '.' && (Tokenizer.isQuoteMark(text.charAt(j - 1)) || j - 2 > i && text.charAt(j - 1) == '\''
                    && text.charAt(j - 2) == '\'') && frameFollows(text, k, to)) {
                i = Math.max(j, i + 1);
                continue;
            }
            add(out, text, start, j);
            start = k;
            i = k;
        }
        add(out, text, start, to);
        return out;
    }

    // a lower-case word of two letters or more, the mark, then a capitalised word: not "U.S.", "p.m." or "Mr.Smith"
    private static boolean missingSpace(String text, int from, int mark, int next, int to) {
        int w = mark;
        while (w > from && Character.isLowerCase(text.charAt(w - 1))) {
            w--;
        }
        boolean lowerWord = mark - w >= 2 && (w == from || !Character.isLetter(text.charAt(w - 1)));
        return lowerWord && next + 1 < to && Character.isUpperCase(text.charAt(next))
                && Character.isLowerCase(text.charAt(next + 1));
    }

    // "Why would we pay?" Chelsea chairman Todd Boehly said: the quotation's frame, not a new sentence
    private static boolean frameFollows(String text, int from, int to) {
        int i = from;
        for (int words = 0; words < 7 && i < to; words++) {
            int e = i;
            while (e < to && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e == i) {
                return false;
            }
            CueLexicon.Cue cue = CueLexicon.lookup(text.substring(i, e).toLowerCase(Locale.ROOT));
            if (cue != null && !cue.ing() && Character.isLowerCase(text.charAt(i))) {
                return true;
            }
            i = e < to && text.charAt(e) == '.' && e - i <= 3 ? e + 1 : e; // "Mr.", "Sen."
            while (i < to && Tokenizer.isSpace(text.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    private static boolean protectedQuote(List<Quote> quotes, int q, int i, int j) {
        if (q >= quotes.size()) {
            return false;
        }
        Quote quote = quotes.get(q);
        return quote.outerStart() <= i && quote.outerEnd() > j
                && quote.outerEnd() - quote.outerStart() <= MAX_PROTECTED_QUOTE;
    }

    private static boolean boundary(String text, int from, int dot, int next, char c) {
        char n = text.charAt(next);
        if (Character.isLowerCase(n) || c == '.' && n == '.') {
            return false; // "How do you control . . . these banks": a spaced ellipsis is one mark, inside the sentence
        }
        if (c != '.') {
            return true;
        }
        int w = dot;
        while (w > from && dot - w < 20 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isUpperCase(text.charAt(w));
        boolean dotted = word.indexOf('.') >= 0;
        if (!initial && !dotted && !ABBREVIATIONS.contains(word)) {
            return true;
        }
        if (NEVER_FINAL.contains(word) || initial || Character.isDigit(n)) {
            return false;
        }
        int e = next;
        while (e < text.length() && e - next < 20 && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return STARTERS.contains(text.substring(next, e).toLowerCase(Locale.ROOT));
    }

    private static void add(List<TextSpan> out, String text, int start, int end) {
        int e = end;
        while (e > start && Tokenizer.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new TextSpan(start, e));
        }
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Tokenizer.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
