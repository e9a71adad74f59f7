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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code claimdiff bench} on a tiny corpus: the rows are there. No timing is asserted. */
class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, AppContext.standard(), request -> 0, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void printsEveryTableOnATinyCorpus() {
        int code = run("bench", "--no-warmup", "--runs", "1", "--mb", "0.01,0.02", "--articles", "2,7",
                "--heap-articles", "3", "--article-kb", "8", "--map-articles", "3", "--qdpx-articles", "3");
        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.contains("Extraction (one thread)"), text);
        assertTrue(text.contains("time ratio"), text);
        assertTrue(text.contains("Extract + compare (one thread)"), text);
        assertTrue(text.lines().anyMatch(l -> l.trim().startsWith("7 ")), text);
        assertTrue(text.contains("articles 3, claims"), text);
        assertTrue(text.contains("REFI-QDA exchange") && text.contains("3 articles, "), text);
        assertTrue(text.contains("One long article"), text);
    }

    @Test
    void jsonHasOneEntryPerPart() throws Exception {
        int code = run("bench", "--json", "--no-warmup", "--runs", "1", "--only", "extract,compare",
                "--mb", "0.01", "--articles", "3");
        assertEquals(0, code, err.toString());
        JsonNode root = Json.mapper().readTree(out.toString());
        assertEquals(1, root.get("extraction").size());
        assertEquals(3, root.get("comparison").get(0).get("articles").asInt());
        assertTrue(root.get("comparison").get(0).get("claims").asInt() > 0);
    }

    @Test
    void writesALongArticleOfVariedCopies() throws Exception {
        Path file = dir.resolve("long.txt");
        assertEquals(0, run("bench", "--write-article", file.toString(), "--article-kb", "64"), err.toString());
        String text = Files.readString(file);
        assertTrue(text.length() >= 64 * 1024);
        // later copies have their own names, so the text is not one sample repeated
        String firstCopy = text.substring(0, 1500);
        assertTrue(text.indexOf(firstCopy, 1) < 0);
    }

    @Test
    void anUnknownPartIsAUsageError() {
        assertEquals(ExitCodes.BAD_INPUT, run("bench", "--only", "everything"));
    }
}
