package io.claimdiff.extract;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * What follows a reporting verb: a statement, or only circumstances of its saying. The words after
 * "told" in "…," Merkel told reporters after the meeting that was held in Passau are a hearer, a time
 * and a relative clause, so the statement is the quotation before; after "said that the plan would
 * fail" it is the clause. Grammar from the tagger where it is reliable, closed word lists where it is not.
 */
final class WordsAfterCue {

    private static final Set<String> ADVERBS_AFTER = Words.set("again", "also", "later", "earlier", "then", "now",
            "too", "once", "twice", "afterwards", "instead", "separately", "out");

    private final List<Token> toks;
    private final SentenceGrammar grammar;
    private final IntFunction<CueLexicon.Cue> cueAt;

    WordsAfterCue(List<Token> toks, SentenceGrammar grammar, IntFunction<CueLexicon.Cue> cueAt) {
        this.toks = toks;
        this.grammar = grammar;
        this.cueAt = cueAt;
    }

    // "after the meeting that was held in Paris": a "that" with a verb straight after it, away from the
    // cue, opens a relative clause on the noun before it; a reported clause has a subject of its own
    private boolean relativePronoun(int s, int afterCue) {
        if (s <= afterCue || s + 1 >= toks.size() || !toks.get(s + 1).isWord() || toks.get(s + 1).cap()) {
            return false;
        }
        String next = toks.get(s + 1).lower();
        // the tagger reads "that such a request was" as a relative clause: words that open a noun phrase are no verb
        return grammar.verb(s + 1) && grammar.nominal(s - 1) && !Words.DETERMINERS.contains(next)
                && !NOUN_OPENERS.contains(next);
    }

    private static final Set<String> NOUN_OPENERS = Words.set("such", "no", "all", "both", "many", "much", "most",
            "more", "any", "few", "several", "only", "even", "just", "not");

    /**
     * Whether nothing reported follows the cue at {@code k}: the sentence ends, or only a comma, a
     * prepositional phrase, a time, a hearer, a clause of circumstance or "according to" comes next
     * ("…," Peskov told reporters in Kiev on Tuesday).
     */
    boolean nothingReported(int k) {
        int j = k + 1;
        while (j < toks.size() && j - k <= 2 && toks.get(j).isWord() && !toks.get(j).cap()
                && (toks.get(j).lower().endsWith("ly") || ADVERBS_AFTER.contains(toks.get(j).lower()))) {
            j++; // "said recently in New York", "said again"
        }
        CueLexicon.Cue cue = cueAt.apply(k);
        if (cue != null && (cue.lemma().equals("tell") || cue.lemma().equals("inform"))) {
            while (j < toks.size() && j - k <= 4 && toks.get(j).isWord() && !toks.get(j).is("that")
                    && !Words.PREPOSITIONS.contains(toks.get(j).lower()) && !toks.get(j).is("according")
                    && !adjunctClause(j) && !RELATIVES.contains(toks.get(j).lower())) {
                j++;
            }
            // the rest of a long name ("told The New York Times then"), then an adverb after the hearer
            while (j < toks.size() && j - k <= 7 && (toks.get(j).isWord() && toks.get(j).cap()
                    || toks.get(j).kind() == Token.Kind.NUMBER && toks.get(j - 1).cap())) {
                j++; // "told Fox 35 in Orlando"
            }
            while (j < toks.size() && j - k <= 9 && toks.get(j).isWord() && !toks.get(j).cap()
                    && (toks.get(j).lower().endsWith("ly") || ADVERBS_AFTER.contains(toks.get(j).lower()))) {
                j++;
            }
        }
        if (j >= toks.size()) {
            return true;
        }
        if (cue != null && cue.ing() && (toks.get(j).is(",") || toks.get(j).is(":")) && j + 1 < toks.size()
                && toks.get(j + 1).kind() == Token.Kind.QUOTE_MARK) {
            return false; // "saying, “I don't think …”": the quotation is what it reports
        }
        if (adjunctClause(j) || j > k + 1 && RELATIVES.contains(toks.get(j).lower())) {
            return true; // "said when asked whether …", "told a voter who seemed to be confused": not what was said
        }
        for (int s = j; s < toks.size() && s - j < 12 && !toks.get(s).isClauseBreak() && !toks.get(s).is(",")
                && !adjunctClause(s) && !(s > j && RELATIVES.contains(toks.get(s).lower())); s++) {
            boolean infinitive = toks.get(s).is("to") && (s == 0 || !toks.get(s - 1).is("according"))
                    && s + 1 < toks.size() && toks.get(s + 1).isWord() && !toks.get(s + 1).cap() && !hearerAfterTo(s);
            boolean thatTime = toks.get(s).is("that") && s + 1 < toks.size() && TIME_NOUNS.contains(toks.get(s + 1).lower());
            // "said of Trump's desire to force …": inside a phrase after the cue, "to" completes a noun
            boolean nounsInfinitive = infinitive && s > j && sayLike(cue) && Words.PREPOSITIONS.contains(toks.get(j).lower())
                    && (grammar.nominal(s - 1) || s - 2 >= j && (Words.DETERMINERS.contains(toks.get(s - 2).lower())
                    || Words.possessive(toks.get(s - 2).lower())));
            if ((toks.get(s).is("that") && !relativePronoun(s, j) && !thatTime || infinitive && !nounsInfinitive)
                    && !toks.get(s).inQuote()) {
                return false;
            }
        }
        Token t = toks.get(j);
        if (t.is("to")) {
            return hearerAfterTo(j); // "declined to comment", "pledged to act"; but "said to the nominee"
        }
        return !t.isWord() && t.kind() != Token.Kind.NUMBER && !t.is(":") || Words.PREPOSITIONS.contains(t.lower())
                || Words.TIME_WORDS.contains(t.lower()) && !t.is("the") && !t.is("this") || t.is("according")
                || timePhrase(j);
    }

