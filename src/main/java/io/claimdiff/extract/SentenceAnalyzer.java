package io.claimdiff.extract;

import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the attributions of one sentence: direct quotations with their frames, indirect speech,
 * "according to" and fully quoted sentences that may continue an earlier quotation.
 */
final class SentenceAnalyzer {

    static final String QUOTE_AFTER = "quote-after: \"…,\" X said";
    static final String QUOTE_INVERTED = "quote-after: \"…,\" said X";
    static final String QUOTE_BEFORE = "quote-before: X said: \"…\"";
    static final String QUOTE_MIDDLE = "quote-middle: \"…,\" X said, \"…\"";
    static final String CONTINUATION = "quote-continuation: next quoted sentence, same speaker";
    static final String INDIRECT = "indirect: X said (that) …";
    static final String CLAUSE_FINAL = "clause-final: …, X said";
    static final String ACCORDING = "according-to: according to X, …";
    static final String NO_COMMENT = "no-comment: X had no comment";

    private final String text;
    private final List<Token> toks;
    private final List<Quote> quotes;
    private final TextSpan sentence;
    private final CueReader cues;
    private final SubjectFinder subjects;
    private final FallbackFrames fallbacks;
    private final boolean[] consumed;
    private final NounPhrases np;
    private final List<Mention> background = new ArrayList<>();

    SentenceAnalyzer(String text, TextSpan sentence, List<Token> toks, List<Quote> quotes, NounPhrases np) {
        this.text = text;
        this.sentence = sentence;
        this.toks = toks;
        this.quotes = quotes;
        this.cues = new CueReader(toks, np.grammar());
        this.subjects = new SubjectFinder(toks, np, k -> cues.at(k) != null);
        this.fallbacks = new FallbackFrames(text, sentence, toks, np, subjects);
        this.consumed = new boolean[toks.size()];
        this.np = np;
    }

    /** The attributions of the sentence, in text order. */
    List<Candidate> analyse() {
        if (toks.isEmpty()) {
            return List.of();
        }
        subordinateSubject();
        Candidate according = fallbacks.accordingTo(true);
        if (according != null) {
            return List.of(according);
        }
        List<Candidate> out = new ArrayList<>(new QuoteFrames(text, toks, quotes, cues, subjects, consumed).find());
        List<Candidate> direct = List.copyOf(out);
        for (Candidate c : indirect(direct)) {
            if (direct.stream().noneMatch(d -> d.content().overlaps(c.content()) && c.content().start() <= d.content().start())) {
                out.add(c);
            }
        }
        for (Candidate n : new NominalReports(text, toks, np).find(sentence)) {
            nominal(out, n);
        }
        if (out.isEmpty()) {
            Candidate late = fallbacks.accordingTo(false);
            Candidate refusal = late == null ? fallbacks.noComment() : null;
            if (late != null) {
                out.add(late);
            } else if (refusal != null) {
                out.add(refusal);
            } else if (fallbacks.fullyQuoted()) {
                out.add(fallbacks.continuation());
            }
        }
        out.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
        return out;
    }

