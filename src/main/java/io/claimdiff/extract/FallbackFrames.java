package io.claimdiff.extract;

import io.claimdiff.model.TextSpan;

import java.util.List;

/**
 * Frames tried when a sentence has no quotation frame and no reporting verb of its own: "according to
 * X", "X had no comment", and a fully quoted sentence that continues the previous speaker.
 */
final class FallbackFrames {

    private static final java.util.Set<String> NO_COMMENT_VERBS = Words.set("had", "has", "have", "was", "were", "is",
            "are", "could", "did", "gave", "offered", "made", "would", "will", "wo", "does", "do", "wouldn't", "won't",
            "didn't", "doesn't", "don't", "couldn't");

    private final String text;
    private final TextSpan sentence;
    private final List<Token> toks;
    private final NounPhrases np;
    private final SubjectFinder subjects;

    FallbackFrames(String text, TextSpan sentence, List<Token> toks, NounPhrases np, SubjectFinder subjects) {
        this.text = text;
        this.sentence = sentence;
        this.toks = toks;
        this.np = np;
        this.subjects = subjects;
    }

    /** "According to X, …" at a sentence's start ({@code initial}) or elsewhere, or null. */
    Candidate accordingTo(boolean initial) {
        for (int k = 0; k + 1 < toks.size(); k++) {
            Token t = toks.get(k);
            if (!t.is("according") || t.inQuote() || !toks.get(k + 1).is("to")) {
                continue;
            }
            int end = k + 2;
            while (end < toks.size() && end - k < 30 && !toks.get(end).is(",") && !toks.get(end).isClauseBreak()
                    && !toks.get(end).is(".") && toks.get(end).kind() != Token.Kind.QUOTE_MARK) {
                end++;
            }
            boolean atStart = Token.wordsBefore(toks, t.start()) <= 1;
            if (atStart != initial) {
                continue;
            }
            Mention m = np.analyse(k + 2, end);
            for (int p = k + 3; m == null && p < end; p++) {
                String w = toks.get(p).lower();
                if (toks.get(p).isWord() && !toks.get(p).cap() && (w.endsWith("ed") || w.endsWith("ing"))) {
                    m = np.analyse(k + 2, p); // "a poll released last week": the source ends where its participle starts
                }
            }
            if (m == null || m.form() == Mention.Form.PRONOUN && !initial && Token.wordsBefore(toks, t.start()) == 0) {
                continue;
            }
            TextSpan cue = new TextSpan(t.start(), toks.get(k + 1).end());
            if (initial) {
                int from = end < toks.size() ? toks.get(Math.min(end + 1, toks.size() - 1)).start() : sentence.end();
                return new Candidate(new TextSpan(Math.min(from, sentence.end()), sentence.end()), cue, m,
                        "according to", CueLexicon.Hint.ASSERT, from, SentenceAnalyzer.ACCORDING, false);
            }
            // "Some 59 percent, according to the poll, view her unfavorably": the statement goes on after it
            boolean goesOn = end + 1 < toks.size() && toks.get(end).is(",") && toks.get(end + 1).isWord();
            TextSpan content = new TextSpan(sentence.start(), goesOn ? sentence.end() : Tokenizer.trimEnd(text, sentence.start(), t.start()));
            return new Candidate(content, cue, m, "according to", CueLexicon.Hint.ASSERT, sentence.start(),
                    SentenceAnalyzer.ACCORDING, false);
        }
        return null;
    }

    // "BaFin had no immediate comment", "A spokesman was not available for comment", "A Trump
    // spokesman wouldn't comment"
    Candidate noComment() {
        for (int k = 1; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (!t.is("comment") && !t.is("comments") || t.inQuote()) {
                continue;
            }
            boolean refusal = false;
            for (int j = Math.max(0, k - 5); j < k; j++) {
                String w = toks.get(j).lower();
                // "wouldn't comment", "would not comment on the call": a refusal with the verb itself
                refusal |= w.equals("no") || w.equals("available") || w.equals("reached") || w.equals("declined")
                        || (w.equals("not") || w.endsWith("n't")) && j >= k - 2;
            }
            int verb = 0;
            while (verb < k && !NO_COMMENT_VERBS.contains(toks.get(verb).lower())) {
                verb++;
            }
            SubjectFinder.Subject s = refusal && verb < k ? subjects.before(verb, 0) : null;
            if (s != null && s.mention().form() != Mention.Form.PRONOUN || s != null && verb > 0) {
                TextSpan cue = new TextSpan(toks.get(verb).start(), t.end());
                return new Candidate(new TextSpan(sentence.start(), sentence.end()), cue, s.mention(), "comment",
                        CueLexicon.Hint.DECLINE, sentence.start(), SentenceAnalyzer.NO_COMMENT, false);
            }
            return null;
        }
        return null;
    }

    /** Whether every word of the sentence is quoted. */
    boolean fullyQuoted() {
        boolean any = false;
        for (Token t : toks) {
            if (t.isWord() || t.kind() == Token.Kind.NUMBER) {
                if (!t.inQuote()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The sentence's quotation as a continuation of the previous speaker's. */
    Candidate continuation() {
        int s = sentence.end();
        int e = sentence.start();
        for (Token t : toks) {
            if (t.inQuote()) {
                s = Math.min(s, t.start());
                e = Math.max(e, t.end());
            }
        }
        return new Candidate(new TextSpan(s, e), null, null, "", CueLexicon.Hint.ASSERT, s,
                SentenceAnalyzer.CONTINUATION, true);
    }
}
