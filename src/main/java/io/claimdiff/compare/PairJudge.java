package io.claimdiff.compare;

import io.claimdiff.model.Stance;

import java.util.Collections;

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
    /** Two speakers of one side in two outlets: the same proposition only when this alike. */
    static final double SIM_SAME_SIDE = 0.3;
    /** Across articles, a clash read from negated words only (no denial) needs this much more. */
    private static final double WEAK_ACROSS = 0.15;
    /** A rejection pinned on names the other claim never mentions is likely about something else. */
    private static final double OTHER_NAMES = 0.55;
    /** Claims this close in one article (in claims) are likely a statement and its answer. */
    private static final int NEAR = 2;
    private static final double NEAR_BONUS = 0.06;

    private final Similarity similarity;
    private final Events events;

    /** A judge that knows which articles surely tell one event ({@link Events#close}). */
    PairJudge(Similarity similarity, Events events) {
        this.similarity = similarity;
        this.events = events;
    }

    Verdict judge(ClaimProfile a, ClaimProfile b) {
        double sim = similarity.score(a, b);
        boolean sameArticle = a.article() == b.article();
        if (sameSource(a, b)) {
            // one article restates a statement in its headline; otherwise two statements are two
            double bar = !sameArticle ? SIM_SAME_ACROSS : a.headline() != b.headline() ? SIM_SAME : SIM_SAME_IN_ARTICLE;
            boolean same = sim >= bar && Opposition.of(a, b) == 0
                    && (sameArticle || Matter.sharedWords(a, b) >= 2 && Matter.same(a, b, false));
            return same ? new Verdict(Kind.SAME_SOURCE, sim) : Verdict.NONE;
        }
        if (!a.otherSideThan(b)) {
            return sameSide(a, b, sim) ? new Verdict(Kind.SAME_SOURCE, sim) : Verdict.NONE;
        }
        double opposition = Opposition.of(a, b);
        double bar = sameArticle ? SIM_IN_ARTICLE : SIM_ACROSS;
        if (sameArticle && Math.abs(a.order() - b.order()) <= NEAR) {
            sim += NEAR_BONUS;
        }
        if (!sameArticle && opposition < 1) {
            bar += WEAK_ACROSS;
        }
        // in two articles surely of one event, shared words make the matter as they do in one article
        boolean oneStory = sameArticle || events.close(a.article(), b.article());
        ClaimProfile rejecting = Opposition.rejecting(a, b);
        if (opposition > 0 && sim >= bar && !(rejecting == a ? b : a).directive() && Matter.same(a, b, oneStory)) {
            double score = opposition * (0.35 + 0.9 * sim);
            // two shared words outweigh a name left out; one shared word does not
            if (Matter.sharedWords(a, b) < 2 && Matter.otherNames(rejecting, rejecting == a ? b : a)) {
                score *= OTHER_NAMES;
            }
            return new Verdict(Kind.CONTRADICTION, Math.min(1.0, score));
        }
        double supportBar = sameArticle ? SIM_SUPPORT : SIM_SUPPORT + WEAK_ACROSS;
        if (opposition == 0 && sim >= supportBar && agrees(a, b) && Matter.same(a, b, sameArticle)) {
            return new Verdict(Kind.SUPPORT, sim);
        }
        return Verdict.NONE;
    }

    /**
     * Two sides affirming, or both rejecting, the same thing. Two assertions with negations are
     * left alone: "pledged no escalation" and "no deal on de-escalation" read alike but are not.
     */
    private static boolean agrees(ClaimProfile a, ClaimProfile b) {
        if (a.rejects() && b.rejects()) {
            return true;
        }
        return a.affirms() && b.affirms() && (a.stance() == Stance.CONFIRM || b.stance() == Stance.CONFIRM
                || !a.negated() && !b.negated());
    }

    /**
     * Two speakers of one side saying the same thing in two outlets ("Apple denied the report",
     * "Tim Cook: there is no truth in it"): one proposition, disputed together.
     */
    private static boolean sameSide(ClaimProfile a, ClaimProfile b, double sim) {
        return a.article() != b.article() && a.hasSide() && b.hasSide() && !Collections.disjoint(a.sides(), b.sides())
                && a.rejects() == b.rejects() && a.affirms() == b.affirms() && sim >= SIM_SAME_SIDE
                && Opposition.of(a, b) == 0 && Matter.sharedWords(a, b) >= 2 && Matter.same(a, b, false);
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