    private List<Candidate> indirect(List<Candidate> direct) {
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < toks.size(); k++) {
            CueLexicon.Cue cue = consumed[k] ? null : cues.at(k);
            boolean invertedOnly = false;
            if (cue == null && k > 0 && toks.get(k - 1).is(",") && !consumed[k] && !toks.get(k).inQuote()
                    && !toks.get(k).cap()) {
                cue = CueLexicon.lookup(toks.get(k).lower()); // ", estimated the expert.": inverted, no "that" needed
                cue = cue != null && !cue.ing() && k + 1 < toks.size() && !toks.get(k + 1).is("that") ? cue : null;
                invertedOnly = true; // read only with its source after it: not "high fever, back pain"
            }
            if (cue == null) {
                continue;
            }
            Token cueTok = toks.get(k);
            Mention inverted = invertedSource(k, cue);
            if (invertedOnly && inverted == null) {
                Mention after = out.isEmpty() ? subjects.after(k + 1, toks.size()) : null;
                if (after != null && speakerLike(after)) {
                    out.add(wholeSentence(cueTok, cue, after));
                }
                continue;
            }
            if (inverted != null && (!out.isEmpty() || !direct.isEmpty())) {
                if (!out.isEmpty()) { // "…, reported the Wall Street Journal": who carried it, not a statement
                    out.set(out.size() - 1, out.get(out.size() - 1).withContentEnd(trimEnd(cueTok.start())));
                }
                continue;
            }
            if (inverted != null) { // "The economy will grow, said the minister."
                out.add(wholeSentence(cueTok, cue, inverted));
                continue;
            }
            SubjectFinder.Subject subject = participleOfEarlier(k, cue, direct, out);
            subject = subject != null ? subject : subjects.before(k, 0);
            if (subject == null && out.isEmpty() && k > 0 && toks.get(k - 1).is(",") && !cue.ing()) {
                Mention after = subjects.after(k + 1, toks.size());
                if (after != null && speakerLike(after)) { // "The economy will grow, said the minister."
                    out.add(wholeSentence(cueTok, cue, after));
                    continue;
                }
            }
            if (subject == null) {
                hypothetical(k);
                continue;
            }
            Candidate open = !out.isEmpty() ? out.get(out.size() - 1) : null;
            if (open != null) {
                if (!subject.afterBreak() || subject.clauseStart() <= open.cue().start() || CueReader.inward(cue)) {
                    continue; // a report nested in the previous one's content
                }
                out.set(out.size() - 1, open.withContentEnd(trimEnd(subject.clauseStart())));
            }
            if ((open != null || reportsQuotation(direct, subject)) && cues.noComplement(k) && opensClause(subject, k)) {
                continue; // "..., saying all drones had returned, Tasnim news agency reported": who carried it, not a statement
            }
            int start = subject.adjacent() ? phraseStart(subject.mention().span().start(), k) : cueTok.start();
            String rule = INDIRECT;
            int stanceFrom = cueTok.end();
            boolean bare = cues.noComplement(k);
            if (out.isEmpty() && bare && wordsBefore(phraseStart(subject.mention().span().start(), k)) >= 1) {
                start = sentence.start();
                stanceFrom = start; // the statement stands before its cue
                rule = CLAUSE_FINAL;
            } else if ((bare && SPEECH.contains(cue.lemma()) && opensClause(subject, k)
                    || k + 1 < toks.size() && (toks.get(k + 1).is("and") || toks.get(k + 1).is("or")))
                    && nothingFollows(k)) {
                continue; // "Melanie said to the TV", "27 member states and their advisers": nothing reported
            }
            out.add(new Candidate(new TextSpan(start, sentence.end()), new TextSpan(cueTok.start(), cueTok.end()),
                    subject.mention(), cue.lemma(), cue.hint(), stanceFrom, rule, false));
        }
        return out;
    }

    // the whole sentence is the statement of a source named after its cue: "The economy will grow, said the minister."
    private Candidate wholeSentence(Token cueTok, CueLexicon.Cue cue, Mention source) {
        return new Candidate(new TextSpan(sentence.start(), sentence.end()), new TextSpan(cueTok.start(), cueTok.end()),
                source, cue.lemma(), cue.hint(), sentence.start(), CLAUSE_FINAL, false);
    }

    /** Cues whose statement is a clause, never a phrase ("called for restraint" reports a phrase). */
    private static final java.util.Set<String> SPEECH = Words.set("say", "tell", "add", "state", "report", "write",
            "tweet", "note", "announce", "explain", "reveal", "declare", "claim", "insist", "stress", "warn",
            "estimate", "predict", "argue", "conclude", "continue", "confirm", "deny");

    // ", said the minister", ", reported the Wall Street Journal": the source after a cue that follows a
    // comma, when no verb comes before the next comma
    private Mention invertedSource(int k, CueLexicon.Cue cue) {
        if (cue.ing() || k == 0 || !toks.get(k - 1).is(",") || k + 1 >= toks.size() || !SPEECH.contains(cue.lemma())) {
            return null;
        }
        Token next = toks.get(k + 1);
        if (!(next.cap() && next.isWord() || Words.DETERMINERS.contains(next.lower())) || next.is("that")) {
            return null;
        }
        Mention m = subjects.after(k + 1, toks.size());
        if (m == null || !speakerLike(m)) {
            return null; // not "Podolyak, announced the postponement"
        }
        SentenceGrammar g = np.grammar();
        for (int j = k + 1; j < toks.size() && !toks.get(j).is(",") && !toks.get(j).isClauseBreak(); j++) {
            if (toks.get(j).isWord() && !toks.get(j).cap() && g.verb(j)) {
                return null;
            }
        }
        return m;
    }

    // a name, or a description by a listed noun for people and bodies: "the minister", not "the accusations"
    private static boolean speakerLike(Mention m) {
        return m.form() == Mention.Form.NAME || m.form() == Mention.Form.DESCRIPTION
                && (Words.PERSON_NOUNS.contains(m.role()) || Words.BODY_NOUNS.contains(m.role()));
    }

    // no verb, quotation or colon after the cue: no statement can follow it
    private boolean nothingFollows(int cue) {
        SentenceGrammar g = np.grammar();
        for (int k = cue + 1; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.kind() == Token.Kind.QUOTE_MARK || t.is(":") || t.isWord() && !t.cap() && g.verb(k)) {
                return false;
            }
        }
        return true;
    }

    // "India rejected the allegations by Trudeau that Indian agents were involved": India's statement
    // ends where Trudeau's begins; a nominal report inside a quotation is the quotation's own matter
    private void nominal(List<Candidate> out, Candidate n) {
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.direct() && c.content().overlaps(n.content())) {
                return;
            }
            boolean inside = c.content().start() < n.cue().start() && c.content().end() > n.cue().end();
            if (inside && c.hint() == CueLexicon.Hint.ASSERT || !inside && (c.content().overlaps(n.content())
                    || c.content().overlaps(n.cue()))) {
                return; // "Macron said he had obtained a pledge from Putin that …": Macron's statement, whole
            } // a denial's content is the allegation it denies, which stays whole beside the allegation's own claim
        }
        out.add(n);
    }

    // ", adding that ...", ", insisting that ...": a further statement by whoever the sentence quoted last
    private SubjectFinder.Subject participleOfEarlier(int k, CueLexicon.Cue cue, List<Candidate> direct, List<Candidate> out) {
        if (!cue.ing() || !Words.participleClause(toks, k)) {
            return null;
        }
        int comma = toks.get(k - 1).start(); // the comma, preposition or verb that opens the participle
        Candidate earlier = null;
        for (Candidate c : direct) {
            earlier = c.cue() != null && c.cue().end() <= comma && c.speaker() != null ? c : earlier;
        }
        for (Candidate c : out) {
            earlier = c.cue().end() <= comma && c.speaker() != null
                    && (earlier == null || c.cue().start() > earlier.cue().start()) ? c : earlier;
        }
        if (earlier != null) {
            return new SubjectFinder.Subject(earlier.speaker(), false, true, comma);
        }
        SubjectFinder.Subject main = subjects.before(k, 0);
        return main == null ? null : new SubjectFinder.Subject(main.mention(), false, true, comma);
    }

    // ", Tasnim news agency reported" but not "a charge the presidency denied", which reports the charge
    private boolean opensClause(SubjectFinder.Subject subject, int cue) {
        int start = phraseStart(subject.mention().span().start(), cue);
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < start) {
            k++;
        }
        while (k > 0 && (toks.get(k - 1).cap() && toks.get(k - 1).isWord() || Words.DETERMINERS.contains(toks.get(k - 1).lower()))) {
            k--; // "Iran Press reported", where the name only is the mention
        }
        return k == 0 || Token.afterComma(toks, k);
    }

    // "\"…,\" the ministry said in a statement, The Associated Press reported": the outlet is not the speaker
    private static boolean reportsQuotation(List<Candidate> direct, SubjectFinder.Subject subject) {
        for (Candidate d : direct) {
            if (d.cue() != null && d.cue().end() <= subject.mention().span().start()) {
                return true;
            }
        }
        return false;
    }

    /** Sources named in hypothetical clauses ("If officials say ..."), which later pronouns may refer to. */
    List<Mention> background() {
        return background;
    }

    /** The named subject that opens the sentence ("German Chancellor Friedrich Merz met ..."), or null. */
    Mention leadSubject() {
        int from = 0;
        if (!toks.isEmpty() && (Words.PREPOSITIONS.contains(toks.get(0).lower()) || Words.LEADERS.contains(toks.get(0).lower()))) {
            while (from < toks.size() && from < 12 && !toks.get(from).is(",")) {
                from++;
            }
            from++;
        }
        int j = from;
        while (j < toks.size() && j - from < 12 && !toks.get(j).inQuote() && (toks.get(j).cap()
                || Words.DETERMINERS.contains(toks.get(j).lower()) || Words.NAME_PARTICLES.contains(toks.get(j).lower())
                || Words.PERSON_NOUNS.contains(toks.get(j).lower()))) {
            j++;
        }
        Mention m = j > from && j < toks.size() ? np.analyse(from, j) : null;
        boolean solid = m != null && m.form() == Mention.Form.NAME
                && (m.text().indexOf(' ') > 0 || m.party() != null || m.role() != null || verbLike(toks.get(j))
                || toks.get(j).is(",") && j + 1 < toks.size() && Words.DETERMINERS.contains(toks.get(j + 1).lower()));
        return solid ? m : null;
    }

    // "Ajax sacked", "Nestle has": a word that can follow a subject, unlike "Headline line"
    private static boolean verbLike(Token t) {
        String w = t.lower();
        return t.isWord() && !t.cap() && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")
                || Words.VERB_FILLERS.contains(w));
    }

    private static final java.util.Set<String> SUBORDINATORS = Words.set("if", "unless", "when", "although",
            "though", "while", "as", "because", "since", "after", "before", "once", "whether");

    // "If union leaders sign the deal, they insist ...": the subordinate clause's subject, for "they"
    private void subordinateSubject() {
        if (toks.size() < 3 || !SUBORDINATORS.contains(toks.get(0).lower())) {
            return;
        }
        int j = 1;
        while (j < toks.size() && j < 10 && (toks.get(j).cap() || Words.DETERMINERS.contains(toks.get(j).lower())
                || Words.PERSON_NOUNS.contains(toks.get(j).lower()) || Words.BODY_NOUNS.contains(toks.get(j).lower())
                || Words.possessive(toks.get(j).lower()))) {
            j++;
        }
        if (j > 1 && j < toks.size()) {
            Mention m = np.analyse(1, j);
            if (m != null && m.form() != Mention.Form.PRONOUN) {
                background.add(m);
            }
        }
    }

    private void hypothetical(int cue) {
        for (int k = cue - 1; k >= 0 && cue - k < 15 && !toks.get(k).is(","); k--) {
            if (Words.CONDITIONALS.contains(toks.get(k).lower())) {
                Mention m = k + 1 < cue ? np.analyse(k + 1, cue) : null;
                if (m != null && m.form() != Mention.Form.PRONOUN) {
                    background.add(m);
                }
                return;
            }
        }
    }

    // the subject phrase with its determiner: "the two sides", "both sides"
    private int phraseStart(int offset, int cue) {
        int j = cue - 1;
        while (j >= 0 && toks.get(j).start() >= offset) {
            j--;
        }
        // j is the token just before the phrase: the phrase takes its determiners, quantifiers and, after a
        // determiner, its adjectives with it ("the two sides", "both the", "All the named companies")
        int start = offset;
        int k = j;
        while (k >= 0 && k >= j - 4) {
            Token t = toks.get(k);
            if (Words.DETERMINERS.contains(t.lower()) || QUANTIFIERS.contains(t.lower()) || t.is("two")) {
                start = t.start();
            } else if (!t.isWord() || t.cap() || Words.NOT_NAMES.contains(t.lower()) || Words.LEADERS.contains(t.lower())
                    || Words.PREPOSITIONS.contains(t.lower()) || !determinerBefore(k)
                    || !t.lower().endsWith("ed") && !np.grammar().is(k, "ADJ")) {
                break;
            }
            k--;
        }
        return start;
    }

    // "the named companies": a determiner within three words to the left, before any comma
    private boolean determinerBefore(int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3 && !toks.get(j).is(","); j--) {
            if (Words.DETERMINERS.contains(toks.get(j).lower()) || QUANTIFIERS.contains(toks.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> QUANTIFIERS = Words.set("both", "all", "most", "many", "some");

    private int trimEnd(int offset) {
        return Tokenizer.trimEnd(text, sentence.start(), offset);
    }

    private int wordsBefore(int offset) {
        return Token.wordsBefore(toks, offset);
    }
}
