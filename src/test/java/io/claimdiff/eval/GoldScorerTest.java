package io.claimdiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Java port gives the same figures as score.py. The fixture is a deliberately damaged prediction
 * (misses, wrong speakers and stances, false alarms, some contradictions); the expected figures are
 * score.py's own {@code --json} output for it.
 */
class GoldScorerTest {

    @Test
    void agreesWithScorePyOnADamagedPrediction() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode pred;
        JsonNode expected;
        try (InputStream a = getClass().getResourceAsStream("/eval/perturbed-pred.json");
             InputStream b = getClass().getResourceAsStream("/eval/perturbed-expected.json")) {
            pred = json.readTree(a);
            expected = json.readTree(b);
        }
        Map<String, String> fileOf = new HashMap<>();
        pred.path("articles").forEach(a -> fileOf.put(a.path("id").asText(),
                Path.of(a.path("path").asText()).getFileName().toString()));
        List<GoldScorer.Pred> preds = new ArrayList<>();
        pred.path("claims").forEach(c -> preds.add(new GoldScorer.Pred(c.path("id").asText(),
                fileOf.getOrDefault(c.path("article").asText(), c.path("article").asText()), c.path("text").asText(),
                c.path("speaker").asText(), c.path("party").asText(), c.path("stance").asText())));
        List<GoldScorer.Pair> pairs = new ArrayList<>();
        pred.path("contradictions").forEach(p -> pairs.add(new GoldScorer.Pair(p.path("a").asText(), p.path("b").asText())));

        GoldScorer.Figures f = GoldScorer.load(ExtractionGoldTest.goldDir()).score(preds, pairs);

        assertEquals(expected.path("claims_gold").asInt(), f.claimsGold());
        assertEquals(expected.path("claims_found").asInt(), f.claimsFound());
        assertEquals(expected.path("false_alarms").asInt(), f.falseAlarms());
        assertEquals(expected.path("detection_f1").asDouble(), f.detectionF1(), 0.0006);
        assertEquals(expected.path("speaker_accuracy").asDouble(), f.speakerAccuracy(), 0.0006);
        assertEquals(expected.path("stance_accuracy").asDouble(), f.stanceAccuracy(), 0.0006);
        assertEquals(expected.path("full_match_f1").asDouble(), f.fullMatchF1(), 0.0006);
        assertEquals(expected.path("contradictions_direct").asInt(), f.contradictionsDirect());
        assertEquals(expected.path("contradictions_direct_found").asInt(), f.contradictionsDirectFound());
        assertEquals(expected.path("contradictions_proposed").asInt(), f.contradictionsProposed());
        assertEquals(expected.path("contradiction_precision").asDouble(), f.contradictionPrecision(), 0.0006);
    }
}