    // "said this month", "said several months after her release", "said two days later": a phrase whose
    // head is a time noun says when, not what
    private boolean timePhrase(int j) {
        for (int s = j; s < toks.size() && s - j <= 3 && (toks.get(s).isWord() || toks.get(s).kind() == Token.Kind.NUMBER)
                && !toks.get(s).cap(); s++) {
            String w = toks.get(s).lower();
            if (TIME_NOUNS.contains(w)) {
                // "said each year of education yields …", "saying this year will meet …": the subject of what was said
                return s + 1 >= toks.size() || !toks.get(s + 1).is("of") && !(toks.get(s + 1).isWord()
                        && !toks.get(s + 1).cap() && grammar.verb(s + 1));
            }
            if (s > j && !QUANTITY.contains(toks.get(s - 1).lower()) && toks.get(s - 1).kind() != Token.Kind.NUMBER) {
                return false;
            }
            if (!QUANTITY.contains(w) && toks.get(s).kind() != Token.Kind.NUMBER) {
                return false;
            }
        }
        return false;
    }

    // "when asked", "while visiting", "because …": a clause of circumstance, never what was said ("said when
    // the talks would resume" asks a question: a clause with a subject after "when" is left alone)
    private boolean adjunctClause(int s) {
        String w = toks.get(s).lower();
        if (ALWAYS_ADJUNCT.contains(w)) {
            return true;
        }
        if (w.equals("as") && s + 1 < toks.size() && (SUBJECT_PRONOUNS.contains(toks.get(s + 1).lower())
                || Words.DETERMINERS.contains(toks.get(s + 1).lower()))) {
            return true; // "said as she turned around", "said as the crowd cheered"
        }
        if (w.endsWith("ing") && !w.endsWith("thing") && s > 0 && sayLike(cueAt.apply(s - 1)) && !toks.get(s).cap()
                && !finiteVerbAfter(s + 1)) {
            return true; // "said answering a question", "said introducing Clinton"; not "said cutting output must …"
        }
        if (!(w.equals("when") || w.equals("while") || w.equals("after") || w.equals("before")) || s + 1 >= toks.size()) {
            return false;
        }
        String next = toks.get(s + 1).lower();
        return toks.get(s + 1).isWord() && !toks.get(s + 1).cap() && (next.endsWith("ed") || next.endsWith("ing")
                || next.equals("asked") || next.equals("pressed"));
    }

    // a finite verb later in the clause makes an "-ing" phrase the subject of what was said
    private boolean finiteVerbAfter(int from) {
        for (int s = from; s < toks.size() && !toks.get(s).isClauseBreak() && !toks.get(s).is(","); s++) {
            String w = toks.get(s).lower();
            if (toks.get(s).isWord() && !toks.get(s).cap() && grammar.verb(s) && !w.endsWith("ing") && !w.endsWith("ed")
                    && !(s > 0 && toks.get(s - 1).is("to"))) {
                return true;
            }
        }
        return false;
    }

    // verbs of speech proper, whose object is what was said: "proposed taxing", "called on them to act" are acts
    private static boolean sayLike(CueLexicon.Cue cue) {
        return cue != null && SAY_LIKE.contains(cue.lemma());
    }

    private static final Set<String> SAY_LIKE = Words.set("say", "tell", "add", "write", "note", "explain", "declare",
            "announce", "state", "tweet", "insist", "reply", "respond", "remark", "quip", "joke");
    private static final Set<String> SUBJECT_PRONOUNS = Words.set("he", "she", "they", "we", "i", "it", "you");
    private static final Set<String> ALWAYS_ADJUNCT = Words.set("because", "although", "though", "unless", "whereas");
    private static final Set<String> RELATIVES = Words.set("who", "which", "whom", "whose");

    // "to" before a noun phrase is the preposition of a hearer ("said to the nominee", "said to him")
    private boolean hearerAfterTo(int j) {
        if (j + 1 >= toks.size() || !toks.get(j + 1).isWord()) {
            return false;
        }
        String next = toks.get(j + 1).lower();
        String singular = next.endsWith("s") ? next.substring(0, next.length() - 1) : next;
        boolean plural = next.endsWith("s") && !next.endsWith("ss") && !next.endsWith("us") && !next.endsWith("is");
        // "said to reporters": the tagger, having read "to" as an infinitive's, calls the hearer a verb
        return Words.DETERMINERS.contains(next) || OBJECT_PRONOUNS.contains(next) || HEARERS.contains(singular) || plural
                || Words.PERSON_NOUNS.contains(singular) || (toks.get(j + 1).cap() || grammar.nominal(j + 1))
                && !grammar.verb(j + 1);
    }

    private static final Set<String> TIME_NOUNS = Words.set("month", "months", "week", "weeks", "year", "years", "day",
            "days", "hour", "hours", "minute", "minutes", "morning", "afternoon", "evening", "night", "weekend",
            "decade", "decades", "time");
    private static final Set<String> QUANTITY = Words.set("this", "that", "last", "next", "several", "a", "an", "few",
            "two", "three", "four", "five", "six", "many", "some", "each", "every", "earlier", "later", "same",
            "previous", "following", "past", "recent", "other", "one");
    private static final Set<String> HEARERS = Words.set("reporter", "journalist", "supporter", "voter", "crowd",
            "audience", "listener", "viewer", "reader", "student", "worker", "member", "delegate", "donor", "follower",
            "colleague", "lawmaker", "investor", "parent", "resident");
    private static final Set<String> OBJECT_PRONOUNS = Words.set("him", "her", "them", "us", "me", "you", "it");
}
