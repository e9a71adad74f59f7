package io.claimdiff.compare;

import io.claimdiff.model.Stance;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what two claims are to each other from their stances, their negations and how much
 * they are about the same thing.
 */
final class PairJudge {

    /** What a pair of claims is. */
    enum Kind { CONTRADICTION, SUPPORT, SAME_SOURCE, NONE }

    /** A judgement on one pair; {@code score} is 0..1. */
    record Verdict(Kind kind, double score) {
        static final Verdict NONE = new Verdict(Kind.NONE, 0);
    }

    /** Below this topic similarity two claims in one article are not about the same matter. */
    static final double SIM_IN_ARTICLE = 0.22;
    /** Across articles the bar is higher: distinct events share names more often than not. */
    static final double SIM_ACROSS = 0.38;
    static final double SIM_SUPPORT = 0.40;
    static final double SIM_SAME = 0.45;
    static final double SIM_SAME_IN_ARTICLE = 0.6;
    /** One source's statement in two articles: worded differently, but about the same things. */
    static final double SIM_SAME_ACROSS = 0.5;
    /** Across articles, a clash read from negated words only (no denial) needs this much more. */
    private static final double WEAK_ACROSS = 0.15;
    private static final double NEGATION_CLASH = 0.7;
    /** A denial against a claim that says no to the same thing: weaker than a plain clash. */
    private static final double ECHO = 0.6;
    private static final double OPPOSITE_CLASH = 0.6;
    /** A rejection pinned on names the other claim never mentions is likely about something else. */
    private static final double OTHER_NAMES = 0.55;
    /** Claims this close in one article (in claims) are likely a statement and its answer. */
    private static final int NEAR = 2;
    private static final double NEAR_BONUS = 0.06;

    /** Entity features that stand for a whole country or bloc: too broad to tie two stories. */
    private static final Set<String> COUNTRIES = Lexicon.SIDES.values().stream().map(v -> "@" + v)
            .collect(Collectors.toUnmodifiableSet());

    private final Similarity similarity;

    PairJudge(Similarity similarity) {
        this.similarity = similarity;
    }

    Verdict judge(ClaimProfile a, ClaimProfile b) {
        double sim = similarity.score(a, b);
        boolean sameArticle = a.article() == b.article();
        if (sameSource(a, b)) {
            // one article restates a statement in its headline; otherwise two statements are two
            double bar = !sameArticle ? SIM_SAME_ACROSS : a.headline() != b.headline() ? SIM_SAME : SIM_SAME_IN_ARTICLE;
            boolean same = sim >= bar && opposition(a, b) == 0 && (sameArticle || sharedWords(a, b) >= 2);
            return same ? new Verdict(Kind.SAME_SOURCE, sim) : Verdict.NONE;
        }
        if (!a.otherSideThan(b)) {
            return Verdict.NONE;
        }
        double opposition = opposition(a, b);
        double bar = sameArticle ? SIM_IN_ARTICLE : SIM_ACROSS;
        if (sameArticle && Math.abs(a.order() - b.order()) <= NEAR) {
            sim += NEAR_BONUS;
        }
        if (!sameArticle && opposition < 1) {
            bar += WEAK_ACROSS;
        }
        if (opposition > 0 && sim >= bar && sameMatter(a, b, sameArticle)) {
            double score = opposition * (0.35 + 0.9 * sim);
            ClaimProfile rejecting = rejecting(a, b);
            if (sharedWords(a, b) < 2 && otherNames(rejecting, rejecting == a ? b : a)) {
                score *= OTHER_NAMES;
            }
            return new Verdict(Kind.CONTRADICTION, Math.min(1.0, score));
        }
        double supportBar = sameArticle ? SIM_SUPPORT : SIM_SUPPORT + WEAK_ACROSS;
        if (opposition == 0 && sim >= supportBar && agrees(a, b) && sameMatter(a, b, sameArticle)) {
            return new Verdict(Kind.SUPPORT, sim);
        }
        return Verdict.NONE;
    }

    /**
     * Names alone do not make a matter: the two must share a word or event concept. Across
     * articles (where a pointing denial has nothing of its own to match) they must also share a
     * specific name (a person, a company, a place that is not a whole country), or one must name
     * the other's source, and share two words unless it does.
     */
    private static boolean sameMatter(ClaimProfile a, ClaimProfile b, boolean sameArticle) {
        int words = 0;
        int names = 0;
        for (String f : a.features().keySet()) {
            if (b.features().containsKey(f)) {
                if (!f.startsWith("@")) {
                    words++;
                } else if (!COUNTRIES.contains(f)) {
                    names++;
                }
            }
        }
        if (sameArticle || words == 0) {
            return words > 0;
        }
        if (a.anaphoric() || b.anaphoric()) {
            return false;
        }
        boolean mentioned = mentions(a, b) || mentions(b, a);
        return mentioned || names > 0 && words >= 2;
    }

