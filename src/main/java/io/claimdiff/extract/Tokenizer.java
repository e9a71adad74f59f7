package io.claimdiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a stretch of text into {@link Token}s in one linear pass. */
final class Tokenizer {

    private static final java.util.Set<String> TITLE_ABBREVIATIONS = Words.set("mr", "mrs", "ms", "dr", "prof",
            "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "st", "jr", "sr", "rev", "adm", "maj", "cmdr",
            "hon", "pres", "supt", "insp", "cpl", "pvt", "fr");

    private Tokenizer() {
    }

    /** White space, including the no-break spaces that pasted web text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    /** {@code offset} moved back over spaces and commas, no further than {@code from}. */
    static int trimEnd(String text, int from, int offset) {
        int e = offset;
        while (e > from && (isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return e;
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟';
    }

    /**
     * The length of the quotation mark at {@code i}: 1 for a quote character, 2 for two apostrophes
     * (''), which archives such as LexisNexis print for double quotes; else 0.
     */
    static int quoteMarkLength(String text, int i, int to) {
        char c = text.charAt(i);
        if (isQuoteMark(c)) {
            return 1;
        }
        return c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'' ? 2 : 0;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }

    /** Tokens of {@code text[from, to)}; {@code quotes} (sorted) marks which tokens are quoted. */
    static List<Token> tokenize(String text, int from, int to, List<Quote> quotes) {
        List<Token> out = new ArrayList<>();
        int q = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Tokenizer.isSpace(c) || Character.isISOControl(c)) {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (Character.isLetterOrDigit(c)) {
                i = wordEnd(text, i, to);
                if (i < to && text.charAt(i) == '.' && i - start <= 5
                        && TITLE_ABBREVIATIONS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    i++; // "Gov." is one word, not the end of a sentence
                }
                kind = Character.isDigit(c) ? Token.Kind.NUMBER : Token.Kind.WORD;
            } else if (quoteMarkLength(text, i, to) > 0) {
                i += quoteMarkLength(text, i, to);
                kind = Token.Kind.QUOTE_MARK;
            } else if (c == '-' && i + 1 < to && text.charAt(i + 1) == '-') {
                i += 2;
                kind = Token.Kind.PUNCT;
            } else {
                i++;
                kind = Token.Kind.PUNCT;
            }
            while (q < quotes.size() && quotes.get(q).end() <= start) {
                q++;
            }
            int inside = q < quotes.size() && quotes.get(q).start() <= start && kind != Token.Kind.QUOTE_MARK ? q : -1;
            String lower = text.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\'');
            out.add(new Token(start, i, lower, kind, Character.isUpperCase(c), inside));
        }
        keepAcronyms(text, out);
        return out;
    }

    // "WHO", "US", "IT": an acronym amid lower-case words keeps its case, so that it is never read as
    // "who", "us" or "it"; a run of capitals ("TRUMP SAYS WHO ...") is a shouted headline instead
    private static void keepAcronyms(String text, List<Token> toks) {
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.isWord() && allCaps(text, t) && !roleAcronym(t.lower()) && !(k > 0 && allCaps(text, toks.get(k - 1)))
                    && !(k + 1 < toks.size() && allCaps(text, toks.get(k + 1)))) {
                toks.set(k, new Token(t.start(), t.end(), text.substring(t.start(), t.end()), t.kind(), true, t.quote()));
            }
        }
    }

    // "CEO", "MP", "TV" are read like the words they abbreviate
    private static boolean roleAcronym(String lower) {
        return Words.TITLES.contains(lower) || Words.PERSON_NOUNS.contains(lower) || Words.BODY_NOUNS.contains(lower)
                || Words.ORG_WORDS.contains(lower);
    }

    /** Whether the word token {@code t} is two or more capital letters ("WHO", "MEA"). */
    static boolean allCaps(String text, Token t) {
        if (!t.isWord() || t.end() - t.start() < 2) {
            return false;
        }
        for (int i = t.start(); i < t.end(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // a lower-case word of two letters or more, then the dot, then a capitalised word ("said.Trump")
    private static boolean lostSpace(String text, int start, int dot, int to) {
        if (dot - start < 2 || dot + 2 >= to || !Character.isUpperCase(text.charAt(dot + 1))
                || !Character.isLowerCase(text.charAt(dot + 2))) {
            return false;
        }
        for (int k = start; k < dot; k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    // letters and digits, with inner apostrophes (he'd, Putin's), hyphens (state-run), dots (U.S., 3.5)
    private static int wordEnd(String text, int i, int to) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if (c == '.' && lostSpace(text, i, j, to)) {
                break; // "said.Trump claimed": a sentence end that lost its space, not one word
            } else if ((isApostrophe(c) || c == '-' || c == '.' || c == ',' && Character.isDigit(text.charAt(j - 1)))
                    && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
                if (c == ',' && !Character.isDigit(text.charAt(j + 1))) {
                    break;
                }
                j++;
            } else if (c == '.' && j - i == 1 && Character.isLetter(text.charAt(i)) && Character.isUpperCase(text.charAt(i))) {
                return j + 1; // an initial: "J."
            } else if (c == '.' && j >= 2 && text.charAt(j - 2) == '.') {
                return j + 1; // final dot of "U.S."
            } else {
                break;
            }
        }
        return j;
    }
}
