package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 1,000 synthetic articles (15,000 claims) are compared by blocking, inside the 10 s budget. */
class ScaleTest {

    @Test
    void thousandArticlesUseCandidatePairsOnlyAndFinishInTime() {
        List<Article> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        new ComparisonBenchmark(7).generate(1000, articles, claims);
        long allPairs = (long) claims.size() * (claims.size() - 1) / 2;
        long candidates = CandidateIndex.pairs(Profiles.of(articles, claims)).length;
        assertTrue(candidates * 50 < allPairs, candidates + " candidate pairs of " + allPairs);

        // CPU time of this thread: the build machine is shared, so wall time says more about the neighbours
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long t0 = cpu.getCurrentThreadCpuTime();
        ClaimGraph graph = new ContradictionFinder().compare(articles, claims);
        long ms = (cpu.getCurrentThreadCpuTime() - t0) / 1_000_000;
        System.out.printf("1000 articles, %d claims: %d ms CPU (%d ms wall, cold JVM), %d candidate pairs%n",
                claims.size(), ms, (System.nanoTime() - wall) / 1_000_000, candidates);
        assertFalse(graph.contradictions().isEmpty());
        assertTrue(ms < 10_000, ms + " ms");
    }
}
