package io.claimdiff.extract;

import java.util.List;
import java.util.Set;

/** Decides which tokens of a sentence are reporting verbs used as such, and what follows them. */
final class CueReader {

    private static final Set<String> BE = Words.set("is", "are", "was", "were", "be", "been", "being", "he's",
            "she's", "it's", "they're", "we're", "i'm", "you're", "who's");
    private static final Set<String> CALL_NEXT = Words.set("for", "on", "it", "this", "them", "these", "those");
    private static final Set<String> WH = Words.set("how", "whether", "why", "what", "when", "where", "who",
            "which", "if");
    private static final Set<String> DEBATE = Words.set("argue", "complain", "joke", "quip", "muse", "boast",
            "speculate", "lament");
    /** Title-case headline verbs: "Former White House Doctor Says Clinton Hid …", "Russia Denies Promise". */
    private static final Set<String> HEADLINE_VERBS = Words.set("says", "say", "said", "denies", "deny", "claims",
            "warns", "tells", "urges", "slams", "rejects", "admits", "confirms", "insists", "accuses", "blasts", "vows",
            "rips", "calls", "dismisses", "predicts", "argues", "suggests", "hints", "pledges", "promises");

    // a capitalised cue inside a title-case line is the headline's verb, not part of a name
    private boolean headlineVerb(int k, CueLexicon.Cue cue) {
        if (cue.lemma() == null || !HEADLINE_VERBS.contains(toks.get(k).lower()) || k + 1 >= toks.size()) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (Token t : toks) {
            if (t.isWord() && t.lower().length() > 3) {
                words++;
                capitalised += t.cap() ? 1 : 0;
            }
        }
        return words >= 4 && capitalised * 10 >= words * 8 && toks.get(k - 1).cap();
    }

    /** Verbs that take a "that" clause without reporting anyone's words or thoughts. */
    private static final Set<String> NOT_REPORTING = Words.set("mean", "means", "meant", "ensure", "ensures", "ensured",
            "require", "requires", "required", "guarantee", "guarantees", "guaranteed", "provide", "provides", "provided",
            "given", "seem", "seems", "seemed", "appear", "appears", "appeared", "so", "such", "except", "now",
            "make", "makes", "made", "demonstrate", "demonstrates", "demonstrated", "prove", "proves", "proved",
            "mandate", "mandates", "mandated", "dictate", "dictates", "happen", "happens", "happened", "matter",
            "matters", "stand", "stands", "stood", "assume", "is", "was", "are", "were", "be", "been");

    // any verb with a "that" clause reports what its subject says, thinks or found ("realized that",
    // "learned that", "ruled that"), unless it is one of the verbs that only require or cause
    private CueLexicon.Cue thatClauseVerb(int k) {
        Token t = toks.get(k);
        if (!t.isWord() || t.cap() || k + 1 >= toks.size() || !toks.get(k + 1).is("that")
                || NOT_REPORTING.contains(t.lower()) || Words.VERB_FILLERS.contains(t.lower())) {
            return null;
        }
        if (!grammar.is(k, "VERB") || !grammar.is(k + 1, "SCONJ")) {
            return null;
        }
        String w = t.lower();
        return new CueLexicon.Cue(w, CueLexicon.Hint.ASSERT, false, w.endsWith("ing"));
    }

    /** Positions held as intentions: "Moscow wants Kyiv to lay down its arms", "the party plans to vote no". */
    private static final Set<String> INTENTIONS = Words.set("want", "plan", "intend", "seek", "aim", "threaten",
            "hope", "expect", "offer", "agree", "ask", "decide", "vote", "refuse");

    /** Whether the cue reports a state of mind or an intention rather than words ("thinks", "wants to"). */
    static boolean inward(CueLexicon.Cue cue) {
        return INTENTIONS.contains(cue.lemma()) || CLAUSAL.contains(cue.lemma()) && cue.weak();
    }

    /** Positions taken on someone or something, which they name next: "endorsed Clinton", "opposes the plan". */
    private static final Set<String> POSITIONS = Words.set("endorse", "support", "oppose", "back", "favor", "favour",
            "champion", "advocate", "cite", "liken", "echo", "mention", "question", "propose");

