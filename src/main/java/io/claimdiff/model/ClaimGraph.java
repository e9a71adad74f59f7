package io.claimdiff.model;

import java.util.List;

/**
 * What the comparison engine proposes over a set of claims.
 *
 * @param contradictions pairs that cannot both be true
 * @param supports       pairs that back each other
 * @param clusters       groups of claim ids that report the same statement by the same source
 */
public record ClaimGraph(List<Contradiction> contradictions, List<Support> supports, List<List<String>> clusters) {

    public ClaimGraph {
        contradictions = List.copyOf(contradictions);
        supports = List.copyOf(supports);
        clusters = clusters.stream().map(List::copyOf).toList();
    }

    public static ClaimGraph empty() {
        return new ClaimGraph(List.of(), List.of(), List.of());
    }
}
