package io.claimdiff.extract;

import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;

/**
 * A statement announced by a colon and given as the next paragraph, without quotation marks:
 * "Businessweek told Buzzfeed in a statement:" and then the statement itself.
 *
 * @param source   who speaks
 * @param cue      the announcing cue
 * @param hint     its stance hint
 * @param line     the announcing paragraph, or once {@code covering} the paragraph it covers
 * @param covering whether {@code line} is the statement's paragraph
 */
record Block(Discourse.Source source, TextSpan cue, CueLexicon.Hint hint, TextSpan line, boolean covering) {

    static final String RULE = "statement-block: X said: ¶ …";

    /** Whether {@code c} announces what follows: it closes a paragraph that ends with a colon. */
    static boolean announces(String text, TextSpan sentence, TextSpan paragraph, Candidate c) {
        int colon = lastCharAt(text, sentence.start(), sentence.end());
        return !c.direct() && c.cue() != null && colon >= sentence.start() && text.charAt(colon) == ':'
                && lastCharAt(text, paragraph.start(), paragraph.end()) == colon
                && lastCharAt(text, c.content().start(), c.content().end()) == colon;
    }

    /** Whether {@code c} reports nothing after its cue ("He said:"), being only the frame of what follows. */
    static boolean frameOnly(String text, Candidate c) {
        for (int i = Math.max(c.cue().end(), c.content().start()); i < c.content().end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The block over the paragraph after the announcing one; null when that paragraph is quoted, as it carries its own frame. */
    Block over(TextSpan next, String text) {
        int first = next.start();
        while (first < next.end() && Tokenizer.isSpace(text.charAt(first))) {
            first++;
        }
        return first < next.end() && Tokenizer.quoteMarkLength(text, first, next.end()) == 0
                ? new Block(source, cue, hint, next, true) : null;
    }

    boolean covers(TextSpan paragraph) {
        return covering && paragraph.equals(line);
    }

    Claim claim(String articleId, TextSpan sentence, Stance stance) {
        return new Claim(null, articleId, sentence, cue, null, source.name(), source.party(), stance, RULE, 0.6);
    }

    private static int lastCharAt(String text, int from, int to) {
        int i = to - 1;
        while (i >= from && Tokenizer.isSpace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