    /** Views held of someone or something, with "as": "saw the comment as a dig", "views Trump as a risk". */
    private static final Set<String> VIEWS = Words.set("see", "view", "regard", "consider", "portray", "paint",
            "brand", "label", "dub", "characterize", "characterise", "depict");

    /** Cues that report a question: "asked whether", "wondered why". */
    private static final Set<String> QUESTIONS = Words.set("ask", "wonder", "question", "show", "explain", "reveal",
            "describe", "detail", "discuss", "know");


    /** Reporting verbs that are as often nouns ("the report", "member states", "his claims"). */
    private static final Set<String> NOUN_LIKE = Words.set("state", "report", "claim", "call", "demand", "promise",
            "note", "tweet", "answer", "reply", "estimate", "forecast", "fear", "hope", "doubt", "question", "pledge",
            "vow", "charge", "counter", "signal", "hint", "blame", "praise", "comment", "judge", "contest", "caution",
            "stress", "concern", "decline", "remark", "notice", "mention", "welcome", "boast", "complaint", "joke",
            "quip", "muse", "lament", "deplore", "regret", "doubt", "warn", "urge", "read", "support", "back",
            "echo", "favor", "favour", "champion", "advocate", "cite", "plan", "offer", "aim", "want", "ask", "slam",
            "blast", "attack", "defend", "expect");
    /** Words after which a cue word is a verb: modals, auxiliaries, "to", negation, pronouns. */
    private static final Set<String> VERB_BEFORE = Words.set("could", "would", "will", "should", "can", "may", "might",
            "must", "did", "does", "do", "to", "not", "n't", "never", "he", "she", "they", "we", "i", "it", "also");

    private static final Set<String> TELL_LIKE = Words.set("tell", "inform", "assure", "brief", "warn", "urge", "accuse");

    private final List<Token> toks;
    private final SentenceGrammar grammar;
    private final Complements complements;
    private final WordsAfterCue after;
    private final CueLexicon.Cue[] cache;
    private final boolean[] known;

    CueReader(List<Token> toks, SentenceGrammar grammar) {
        this.toks = toks;
        this.grammar = grammar;
        this.complements = new Complements(toks, grammar);
        this.after = new WordsAfterCue(toks, grammar, this::at);
        this.cache = new CueLexicon.Cue[toks.size()];
        this.known = new boolean[toks.size()];
    }

    /** The cue at token {@code k} when it is used as a reporting verb outside quotation marks, else null. */
    CueLexicon.Cue at(int k) {
        if (!known[k]) {
            cache[k] = read(k);
            known[k] = true;
        }
        return cache[k];
    }

