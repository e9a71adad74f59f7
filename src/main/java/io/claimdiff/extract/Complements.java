package io.claimdiff.extract;

import java.util.List;
import java.util.Set;

/** What follows a cue in a sentence, read for the cues that need it: an infinitive, "as", a clause, a name given. */
final class Complements {

    /** Object pronouns after a cue: "called him divisive", "asked her to call". */
    static final Set<String> OBJECTS = Words.set("him", "her", "them", "it", "us", "me");

    private final List<Token> toks;
    private final SentenceGrammar grammar;

    Complements(List<Token> toks, SentenceGrammar grammar) {
        this.toks = toks;
        this.grammar = grammar;
    }

    // "to" and a verb right after the cue, or after a short object: "wants to", "wants Congress to act"
    boolean infinitive(int from) {
        for (int j = from; j < toks.size() - 1 && j <= from + 4; j++) {
            Token t = toks.get(j);
            if (t.is("to")) {
                Token verb = toks.get(j + 1);
                return verb.isWord() && !verb.cap() && !Words.DETERMINERS.contains(verb.lower())
                        && (j == from || grammar.verb(j + 1));
            }
            if (!t.isWord() || Words.PREPOSITIONS.contains(t.lower()) || CueLexicon.lookup(t.lower()) != null) {
                return false;
            }
        }
        return false;
    }

    // "as" within a few words, before any comma or other cue: "saw the comment as a dig"
    boolean asPhrase(int from) {
        for (int j = from + 1; j < toks.size() && j <= from + 10; j++) {
            Token t = toks.get(j);
            if (t.is("as")) {
                return true;
            }
            if (t.is(",") || t.isClauseBreak() || t.is(".") || CueLexicon.lookup(t.lower()) != null) {
                return false;
            }
        }
        return false;
    }

    // "called the report "fake news"", "called the decision a mistake"
    boolean callsItSomething(int k) {
        if (k + 1 >= toks.size() || toks.get(k + 1).kind() == Token.Kind.QUOTE_MARK || toks.get(k + 1).is("on")) {
            return false;
        }
        if (k + 2 < toks.size() && OBJECTS.contains(toks.get(k + 1).lower()) && grammar.is(k + 2, "ADJ")) {
            return true; // "called him divisive"
        }
        for (int j = k + 2; j < toks.size() && j <= k + 14; j++) {
            Token t = toks.get(j);
            if (t.kind() == Token.Kind.QUOTE_MARK || t.is("a") || t.is("an")) {
                return true; // "called her vote in favor of the Iraq War a mistake"
            }
            if (t.is(",") || t.is(".") || t.isClauseBreak()) {
                return false;
            }
            if (j > k + 2 && grammar.is(j - 1, "NOUN") && grammar.is(j, "ADJ")
                    && (j + 1 >= toks.size() || !toks.get(j + 1).isWord() || toks.get(j + 1).is("and"))) {
                return true; // "called the charges unsubstantiated"
            }
        }
        return false;
    }

    private static final Set<String> CLAUSE_SUBJECTS = Words.set("he", "she", "they", "it", "we", "i", "you", "your", "there",
            "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "the", "a", "an", "some", "no",
            "many", "most", "all");

    // a subject, then a verb within a few words and before any comma: "the company is hiding", "Trump leading"
    boolean clause(int from) {
        if (from >= toks.size()) {
            return false;
        }
        Token first = toks.get(from);
        boolean subject = CLAUSE_SUBJECTS.contains(first.lower()) || first.cap() && first.isWord()
                || first.kind() == Token.Kind.NUMBER;
        if (!subject || first.inQuote()) {
            return false;
        }
        for (int j = from + 1; j < toks.size() && j <= from + 6; j++) {
            Token t = toks.get(j);
            if (t.is(",") || t.isClauseBreak() || t.is(".")) {
                return false;
            }
            if (t.isWord() && !t.cap() && (grammar.verb(j) && !toks.get(j - 1).is("to") || Words.VERB_FILLERS.contains(t.lower())
                    && !Words.PREPOSITIONS.contains(t.lower()) && !Words.TIME_WORDS.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }
}
