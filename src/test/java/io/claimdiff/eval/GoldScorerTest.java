package io.claimdiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The Java port gives the same figures as score.py. Each fixture is a deliberately damaged prediction
 * (misses, wrong speakers and stances, false alarms, some contradictions); the expected figures are
 * score.py's own {@code --json} output for it. The news fixture is the engine's output on the news set
 * with half its contradictions dropped and pairings of contradicting propositions and random pairs
 * added, so its precision and proposition recall depend on {@code propositions.json}.
 */
class GoldScorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void agreesWithScorePyOnADamagedPrediction() throws Exception {
        assertAgrees("/eval/perturbed-pred.json", "/eval/perturbed-expected.json", ExtractionGoldTest.goldDir());
    }

    @Test
    void agreesWithScorePyOnPropositionsOfTheNewsSet() throws Exception {
        assertAgrees("/eval/news-perturbed-pred.json", "/eval/news-perturbed-expected.json",
                ExtractionGoldTest.resource("/news/gold"));
    }

    /**
     * Proposition rules on a tiny gold: a member the gold lacks counts as optional (so p1-p3 is not
     * required), a proposition pair is found through an optional member too, and a partial pair is
     * acceptable but not counted; and a claim holding a required key (a6) and an optional one (a5) goes
     * to the required item. The expected figures are score.py's {@code --json} output, with
     * propositions.json and without it.
     */
    @Test
    void propositionsFollowScorePyOnTheEdges(@TempDir Path gold) throws Exception {
        Files.writeString(gold.resolve("x.json"), """
                {"article": "x.txt", "speakers": {"s1": {"name": "Ann Lee", "aliases": [], "party": "A"}},
                 "attributions": [
                  {"id": "a5", "key": "zeta", "speaker": "s1", "stance": ["assert"], "optional": true},
                  {"id": "a1", "key": "alpha", "speaker": "s1", "stance": ["assert"]},
                  {"id": "a2", "key": "beta", "speaker": "s1", "stance": ["assert"]},
                  {"id": "a3", "key": "gamma", "speaker": "s1", "stance": ["assert"], "optional": true},
                  {"id": "a4", "key": "delta", "speaker": "s1", "stance": ["deny"]},
                  {"id": "a6", "key": "epsilon", "speaker": "s1", "stance": ["assert"]}]}
                """);
        Files.writeString(gold.resolve("propositions.json"), """
                {"propositions": [
                  {"id": "p1", "members": ["x.txt:a1"]},
                  {"id": "p2", "members": ["x.txt:a2", "x.txt:a3"]},
                  {"id": "p3", "members": ["x.txt:a3", "x.txt:gone"]},
                  {"id": "p4", "members": ["x.txt:a4"]}],
                 "contradicts": [
                  {"p": "p1", "q": "p2", "strength": "direct"},
                  {"p": "p1", "q": "p3", "strength": "direct"},
                  {"p": "p2", "q": "p4", "strength": "partial"}]}
                """);
        List<GoldScorer.Pred> preds = List.of(pred("c1", "Alpha."), pred("c2", "Beta."), pred("c3", "Gamma."),
                pred("c4", "Delta."), pred("c5", "Epsilon and zeta."));
        List<GoldScorer.Pair> pairs = List.of(new GoldScorer.Pair("c1", "c3"), new GoldScorer.Pair("c2", "c4"),
                new GoldScorer.Pair("c1", "c4"));

        GoldScorer.Figures f = GoldScorer.load(gold).score(preds, pairs);

        assertEquals(1, f.propositionPairsDirect());
        assertEquals(1.0, f.propositionRecall());
        assertEquals(figures("""
                {"claims_gold": 4, "claims_found": 4, "false_alarms": 0, "detection_precision": 1.0,
                 "detection_recall": 1.0, "detection_f1": 1.0, "speaker_accuracy": 1.0, "stance_accuracy": 0.75,
                 "full_match_f1": 0.75, "contradictions_direct": 0, "contradictions_direct_found": 0,
                 "contradiction_recall": 0.0, "contradictions_proposed": 3, "contradiction_precision": 0.667,
                 "proposition_pairs_direct": 1, "proposition_recall": 1.0}
                """), f.toMap());

        Files.delete(gold.resolve("propositions.json"));
        GoldScorer.Figures without = GoldScorer.load(gold).score(preds, pairs);
        assertFalse(without.hasPropositions());
        assertFalse(without.toMap().containsKey("proposition_recall"), "score.py leaves the proposition figures out");
        assertEquals(0.0, without.contradictionPrecision());
    }

    private static GoldScorer.Pred pred(String id, String text) {
        return new GoldScorer.Pred(id, "x.txt", text, "Ann Lee", "A", "assert");
    }

    private static void assertAgrees(String predFile, String expectedFile, Path goldDir) throws Exception {
        JsonNode pred = read(predFile);
        GoldScorer.Figures f = GoldScorer.load(goldDir).score(preds(pred), pairs(pred));
        assertEquals(figures(read(expectedFile).toString()), f.toMap());
    }

    private static Map<String, Object> figures(String json) throws Exception {
        return JSON.readValue(json, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = GoldScorerTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }

    private static List<GoldScorer.Pred> preds(JsonNode pred) {
        Map<String, String> fileOf = new HashMap<>();
        pred.path("articles").forEach(a -> fileOf.put(a.path("id").asText(),
                Path.of(a.path("path").asText()).getFileName().toString()));
        List<GoldScorer.Pred> preds = new ArrayList<>();
        pred.path("claims").forEach(c -> preds.add(new GoldScorer.Pred(c.path("id").asText(),
                fileOf.getOrDefault(c.path("article").asText(), c.path("article").asText()), c.path("text").asText(),
                c.path("speaker").asText(), c.path("party").asText(), c.path("stance").asText())));
        return preds;
    }

    private static List<GoldScorer.Pair> pairs(JsonNode pred) {
        List<GoldScorer.Pair> pairs = new ArrayList<>();
        pred.path("contradictions").forEach(p -> pairs.add(new GoldScorer.Pair(p.path("a").asText(),
                p.path("b").asText())));
        return pairs;
    }
}