    private CueLexicon.Cue read(int k) {
        Token t = toks.get(k);
        if (!t.isWord() || t.inQuote()) {
            return null;
        }
        CueLexicon.Cue cue = CueLexicon.lookup(t.lower());
        if (cue == null && k + 1 < toks.size()) {
            // "pushed back against", "cast doubt on", "made it clear that"
            Token particle = toks.get(k + 1).is("it") && k + 2 < toks.size() ? toks.get(k + 2) : toks.get(k + 1);
            cue = CueLexicon.phrase(t.lower(), particle.lower());
        }
        if (cue == null) {
            cue = thatClauseVerb(k);
        }
        if (cue == null) {
            return null;
        }
        if (t.cap() && k > 0 && !toks.get(k - 1).isClauseBreak() && !headlineVerb(k, cue)) {
            return null; // "United States", "Said" as a name
        }
        Token prev = k > 0 ? toks.get(k - 1) : null;
        Token next = k + 1 < toks.size() ? toks.get(k + 1) : null;
        if (prev != null && (Words.DETERMINERS.contains(prev.lower()) && !prev.is("that")
                || Words.possessive(prev.lower()) || prev.is("to") && !catenative(k - 1))) {
            return null;
        }
        CueLexicon.Cue following = next == null ? null : CueLexicon.lookup(next.lower());
        boolean nounForm = (t.lower().equals(cue.lemma()) || t.lower().equals(cue.lemma() + "s"))
                && NOUN_LIKE.contains(cue.lemma()) && !(prev != null && VERB_BEFORE.contains(prev.lower()));
        if (nounForm && following != null && !following.ing() && !next.inQuote()
                && !next.lower().equals(following.lemma())) {
            return null; // a noun before the verb: "the report said", "the claims were"
        }
        if (nounForm && !cue.ing() && !t.lower().equals("say") && !t.lower().equals("says")
                && !(t.lower().endsWith("s") && subjectBefore(prev))
                && (grammar.is(k, "NOUN") || grammar.is(k, "PROPN")) && nounContext(k)) {
            return null; // "member states", "secretary of state", "the US claim over ..."
        }
        if (cue.ing() && cue.lemma().equals("add") && (next == null || !next.is("that") && !next.is(":") && !next.is(",")
                && next.kind() != Token.Kind.QUOTE_MARK)) {
            return null; // "adding Black Widow to their streaming platform" adds no words
        }
        if (cue.ing() && (inward(cue) || cue.lemma().equals("cite"))) {
            return null; // "knowing that", "hoping to": no words reported; "citing sources" names a source
        }
        if (cue.ing()) {
            boolean participle = prev != null && (prev.is("as") || Words.participleClause(toks, k));
            boolean progressive = prev != null && BE.contains(prev.lower()) && next != null
                    && (next.is("that") || !cue.weak() && !BE.contains(next.lower())); // "are slamming Kaine"
            // "footage of Trump saying, “That makes me smart”", "Oz saying that": a gerund with its subject
            boolean gerund = prev != null && (prev.cap() && prev.isWord() && !Words.NOT_NAMES.contains(prev.lower())
                    || Complements.OBJECTS.contains(prev.lower())) && next != null && (next.is("that") || next.is(",")
                    || next.is(":") || next.kind() == Token.Kind.QUOTE_MARK);
            if (!participle && !progressive && !gerund) {
                return null;
            }
        }
        if (prev != null && BE.contains(prev.lower()) && !cue.ing()
                && (next != null && next.is("by") || TELL_LIKE.contains(cue.lemma()) || t.lower().equals("intended"))) {
            return null; // passive: "was told", "was denied by", "is intended to"
        }
        if (next != null && WH.contains(next.lower()) && QUESTIONS.contains(cue.lemma()) && !negated(k)) {
            return cue; // "asked whether the plan would work": a question is reported
        }
        if (next != null && WH.contains(next.lower()) && cue.hint() != CueLexicon.Hint.DECLINE) {
            // "would not say how many" is a refusal; "said how" is no statement
            return negated(k) ? new CueLexicon.Cue(cue.lemma(), CueLexicon.Hint.DECLINE, false, false) : null;
        }
        if (next != null && (next.is("nothing") || next.is("little")) || next != null && DEBATE.contains(cue.lemma())
                && (next.is("about") || next.is("over") || next.is("with") || next.is("for") || next.is("against"))) {
            return null; // "said nothing", "argued about the plan": no statement reported
        }
        if (cue.lemma().equals("call") && (next == null || !CALL_NEXT.contains(next.lower()) && !complements.callsItSomething(k))) {
            return null;
        }
        if (cue.weak() && !weakSatisfied(k, cue, next)) {
            return null;
        }
        if (POSITIONS.contains(cue.lemma()) && !cue.ing() && (next == null || !(Words.DETERMINERS.contains(next.lower())
                || Complements.OBJECTS.contains(next.lower()) || next.cap() && next.isWord()) && !grammar.is(k, "VERB"))) {
            return null; // "backs Trump", "opposed the plan", "supports raising taxes", not "back pain"
        }
        return cue;
    }

    // "Trump claims", "he states": a subject stands right before an -s form, so it is the verb
    private static boolean subjectBefore(Token prev) {
        return prev != null && (prev.cap() && prev.isWord() && !Words.NOT_NAMES.contains(prev.lower())
                || Words.PRONOUNS.contains(prev.lower()) || prev.is("who"));
    }