    /** Of two clashing claims, the one that says no: the denial, or else the negated one. */
    static ClaimProfile rejecting(ClaimProfile a, ClaimProfile b) {
        if (a.rejects() != b.rejects()) {
            return a.rejects() ? a : b;
        }
        return b.negated() && !a.negated() ? b : a;
    }

    /**
     * True when {@code a} rejects something it pins on specific names (a person, a company) and
     * {@code b} names none of them, nor its source: "no talks between Putin and Biden" is not
     * an answer to "we want talks between the two leaders". Only asked when the two share less
     * than two words: more common wording outweighs a name left out.
     */
    private static boolean otherNames(ClaimProfile a, ClaimProfile b) {
        boolean named = false;
        for (String f : a.features().keySet()) {
            if (f.startsWith("@") && !COUNTRIES.contains(f)) {
                if (b.features().containsKey(f) || b.subject().contains(f)) {
                    return false;
                }
                named = true;
            }
        }
        return named && !mentions(b, a);
    }

    private static int sharedWords(ClaimProfile a, ClaimProfile b) {
        int words = 0;
        for (String f : a.features().keySet()) {
            if (!f.startsWith("@") && b.features().containsKey(f)) {
                words++;
            }
        }
        return words;
    }

    /** True when {@code a} names the speaker or side of {@code b}, a whole country not counting. */
    private static boolean mentions(ClaimProfile a, ClaimProfile b) {
        for (String f : b.subject()) {
            if (a.features().containsKey(f) && !COUNTRIES.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** 0 when the claims can both hold; up to 1 when one rejects what the other affirms. */
    static double opposition(ClaimProfile a, ClaimProfile b) {
        if (a.stance() == Stance.DECLINE || b.stance() == Stance.DECLINE) {
            return 0;
        }
        if (a.rejects() != b.rejects()) {
            return saysNoToo(a.rejects() ? b : a, a.rejects() ? a : b) ? ECHO : 1.0;
        }
        if (a.rejects()) {
            return 0;
        }
        if (a.stance() == Stance.ASSERT && b.stance() == Stance.ASSERT && a.negated() != b.negated()) {
            for (var e : a.features().entrySet()) {
                Boolean other = b.features().get(e.getKey());
                if (other != null && other != e.getValue() && !e.getKey().startsWith("@")) {
                    return NEGATION_CLASH;
                }
            }
        }
        return opposites(a, b) ? OPPOSITE_CLASH : 0;
    }

    /**
     * True when the affirming claim itself says no to every word it shares with the denial ("noted
     * the absence of confirmation of this call" against "denied that they had spoken"): the two
     * more likely agree, unless the negation sits inside what is claimed ("obtained that there
     * will be no escalation"), which words alone cannot tell.
     */
    private static boolean saysNoToo(ClaimProfile affirming, ClaimProfile denial) {
        boolean shared = false;
        for (var e : affirming.features().entrySet()) {
            if (!e.getKey().startsWith("@") && denial.features().containsKey(e.getKey())) {
                if (!e.getValue()) {
                    return false;
                }
                shared = true;
            }
        }
        return shared;
    }

    /** One says "talks continue", the other "talks collapsed", neither negated. */
    private static boolean opposites(ClaimProfile a, ClaimProfile b) {
        for (var e : a.features().entrySet()) {
            Set<String> opposite = Lexicon.OPPOSITES.get(e.getKey());
            if (opposite == null || e.getValue()) {
                continue;
            }
            for (String o : opposite) {
                if (Boolean.FALSE.equals(b.features().get(o))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two sides affirming, or both rejecting, the same thing. */
    private static boolean agrees(ClaimProfile a, ClaimProfile b) {
        if (a.rejects() && b.rejects()) {
            return true;
        }
        return a.affirms() && b.affirms() && (a.stance() == Stance.CONFIRM || b.stance() == Stance.CONFIRM
                || a.negated() == b.negated());
    }

    /** The same speaker, or one side where one of the two is only named by its side. */
    static boolean sameSource(ClaimProfile a, ClaimProfile b) {
        if (a.speaker().isEmpty() || b.speaker().isEmpty()) {
            return false;
        }
        if (a.speaker().equals(b.speaker())) {
            return true;
        }
        return a.sides().equals(b.sides()) && (a.sides().contains(a.speaker()) || b.sides().contains(b.speaker()));
    }
}
