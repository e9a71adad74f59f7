package io.claimdiff.eval;

import io.claimdiff.compare.ContradictionFinder;
import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Contradiction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction and comparison together on invented articles of other kinds (business, sport, politics). */
class EndToEndContradictionTest {

    private static final Map<String, Claim> CLAIMS = new HashMap<>();
    private static final Map<String, Article> ARTICLES = new HashMap<>();
    private static ClaimGraph graph;

    @BeforeAll
    static void run() throws Exception {
        ArticleLoader loader = new ArticleLoader();
        AttributionExtractor extractor = new AttributionExtractor();
        List<Article> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        int n = 0;
        for (String name : List.of("takeover-report", "takeover-denial", "transfer", "resignation", "macron-reuters",
                "macron-guardian")) {
            Path file = Path.of(EndToEndContradictionTest.class.getResource("/compare-e2e/" + name + ".txt").toURI());
            Article article = loader.load(file, "a" + (++n));
            articles.add(article);
            ARTICLES.put(article.id(), article);
            for (Claim c : extractor.extract(article)) {
                claims.add(c);
                CLAIMS.put(c.id(), c);
            }
        }
        graph = new ContradictionFinder().compare(articles, claims);
    }

    private static String text(String claimId) {
        Claim c = CLAIMS.get(claimId);
        return c.content().of(ARTICLES.get(c.articleId()).text());
    }

    /** Whether a proposed pair has one claim containing {@code one} and the other containing {@code other}. */
    private static boolean proposed(String one, String other) {
        for (Contradiction c : graph.contradictions()) {
            String a = text(c.a());
            String b = text(c.b());
            if (a.contains(one) && b.contains(other) || b.contains(one) && a.contains(other)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void takeoverReportIsDeniedAcrossOutlets() {
        assertTrue(graph.contradictions().stream().anyMatch(c -> !CLAIMS.get(c.a()).articleId()
                .equals(CLAIMS.get(c.b()).articleId()) && text(c.a()).contains("Baltic Freight")),
                graph.contradictions().toString());
    }

    @Test
    void agentDeniesTheClubsDeal() {
        assertTrue(proposed("agreed a deal with Benfica", "no deal"), graph.contradictions().toString());
    }

    @Test
    void oneCompanyDoesNotContradictItself() {
        assertFalse(graph.contradictions().stream().anyMatch(c -> CLAIMS.get(c.a()).speaker().contains("Nordwind")
                && CLAIMS.get(c.b()).speaker().contains("Nordwind")), graph.contradictions().toString());
    }

    @Test
    void oneStoryInTwoOutletsClustersTheClaimAndPairsTheDenialAcrossThem() {
        assertTrue(graph.clusters().stream().anyMatch(c -> c.stream().map(id -> CLAIMS.get(id).articleId())
                .distinct().count() >= 2 && c.stream().allMatch(id -> CLAIMS.get(id).speaker().contains("Macron"))),
                graph.clusters().toString());
        assertTrue(graph.contradictions().stream().anyMatch(c -> CLAIMS.get(c.a()).speaker().contains("Macron")
                && !CLAIMS.get(c.a()).articleId().equals(CLAIMS.get(c.b()).articleId())),
                graph.contradictions().toString());
        assertFalse(graph.supports().stream().anyMatch(s -> CLAIMS.get(s.a()).speaker().contains("Macron")
                || CLAIMS.get(s.b()).speaker().contains("Macron")), graph.supports().toString());
    }
}
