package io.claimdiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdiff.app.AppContext;
import io.claimdiff.project.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code claimdiff compare}: the comparison stage run on claims given as JSON. */
class CompareCommandTest {

    private static final String MACRON = "sample-articles/004_80973514d3295959.txt";

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, AppContext.standard(), request -> 0, new PrintWriter(out), new PrintWriter(err));
    }

    private ObjectNode analyzed() throws Exception {
        assertEquals(0, run("analyze", "--json", MACRON), err.toString());
        return (ObjectNode) Json.mapper().readTree(out.toString());
    }

    @Test
    void givesBackTheSameProposalsAsAnalyzeForItsOwnClaims() throws Exception {
        ObjectNode analyzed = analyzed();
        assertTrue(analyzed.get("contradictions").size() > 0, "the sample has a clash to find");
        ObjectNode input = analyzed.deepCopy();
        input.putArray("contradictions");
        input.putArray("supports");
        input.putArray("clusters");
        Path file = dir.resolve("claims.json");
        Files.writeString(file, Json.mapper().writeValueAsString(input));

        assertEquals(0, run("compare", file.toString()), err.toString());
        JsonNode compared = Json.mapper().readTree(out.toString());
        assertEquals(analyzed.get("contradictions"), compared.get("contradictions"));
        assertEquals(analyzed.get("clusters"), compared.get("clusters"));
        assertEquals(analyzed.get("claims"), compared.get("claims"));
    }

    @Test
    void usesTheClaimsAsEditedNotAsTheEngineWouldFindThem() throws Exception {
        ObjectNode input = analyzed();
        // an analyst's verdict: every statement is one party's assertion; nothing can clash
        for (JsonNode claim : input.get("claims")) {
            ((ObjectNode) claim).put("party", "Everyone").put("speaker", "Someone").put("stance", "assert");
        }
        Path file = dir.resolve("edited.json");
        Files.writeString(file, Json.mapper().writeValueAsString(input));

        assertEquals(0, run("compare", file.toString()), err.toString());
        JsonNode compared = Json.mapper().readTree(out.toString());
        assertEquals(0, compared.get("contradictions").size(), compared.get("contradictions").toString());
    }

    @Test
    void badClaimsAreNamedAndTheRestIsStillCompared() throws Exception {
        ObjectNode input = analyzed();
        int claims = input.get("claims").size();
        ArrayNode list = (ArrayNode) input.get("claims");
        ((ObjectNode) list.get(0)).put("end", 10_000_000);
        ((ObjectNode) list.get(1)).put("stance", "maybe");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, Json.mapper().writeValueAsString(input));

        assertEquals(2, run("compare", file.toString()));
        String id0 = list.get(0).get("id").asText();
        assertTrue(err.toString().contains("claim " + id0 + ": offsets"), err.toString());
        assertTrue(err.toString().contains("unknown stance \"maybe\""), err.toString());
        assertTrue(err.toString().contains("bad.json"), err.toString());
        JsonNode compared = Json.mapper().readTree(out.toString());
        assertEquals(claims - 2, compared.get("claims").size());
        Set<String> ids = new HashSet<>();
        compared.get("claims").forEach(c -> ids.add(c.get("id").asText()));
        assertFalse(ids.contains(id0));
    }

    @Test
    void notJsonAndMissingArticleFilesAreOneLineEach() throws Exception {
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{ this is not json");
        assertEquals(2, run("compare", garbage.toString()));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("garbage.json: not valid JSON"), err.toString());

        ObjectNode input = analyzed();
        ((ObjectNode) input.get("articles").get(0)).put("path", dir.resolve("gone.txt").toString());
        Path file = dir.resolve("moved.json");
        Files.writeString(file, Json.mapper().writeValueAsString(input));
        assertEquals(2, run("compare", file.toString()));
        assertTrue(err.toString().contains("gone.txt"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), "one line for the article, none per claim: " + err);
        assertEquals(0, Json.mapper().readTree(out.toString()).get("claims").size());
    }
}
