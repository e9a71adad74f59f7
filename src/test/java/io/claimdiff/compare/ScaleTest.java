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

    /** The claims of {@code count} synthetic articles as if they were all one long article. */
    private static List<Claim> asOneArticle(int count, List<Article> merged) {
        List<Article> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        new ComparisonBenchmark(11).generate(count, articles, claims);
        StringBuilder text = new StringBuilder();
        java.util.Map<String, Integer> offsets = new java.util.HashMap<>();
        for (Article a : articles) {
            offsets.put(a.id(), text.length());
            text.append(a.text()).append('\n');
        }
        List<Claim> moved = new ArrayList<>();
        for (Claim c : claims) {
            int at = offsets.get(c.articleId());
            moved.add(new Claim("big-" + c.id(), "big", shift(c.content(), at), shift(c.cue(), at),
                    shift(c.speakerSpan(), at), c.speaker(), c.party(), c.stance(), c.rule(), c.confidence()));
        }
        merged.add(new Article("big", "synthetic/big.txt", "Big", text.toString(), List.of()));
        return moved;
    }

    private static io.claimdiff.model.TextSpan shift(io.claimdiff.model.TextSpan span, int by) {
        return span == null ? null : new io.claimdiff.model.TextSpan(span.start() + by, span.end() + by);
    }

    @Test
    void aLongArticleIsBlockedTooWhileANewsArticleComparesEveryPair() {
        List<Article> big = new ArrayList<>();
        List<Claim> many = asOneArticle(80, big);
        assertTrue(many.size() > CandidateIndex.ALL_PAIRS_UP_TO, many.size() + " claims");
        long allPairs = (long) many.size() * (many.size() - 1) / 2;
        long candidates = CandidateIndex.pairs(Profiles.of(big, many)).length;
        assertTrue(candidates * 2 < allPairs, candidates + " candidate pairs of " + allPairs);
        assertTrue(candidates > 0);
        assertFalse(new ContradictionFinder().compare(big, many).contradictions().isEmpty(),
                "contradictions are still found inside the long article");

        List<Article> small = new ArrayList<>();
        List<Claim> few = asOneArticle(10, small);
        assertTrue(few.size() <= CandidateIndex.ALL_PAIRS_UP_TO, few.size() + " claims");
        org.junit.jupiter.api.Assertions.assertEquals((long) few.size() * (few.size() - 1) / 2,
                CandidateIndex.pairs(Profiles.of(small, few)).length);
    }
}
