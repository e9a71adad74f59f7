package io.claimdiff.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into words, noting which words start a sentence; also learns which words are names. */
final class Tokens {

    /** One word: as written, lower-cased without clitics ("Putin's" gives "putin"), and whether it opens a sentence. */
    record Token(String raw, String lower, boolean initial) {
    }

    private static final String BOUNDARY = ".!?:;\n\"“”«»[(—–-";

    private Tokens() {
    }

    /** The words of {@code text[start, end)}; the text before {@code start} tells whether the first opens a sentence. */
    static List<Token> of(String text, int start, int end) {
        List<Token> out = new ArrayList<>();
        boolean boundary = opensSentence(text, start);
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < end && (Character.isLetter(text.charAt(j)) || isApostrophe(text.charAt(j)))) {
                    j++;
                }
                String raw = text.substring(i, j).replace('’', '\'');
                out.add(new Token(raw, lower(raw), boundary));
                boundary = false;
                i = j;
            } else {
                if (BOUNDARY.indexOf(c) >= 0) {
                    boundary = true;
                } else if (!Character.isWhitespace(c)) {
                    boundary = Character.isDigit(c) ? false : boundary;
                }
                i++;
            }
        }
        return out;
    }

    /**
     * Lower-case forms of the words that the texts write capitalised inside a sentence and never in
     * lower case: names, so that a name opening a sentence ("Macron said") is still known as one.
     */
    static Set<String> names(List<String> texts) {
        Set<String> capital = new HashSet<>();
        Set<String> plain = new HashSet<>();
        for (String text : texts) {
            for (Token t : of(text, 0, text.length())) {
                if (Character.isLowerCase(t.raw().charAt(0))) {
                    plain.add(t.lower());
                } else if (!t.initial()) {
                    capital.add(t.lower());
                }
            }
        }
        capital.removeAll(plain);
        return capital;
    }

    private static String lower(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        int apostrophe = lower.lastIndexOf('\'');
        if (apostrophe > 0 && !lower.endsWith("n't")) {
            String clitic = lower.substring(apostrophe + 1);
            if (clitic.equals("s") || clitic.equals("d") || clitic.equals("ll") || clitic.equals("re")
                    || clitic.equals("ve") || clitic.equals("m") || clitic.isEmpty()) {
                return lower.substring(0, apostrophe);
            }
        }
        return lower;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean opensSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) || c == '\n') {
                return BOUNDARY.indexOf(c) >= 0;
            }
        }
        return true;
    }
}
