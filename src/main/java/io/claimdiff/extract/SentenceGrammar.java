package io.claimdiff.extract;

import java.util.List;
import java.util.function.Supplier;

/**
 * The parts of speech of one sentence's tokens, tagged on first use: most sentences never need them,
 * and tagging is the costliest step of extraction.
 */
final class SentenceGrammar {

    private final String text;
    private final List<Token> toks;
    private final Supplier<PosTagger> tagger;
    private String[] tags;

    SentenceGrammar(String text, List<Token> toks, Supplier<PosTagger> tagger) {
        this.text = text;
        this.toks = toks;
        this.tagger = tagger;
    }

    /** The Universal Dependencies tag of token {@code k} ("X" when unknown). */
    String tag(int k) {
        if (k < 0 || k >= toks.size()) {
            return "X";
        }
        if (tags == null || k >= tags.length) {
            // the rules ask about words before a cue: tagging up to a little past the word asked about
            // gives it the tags of the whole sentence (the model looks two words ahead) for less work
            int end = tags == null && k + LOOKAHEAD < toks.size() / 2 ? k + LOOKAHEAD : toks.size();
            tags = tagger.get().tag(words(end));
        }
        return tags[k];
    }

    private static final int LOOKAHEAD = 4;

    /** A common or proper noun, a number, or a pronoun: what a subject's head can be. */
    boolean nominal(int k) {
        String t = tag(k);
        return t.equals("NOUN") || t.equals("PROPN") || t.equals("NUM") || t.equals("PRON");
    }

    boolean noun(int k) {
        String t = tag(k);
        return t.equals("NOUN") || t.equals("PROPN");
    }

    boolean verb(int k) {
        String t = tag(k);
        return t.equals("VERB") || t.equals("AUX");
    }

    boolean is(int k, String tag) {
        return tag(k).equals(tag);
    }

    // the words as the model was trained on them: straight apostrophes, possessives split off
    private String[] words(int end) {
        String[] w = new String[end];
        for (int k = 0; k < w.length; k++) {
            Token t = toks.get(k);
            String s = text.substring(t.start(), t.end()).replace('’', '\'');
            if (s.length() > 2 && (s.endsWith("'s") || s.endsWith("s'"))) {
                s = s.endsWith("'s") ? s.substring(0, s.length() - 2) : s.substring(0, s.length() - 1);
            }
            w[k] = s;
        }
        return w;
    }
}
