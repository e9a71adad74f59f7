package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 1,000 synthetic articles (15,000 claims) are compared by blocking, never all pairs. */
class ScaleTest {

    @Test
    void thousandArticlesUseCandidatePairsOnly() {
        List<Article> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        new ComparisonBenchmark(7).generate(1000, articles, claims);
        long allPairs = (long) claims.size() * (claims.size() - 1) / 2;
        long candidates = CandidateIndex.pairs(Profiles.of(articles, claims)).length;
        assertTrue(candidates * 50 < allPairs, candidates + " candidate pairs of " + allPairs);

        // speed is measured in ComparisonBenchmark (docs/benchmarks.md), never asserted in a test
        ClaimGraph graph = new ContradictionFinder().compare(articles, claims);
        assertFalse(graph.contradictions().isEmpty());
    }
}
