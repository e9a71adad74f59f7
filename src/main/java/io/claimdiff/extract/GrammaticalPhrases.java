package io.claimdiff.extract;

import java.util.List;

/**
 * Noun phrases and clauses read by parts of speech: where the phrase that ends at a cue starts
 * ("hours after [Sanders] said", "[28 percent of voters] say"), and whether the words before a cue
 * hold a clause rather than one phrase.
 */
final class GrammaticalPhrases {

    private final List<Token> toks;
    private final NounPhrases np;

    GrammaticalPhrases(List<Token> toks, NounPhrases np) {
        this.toks = toks;
        this.np = np;
    }

    /**
     * The noun phrase that ends right before the cue, read by parts of speech when the words before the
     * cue hold a clause ("hours after Sanders said"), or null.
     */
    Mention subjectEndingAt(int from, int to) {
        return subjectEndingAt(from, to, false);
    }

    /** Like {@link #subjectEndingAt(int, int)}; with {@code nearest}, a relative's antecedent: the nearest phrase. */
    Mention subjectEndingAt(int from, int to, boolean nearest) {
        SentenceGrammar g = np.grammar();
        int head = to - 1;
        while (head >= from && !toks.get(head).isWord() && toks.get(head).kind() != Token.Kind.NUMBER) {
            head--;
        }
        if (head < from || !g.nominal(head) && !toks.get(head).cap()) {
            return null;
        }
        int start = head;
        // a relative's antecedent is the nearest phrase: "the request of [a woman] who alleges"
        while (start - 1 >= from && insidePhrase(start - 1, g) && !(nearest && toks.get(start - 1).is("of"))) {
            start--;
        }
        if (start == from && !nearest || start > from && Words.CONDITIONALS.contains(toks.get(start - 1).lower())) {
            return null; // "It was not clear why Kiev has disclosed them": a question, not a report
        }
        return np.analyse(start, to);
    }

    private static final java.util.Set<String> SUBORDINATORS = Words.set("after", "before", "when", "while", "since",
            "because", "although", "though", "once", "until", "unless", "whereas", "as");

    /** Whether a subordinator ("when", "after", "because") stands in tokens {@code [from, to)}. */
    boolean subordinatorIn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (SUBORDINATORS.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    // "hours after Sanders", "The summit brought together leaders": the words before the cue are no
    // single noun phrase; a relative clause ("Officials who have seen the report") is left to the words
    boolean clauseInside(int from, int to) {
        for (int k = from; k < to - 1; k++) {
            if (Words.RELATIVES.contains(toks.get(k).lower())) {
                return false;
            }
            if (SUBORDINATORS.contains(toks.get(k).lower()) && k > from) {
                return true;
            }
        }
        if (!unlistedWordIn(from, to - 1)) {
            return false; // names, titles, listed nouns and function words only: "Kremlin spokesman Dmitry Peskov"
        }
        SentenceGrammar g = np.grammar();
        boolean clause = false;
        for (int k = from; k < to - 1; k++) {
            Token t = toks.get(k);
            if (Words.RELATIVES.contains(t.lower())) {
                return false;
            }
            boolean reducedRelative = k > from && g.noun(k - 1) && Words.PREPOSITIONS.contains(toks.get(k + 1).lower())
                    && (t.lower().endsWith("ed") || t.lower().endsWith("en") || t.lower().endsWith("wn"));
            clause |= !t.cap() && t.isWord() && (SUBORDINATORS.contains(t.lower()) || g.verb(k) || g.is(k, "SCONJ"))
                    && !Words.VERB_FILLERS.contains(t.lower()) && !reducedRelative; // not "the complaint obtained by"
        }
        return clause;
    }

    private boolean unlistedWordIn(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            String w = t.lower();
            if (t.isWord() && !t.cap() && !Words.DETERMINERS.contains(w) && !Words.PERSON_NOUNS.contains(w)
                    && !Words.BODY_NOUNS.contains(w) && !Words.TITLES.contains(w) && !Words.NAME_PARTICLES.contains(w)
                    && !Words.possessive(w) && !Words.RELATIVES.contains(w) && !Words.PREPOSITIONS.contains(w)
                    && !Words.NOT_NAMES.contains(w) && !Words.LEADERS.contains(w) && !Words.TIME_WORDS.contains(w)
                    && !Words.VERB_FILLERS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    // a word that can stand before the rest of a noun phrase: "the", "28", "percent of", "Supreme", "Trump's"
    private boolean insidePhrase(int k, SentenceGrammar g) {
        Token t = toks.get(k);
        if (Words.possessive(t.lower()) || Words.NAME_PARTICLES.contains(t.lower())
                || t.cap() && t.isWord() && !Words.NOT_NAMES.contains(t.lower())) {
            return true;
        }
        if (t.is("of") || t.is("and") || t.is("&")) {
            return k > 0 && (g.noun(k - 1) || g.is(k - 1, "NUM") || toks.get(k - 1).cap())
                    && (t.is("of") || toks.get(k - 1).cap() && toks.get(k + 1).cap()); // "Trump and Clinton"
        }
        String tag = g.tag(k);
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM") || tag.equals("ADJ")
                || tag.equals("DET") && !t.is("that") || Words.DETERMINERS.contains(t.lower()) && !t.is("that");
    }
}
