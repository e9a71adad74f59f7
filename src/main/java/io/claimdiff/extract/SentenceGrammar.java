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
        if (tags == null) {
            tags = new String[toks.size()];
        }
        if (tags[k] == null) {
            // the rules ask about a few words around a cue: a window of words around the one asked about
            // gets the tags the whole sentence would give it (the model looks two words either way and at the
            // two tags before), for a fraction of the work; words tagged before keep their tags, so each
            // word is tagged about once however many cues a long sentence has
            int lo = Math.max(0, k - BEHIND);
            int hi = Math.min(toks.size(), k + AHEAD);
            String[] window = tagger.get().tag(words(lo, hi));
            for (int i = 0; i < window.length; i++) {
                if (tags[lo + i] == null) {
                    tags[lo + i] = window[i];
                }
            }
        }
        return tags[k];
    }

    private static final int BEHIND = 8;
    private static final int AHEAD = 5;

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
    private String[] words(int lo, int hi) {
        String[] w = new String[hi - lo];
        for (int i = 0; i < w.length; i++) {
            Token t = toks.get(lo + i);
            String s = text.substring(t.start(), t.end()).replace('’', '\'');
            if (s.length() > 2 && (s.endsWith("'s") || s.endsWith("s'"))) {
                s = s.endsWith("'s") ? s.substring(0, s.length() - 2) : s.substring(0, s.length() - 1);
            }
            w[i] = s;
        }
        return w;
    }
}
