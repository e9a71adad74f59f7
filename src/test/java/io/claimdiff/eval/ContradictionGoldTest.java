package io.claimdiff.eval;

import io.claimdiff.compare.ContradictionFinder;
import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole engine on the five sample articles: {@link AttributionExtractor} claims, then
 * {@link ContradictionFinder} over all of them together (so cross-article false alarms count),
 * scored with {@link GoldScorer} like score.py.
 */
class ContradictionGoldTest {

    @Test
    void realClaimsGiveTheContradictionTargets() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("sample-articles"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ArticleLoader loader = new ArticleLoader();
        AttributionExtractor extractor = new AttributionExtractor();
        List<Article> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<GoldScorer.Pred> preds = new ArrayList<>();
        int n = 0;
        for (Path file : files) {
            Article article = loader.load(file, "a" + (++n));
            articles.add(article);
            for (Claim c : extractor.extract(article)) {
                claims.add(c);
                preds.add(new GoldScorer.Pred(c.id(), article.fileName(), c.content().of(article.text()),
                        c.speaker(), c.party(), c.stance().id()));
            }
        }
        ClaimGraph graph = new ContradictionFinder().compare(articles, claims);
        List<GoldScorer.Pair> pairs = graph.contradictions().stream()
                .map(c -> new GoldScorer.Pair(c.a(), c.b())).toList();

        GoldScorer.Figures f = GoldScorer.load(ExtractionGoldTest.goldDir()).score(preds, pairs);
        System.out.printf("ContradictionGoldTest: recall %.3f (%d/%d direct), precision %.3f (%d proposed)%n",
                f.contradictionRecall(), f.contradictionsDirectFound(), f.contradictionsDirect(),
                f.contradictionPrecision(), f.contradictionsProposed());

        assertTrue(f.contradictionRecall() >= 0.8, "contradiction recall " + f.contradictionRecall());
        assertTrue(f.contradictionPrecision() >= 0.5, "contradiction precision " + f.contradictionPrecision());
    }
}
