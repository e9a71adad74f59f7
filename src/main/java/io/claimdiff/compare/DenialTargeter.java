package io.claimdiff.compare;

import java.util.List;
import java.util.Optional;

/**
 * Finds what a denial or confirmation that points back ("it is a pure invention", "denied the
 * report", "such a deal was impossible") answers: the statement of another side on the same matter
 * just before it in the same article, or else the headline's; a statement about the one reacting
 * outranks one that is only nearer. A headline reaction only answers the headline.
 */
final class DenialTargeter {

    /** How far back (in claims) a pointing reaction may reach without sharing a word. */
    private static final int REACH = 3;
    private static final double PROXIMITY = 0.5;
    private static final double ABOUT = 0.5;

    private final Similarity similarity;

    DenialTargeter(Similarity similarity) {
        this.similarity = similarity;
    }

    /** A target and how sure the link is (0..1). */
    record Target(ClaimProfile claim, double score) {
    }

    /**
     * The claim {@code reaction} answers among {@code article} (that article's claims in text
     * order), if any.
     */
    Optional<Target> resolve(ClaimProfile reaction, List<ClaimProfile> article) {
        Optional<Target> near = best(reaction, article, reaction.headline());
        // a body reaction with nothing to answer before it answers the headline ("X denied it")
        return near.isPresent() || reaction.headline() ? near : best(reaction, article, true);
    }

    private Optional<Target> best(ClaimProfile reaction, List<ClaimProfile> article, boolean headlines) {
        ClaimProfile best = null;
        double bestScore = 0;
        double bestSim = 0;
        for (ClaimProfile candidate : article) {
            // cheapest tests first: in a long article most candidates come after the reaction
            int distance = reaction.order() - candidate.order();
            if (distance <= 0 || candidate.headline() != headlines || !candidate.disputable()
                    || !candidate.otherSideThan(reaction) || reaction.rejects() && Opposition.of(candidate, reaction) == 0) {
                continue;
            }
            double sim = similarity.score(reaction, candidate);
            boolean reachable = distance <= REACH || headlines != reaction.headline();
            if (!reachable && sim < PairJudge.SIM_IN_ARTICLE) {
                continue;
            }
            // what a reaction answers is, first of all, something said about the one reacting
            double score = sim + PROXIMITY / distance + (Rebuttals.about(candidate, reaction) ? ABOUT : 0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
                bestSim = sim;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Target(best, Math.min(1.0, 0.6 + 0.4 * bestSim)));
    }
}
