package io.claimdiff.project;

import io.claimdiff.compare.ContradictionFinder;
import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Analysis;
import io.claimdiff.model.Article;
import io.claimdiff.model.Stance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dispute map of the five samples: rows in pairs per clash, parties as columns, cells, filters, timeline. */
class DisputeMapTest {

    private static Project samples;

    @BeforeAll
    static void analyseSamples() throws Exception {
        List<Article> articles = new ArrayList<>();
        ArticleLoader loader = new ArticleLoader();
        try (Stream<Path> files = Files.list(Path.of("sample-articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(loader.load(f, "a" + (articles.size() + 1)));
            }
        }
        Analysis analysis = new AnalysisService(new AttributionExtractor(), new ContradictionFinder()).analyze(articles);
        samples = new Project();
        for (Article a : articles) {
            samples.addArticle(a, ArticleSource.of(a.path(), a.text(), Instant.EPOCH));
            samples.setEngineClaims(a.id(), analysis.claims().stream().filter(c -> c.articleId().equals(a.id())).toList());
        }
        samples.setEngineLinks(analysis.graph());
    }

    @Test
    void eachClashIsARowPairWithTheRightPartiesOnEachSide() {
        DisputeMap map = DisputeMap.of(samples.snapshot(), DisputeMap.Filter.ALL);
        int clashes = Clashes.of(samples.snapshot()).all().size();
        assertTrue(clashes > 0);
        assertEquals(2 * clashes, map.rows().size());
        for (int i = 0; i < map.rows().size(); i += 2) {
            DisputeMap.Row affirmed = map.rows().get(i);
            DisputeMap.Row rejecting = map.rows().get(i + 1);
            assertEquals(affirmed.clash(), rejecting.clash());
            assertTrue(affirmed.affirmed() && !rejecting.affirmed());
            assertFalse(affirmed.gist().isEmpty() || affirmed.gist().length() > DisputeMap.GIST, affirmed.gist());
        }
        // the samples' main dispute: Russia rejects what others say about talks and calls
        assertTrue(map.rows().stream().filter(r -> !r.affirmed()).anyMatch(r -> r.cells().containsKey("Russia")
                && r.cells().get("Russia").main() == Stance.DENY), map.rows().toString());
        assertEquals("Russia", map.parties().get(0), "the party with most statements leads the columns");
        for (DisputeMap.Row r : map.rows()) {
            r.cells().values().forEach(c -> assertTrue(c.outlets() >= 1 && c.outlets() <= c.claims().size()));
        }
    }

    @Test
    void filtersKeepOnlyWhatTheAnalystAsksFor() {
        ProjectState state = samples.snapshot();
        assertTrue(DisputeMap.of(state, new DisputeMap.Filter(Set.of(), "", Set.of(), true)).rows().isEmpty(),
                "nothing accepted yet");
        DisputeMap russia = DisputeMap.of(state, new DisputeMap.Filter(Set.of("Russia"), "", Set.of(), false));
        assertTrue(russia.rows().stream().allMatch(r -> r.cells().keySet().stream().allMatch("Russia"::equals)));
        assertEquals(List.of("Russia"), russia.parties());
        DisputeMap denials = DisputeMap.of(state, new DisputeMap.Filter(Set.of(), "", Set.of(Stance.DENY), false));
        assertTrue(denials.rows().stream().flatMap(r -> r.cells().values().stream())
                .allMatch(c -> c.stances().keySet().equals(Set.of(Stance.DENY))));
    }

    @Test
    void theTimelineHoldsEveryMappedStatementOnceInArticleOrder() {
        DisputeMap map = DisputeMap.of(samples.snapshot(), DisputeMap.Filter.ALL);
        long mapped = map.rows().stream().flatMap(r -> r.cells().values().stream()).mapToLong(c -> c.claims().size()).sum();
        assertTrue(map.timeline().size() <= mapped && !map.timeline().isEmpty());
        assertEquals(map.timeline().size(), map.timeline().stream().map(DisputeMap.Moment::claimId).distinct().count());
        List<String> order = samples.articles().stream().map(Article::id).toList();
        for (int i = 1; i < map.timeline().size(); i++) {
            assertTrue(order.indexOf(map.timeline().get(i - 1).articleId()) <= order.indexOf(map.timeline().get(i).articleId()),
                    "undated samples keep the order they were opened in");
        }
    }
}
