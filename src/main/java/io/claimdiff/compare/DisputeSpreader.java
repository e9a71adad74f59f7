package io.claimdiff.compare;

import java.util.List;
import java.util.Map;

/**
 * Passes a dispute on to the other appearances of what it is about: a denial of one statement also
 * denies the same speaker's restatement of it in that article ("he'd received an assurance" and,
 * later, "I obtained that there will be no escalation"), the same statement as other outlets report
 * it, and the same denial as other outlets report it.
 */
final class DisputeSpreader {

    /** Two statements of one speaker in one article this alike are one position, disputed together. */
    private static final double SAME_POSITION = 0.30;
    /** A dispute passed on counts a little less than the one it comes from. */
    static final double PASSED_ON = 0.9;

    private final Similarity similarity;
    private final Map<Integer, List<ClaimProfile>> byArticle;
    private final Map<Integer, List<ClaimProfile>> byCluster;

    DisputeSpreader(List<ClaimProfile> profiles, Similarity similarity, Clusters clusters) {
        this.similarity = similarity;
        this.byArticle = Profiles.byArticle(profiles);
        this.byCluster = clusters.members(profiles);
    }

    void spread(ContradictionSet contradictions) {
        for (ContradictionSet.Link link : contradictions.links()) {
            ClaimProfile target = link.affirming();
            ClaimProfile rejecting = link.rejecting();
            double score = link.score() * PASSED_ON;
            for (ClaimProfile other : byArticle.get(target.article())) {
                if (other != target && other.disputable() && other.headline() == target.headline()
                        && Math.abs(other.order() - target.order()) <= Rebuttals.CASE_REACH
                        && PairJudge.sameSource(other, target) && ContradictionFinder.headlinesMatch(other, rejecting)
                        && similarity.score(other, target) >= SAME_POSITION) {
                    offer(contradictions, rejecting, other, score);
                }
            }
            for (ClaimProfile other : byCluster.getOrDefault(target.index(), List.of())) {
                if (other.article() != target.article() && other.article() != rejecting.article()) {
                    offer(contradictions, rejecting, other, score);
                }
            }
            for (ClaimProfile other : byCluster.getOrDefault(rejecting.index(), List.of())) {
                if (other.article() != rejecting.article() && other.article() != target.article()) {
                    offer(contradictions, other, target, score);
                }
            }
        }
    }

    private static void offer(ContradictionSet contradictions, ClaimProfile rejecting, ClaimProfile affirming,
                              double score) {
        contradictions.offerDerived(rejecting, affirming, score);
    }
}
