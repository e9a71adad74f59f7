package io.claimdiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdiff.app.AppContext;
import io.claimdiff.project.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<GuiRequest> guiRequests = new ArrayList<>();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, AppContext.standard(), request -> {
            guiRequests.add(request);
            return 0;
        }, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void analyzeJsonFollowsTheContract() throws Exception {
        int code = run("analyze", "--json", "sample-articles/003_96697f14995cd737.txt",
                "sample-articles/004_80973514d3295959.txt");
        assertEquals(0, code, err.toString());
        JsonNode root = Json.mapper().readTree(out.toString());
        JsonNode articles = root.get("articles");
        assertEquals(2, articles.size());
        assertEquals("a1", articles.get(0).get("id").asText());
        assertTrue(articles.get(1).get("path").asText().endsWith("004_80973514d3295959.txt"));
        assertFalse(articles.get(1).get("title").asText().isBlank());
        String text4 = Files.readString(Path.of("sample-articles/004_80973514d3295959.txt"));
        assertTrue(root.get("claims").size() > 0);
        for (JsonNode claim : root.get("claims")) {
            for (String field : List.of("id", "article", "start", "end", "text", "speaker", "party", "stance", "cue")) {
                assertTrue(claim.has(field), "claim lacks " + field + ": " + claim);
            }
            assertTrue(List.of("assert", "deny", "confirm", "decline").contains(claim.get("stance").asText()));
            if (claim.get("article").asText().equals("a2")) {
                assertEquals(claim.get("text").asText(),
                        text4.substring(claim.get("start").asInt(), claim.get("end").asInt()));
            }
        }
        assertTrue(root.get("contradictions").isArray());
        assertTrue(guiRequests.isEmpty());
    }

    @Test
    void missingFileIsOneLineAndExitTwoButOthersStillPrint() throws Exception {
        int code = run("analyze", "--json", "no-such-article.txt", "sample-articles/004_80973514d3295959.txt");
        assertEquals(2, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("no-such-article.txt: no such file"), err.toString());
        assertEquals(1, Json.mapper().readTree(out.toString()).get("articles").size());
    }

    @Test
    void unknownOptionIsOneLineAndExitTwo() {
        int code = run("--frobnicate");
        assertEquals(2, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("--frobnicate"));
        assertTrue(guiRequests.isEmpty());
    }

    @Test
    void unsupportedFileTypeIsReported() throws Exception {
        Path sheet = Files.writeString(dir.resolve("figures.xlsx"), "PK");
        assertEquals(2, run("analyze", sheet.toString()));
        assertTrue(err.toString().contains("figures.xlsx: not a supported article type"), err.toString());
    }

    @Test
    void versionAndHelpComeFromPicocli() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("ClaimDiff "), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("analyze"), out.toString());
    }

    @Test
    void filesWithoutCommandOpenTheGui() {
        assertEquals(0, run("--samples", "sample-articles/000_d8922207816c192b.txt"));
        assertEquals(1, guiRequests.size());
        assertTrue(guiRequests.get(0).samples());
        assertEquals(List.of(Path.of("sample-articles/000_d8922207816c192b.txt")), guiRequests.get(0).files());
    }

    @Test
    void guiRefusesMissingFilesBeforeOpening() {
        assertEquals(2, run("missing.txt"));
        assertTrue(guiRequests.isEmpty());
        assertTrue(err.toString().contains("missing.txt: no such file"));
    }

    @Test
    void readableSummaryWithoutJson() {
        assertEquals(0, run("analyze", "sample-articles/004_80973514d3295959.txt"));
        assertTrue(out.toString().contains("004_80973514d3295959.txt"), out.toString());
        assertTrue(out.toString().contains("claims"), out.toString());
    }
}
