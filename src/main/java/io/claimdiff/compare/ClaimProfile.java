package io.claimdiff.compare;

import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;

import java.util.Map;
import java.util.Set;

/**
 * What the comparison engine knows about one claim: who stands behind it and what it is about.
 *
 * @param index      position in the input list
 * @param claim      the claim
 * @param text       its content text
 * @param article    position of its article in the input
 * @param order      position of the claim in its article, by content start
 * @param headline   true when the claim sits in the article's title line
 * @param sides      normalised party keys (a joint source has several)
 * @param speaker    normalised speaker key (last name word), or the first side
 * @param features   topic features (entities prefixed "@", concepts "#", stems) to whether they are negated
 * @param subject    features naming the speaker and party, for matching against other claims' topics
 * @param stance     the stance after reading the content (an "assert" calling something false is a denial)
 * @param anaphoric  true when the content points back at something said before ("it is a pure invention")
 * @param negated    true when the content carries a negator or a rejection word
 * @param directive  true when the content is a call, demand or wish ({@link Lexicon#DIRECTIVES}), not an account
 */
record ClaimProfile(int index, Claim claim, String text, int article, int order, boolean headline,
                    Set<String> sides, String speaker, Map<String, Boolean> features, Set<String> subject,
                    Stance stance, boolean anaphoric, boolean negated,
                    boolean directive) {

    /** True when the party of this claim is known. */
    boolean hasSide() {
        return !sides.isEmpty();
    }

    /** True when the two claims come from different sides (no side in common). */
    boolean otherSideThan(ClaimProfile o) {
        if (!hasSide() || !o.hasSide()) {
            return false;
        }
        for (String s : sides) {
            if (o.sides.contains(s)) {
                return false;
            }
        }
        return !speaker.equals(o.speaker);
    }

    /** True when the claim rejects something: a denial, or a content that calls something false. */
    boolean rejects() {
        return stance == Stance.DENY;
    }

    /** True when the claim gives an account a denial can answer: it affirms something and is not a call or a wish. */
    boolean disputable() {
        return affirms() && !directive;
    }

    /** True when the claim affirms something: an assertion or confirmation. */
    boolean affirms() {
        return stance == Stance.ASSERT || stance == Stance.CONFIRM;
    }
}