    // the tagger takes a cue for a noun and the words around agree: after an article, adjective, noun or
    // preposition, or before a preposition or the sentence's end ("Bloomberg claims Amazon ..." stays a verb)
    private boolean nounContext(int k) {
        Token next = k + 1 < toks.size() ? toks.get(k + 1) : null;
        if (next != null && (next.is("that") || next.is(":") || next.kind() == Token.Kind.QUOTE_MARK
                || toks.get(k).lower().startsWith("call") && (next.is("for") || next.is("on")))) {
            return false; // a complement follows: "The Tax Foundation estimates that", "calls for"
        }
        String before = k > 0 ? grammar.tag(k - 1) : "";
        Token prev = k > 0 ? toks.get(k - 1) : null;
        boolean speakerBefore = prev != null && (prev.cap() || Words.PERSON_NOUNS.contains(prev.lower())
                || Words.BODY_NOUNS.contains(prev.lower()));
        boolean afterModifier = k > 0 && (before.equals("DET") || before.equals("ADJ")
                || before.equals("NOUN") && !speakerBefore || before.equals("ADP")
                || Words.possessive(prev.lower()));
        boolean beforePreposition = k + 1 >= toks.size() || grammar.is(k + 1, "ADP") && !toks.get(k + 1).is("that")
                || grammar.is(k + 1, "CCONJ");
        return afterModifier || beforePreposition;
    }

    /** Whether the "to" at {@code to} follows a verb that makes the infinitive its subject's report. */
    boolean catenative(int to) {
        if (to < 1 || !toks.get(to).is("to")) {
            return false;
        }
        String before = toks.get(to - 1).lower();
        // "refused to", "declined to" make a refusal: "declined to comment" stays the decline cue itself
        return Words.CATENATIVES.contains(before) && !before.equals("refused") && !before.equals("declined")
                && (!before.equals("on") || to >= 2 && (toks.get(to - 2).is("went") || toks.get(to - 2).is("go")
                || toks.get(to - 2).is("goes") || toks.get(to - 2).is("going")));
    }

    private boolean negated(int k) {
        for (int j = Math.max(0, k - 3); j < k; j++) {
            String w = toks.get(j).lower();
            if (w.equals("not") || w.endsWith("n't") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    private boolean weakSatisfied(int k, CueLexicon.Cue cue, Token next) {
        if (next == null) {
            return false;
        }
        if (cue.hint() == CueLexicon.Hint.DECLINE) {
            return next.is("to");
        }
        if (VIEWS.contains(cue.lemma()) && complements.asPhrase(k + 1)) {
            return true; // "critics see the program as an easier way to citizenship"
        }
        if (INTENTIONS.contains(cue.lemma()) && complements.infinitive(k + 1)) {
            return true; // "wants to", "plans to", "wants Congress to act"
        }
        if ((cue.lemma().equals("want") || cue.lemma().equals("seek")) && !cue.ing()
                && (Words.DETERMINERS.contains(next.lower()) || grammar.is(k + 1, "NOUN"))) {
            return true; // "Democrats want policies that create more revenue"
        }
        if ((cue.lemma().equals("respond") || cue.lemma().equals("reply")) && next.is("to")) {
            for (int j = k + 2; j < toks.size() && j <= k + 7; j++) {
                if (toks.get(j).lower().startsWith("request") || toks.get(j).lower().startsWith("comment")
                        || toks.get(j).lower().startsWith("question")) {
                    return true; // "did not respond to a request for comment"
                }
            }
        }
        int j = k + 1;
        while (j < toks.size() && j <= k + 5 && (toks.get(j).is(",") || Words.TIME_WORDS.contains(toks.get(j).lower())
                || Words.VERB_FILLERS.contains(toks.get(j).lower()))) {
            j++;
        }
        if (j < toks.size() && (toks.get(j).is("that") || toks.get(j).is(":")) && !toks.get(j).inQuote()) {
            return true;
        }
        if (j < toks.size() && toks.get(j).kind() == Token.Kind.QUOTE_MARK && j > k + 1 && toks.get(j - 1).is(",")) {
            return true; // "asked, “Why aren't I 50 points ahead?”": a quotation reported by the cue
        }
        return CLAUSAL.contains(cue.lemma()) && complements.clause(k + 1);
    }

    /** Weak cues that take a clause without "that": "I think the company is hiding the truth", "polls show Trump leading". */
    private static final Set<String> CLAUSAL = Words.set("think", "believe", "know", "feel", "hope", "expect", "fear",
            "worry", "doubt", "suggest", "show", "find", "argue", "agree", "predict", "estimate", "acknowledge",
            "conclude", "recall", "insist", "warn", "maintain");

    /** Whether nothing reported follows the cue at {@code k} (see {@link WordsAfterCue}). */
    boolean noComplement(int k) {
        return after.nothingReported(k);
    }
}
