package io.claimdiff.extract;

import java.util.List;

/** What kind of source a noun outside the word lists names, judged by its part of speech and its form. */
final class UnlistedNouns {

    private final String text;
    private final List<Token> toks;
    private final Gazetteer gaz;
    private final SentenceGrammar grammar;

    UnlistedNouns(String text, List<Token> toks, Gazetteer gaz, SentenceGrammar grammar) {
        this.text = text;
        this.toks = toks;
        this.gaz = gaz;
        this.grammar = grammar;
    }

    /** Words that make a group of a phrase ("those close to", "73 percent"). */
    static final java.util.Set<String> QUANTITIES = Words.set("those", "others", "many", "most", "some",
            "majority", "majorities", "minority", "half", "percent", "%", "per", "cent", "all", "both", "few");
    private static final java.util.Set<String> PERSON_SUFFIXES = Words.set("er", "or", "ist", "ian", "ee", "ant",
            "old");

    /**
     * The kind of source a noun outside the word lists names, judged by its part of speech and form:
     * "the narrator" (person), "73 percent" and "critics" (group), "the affidavit" (body), or null when the
     * word is no noun.
     */
    Mention.Type of(int k, String head) {
        boolean quantity = QUANTITIES.contains(head);
        if (k >= 2 && grammar.is(k, "ADJ") && toks.get(k - 1).cap() && toks.get(k - 2).is("the")
                && gaz.party(text.substring(toks.get(k - 1).start(), toks.get(k - 1).end())) != null) {
            return Mention.Type.PERSON; // "the Portugal international", "the England regular"
        }
        if (!quantity && (Words.TIME_WORDS.contains(head) || Words.NOT_NAMES.contains(head)
                || Words.OBJECT_PRONOUNS.containsKey(head) || Words.PREPOSITIONS.contains(head)
                || head.length() < 3 && !toks.get(k).isWord() || !grammar.is(k, "NOUN") && !grammar.is(k, "NUM"))) {
            return null;
        }
        if (quantity || grammar.is(k, "NUM") || head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us")
                && !head.endsWith("is")) {
            return Mention.Type.GROUP;
        }
        for (String suffix : PERSON_SUFFIXES) {
            if (head.endsWith(suffix) && head.length() > suffix.length() + 2) {
                return Mention.Type.PERSON;
            }
        }
        return Mention.Type.BODY;
    }
}
