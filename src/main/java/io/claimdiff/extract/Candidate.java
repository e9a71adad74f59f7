package io.claimdiff.extract;

import io.claimdiff.model.TextSpan;

/**
 * An attribution found in one sentence, before its speaker is resolved against the article.
 *
 * @param content    the reported statement
 * @param cue        the reporting cue, or null (quote continuations)
 * @param speaker    the source as written, or null when it must come from the previous quote
 * @param lemma      the cue's lemma ("say", "according to"), or "" without a cue
 * @param hint       what the cue says about stance
 * @param stanceFrom offset where the reported words start, for stance reading
 * @param rule       the rule that found it, shown to the analyst
 * @param direct     whether the content is a direct quotation
 */
record Candidate(TextSpan content, TextSpan cue, Mention speaker, String lemma, CueLexicon.Hint hint,
                 int stanceFrom, String rule, boolean direct) {

    Candidate withContent(TextSpan span) {
        return new Candidate(span, cue, speaker, lemma, hint, Math.max(stanceFrom, span.start()), rule, direct);
    }

    Candidate withContentEnd(int end) {
        int e = Math.max(end, content.start());
        return new Candidate(new TextSpan(content.start(), e), cue, speaker, lemma, hint,
                Math.min(stanceFrom, e), rule, direct);
    }
}
