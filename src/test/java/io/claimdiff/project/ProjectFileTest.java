package io.claimdiff.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdiff.project.file.Migrations;
import io.claimdiff.project.file.ProjectFileException;
import io.claimdiff.project.file.ProjectFileFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectFileTest {

    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    @Test
    void saveOpenSaveGivesTheSameBytes() throws Exception {
        Project project = Fixtures.realistic();
        Path first = dir.resolve("first.claimdiff");
        Path second = dir.resolve("second.claimdiff");
        store.save(project, first);
        Project reopened = store.open(first);
        store.save(reopened, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertEquals(project.snapshot(), reopened.snapshot());
    }

    @Test
    void theCommittedExampleProjectStillReadsAndWritesByteForByte() throws Exception {
        // a golden file: a format change that forgets a migration breaks this test
        Path example = Path.of("docs/examples/ukraine-talks.claimdiff");
        assertArrayEquals(Files.readAllBytes(example), store.bytes(store.read(example)));
        assertEquals(Fixtures.realistic().snapshot(), store.read(example));
    }

    @Test
    void theFileIsStableJsonForGit() throws Exception {
        Path file = dir.resolve("p.claimdiff");
        store.save(Fixtures.realistic(), file);
        String json = Files.readString(file);
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : 2,\n  \"memo\" : \"\",\n  \"articles\" : ["),
                json.substring(0, 80));
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        assertTrue(json.contains("\"sha256\" : \"" + ArticleSource.sha256(Fixtures.articles().get(0).text()) + "\""));
        assertTrue(json.contains("\"importedAt\" : \"2026-11-20T09:30:00Z\""));
        assertTrue(json.contains("\"provenance\" : \"analyst\""));
        assertTrue(json.contains("\"status\" : \"accepted\""));
        // keys inside a claim are alphabetical
        int article = json.indexOf("\"article\" : \"a1\"");
        assertTrue(article < json.indexOf("\"confidence\"", article) && json.indexOf("\"confidence\"", article)
                < json.indexOf("\"content\"", article));
        // the same state from a fresh build of the project gives the same bytes
        assertArrayEquals(store.bytes(Fixtures.realistic().snapshot()), Files.readAllBytes(file));
    }

    @Test
    void savingKeepsThePreviousVersionAsBackup() throws Exception {
        Path file = dir.resolve("p.claimdiff");
        Project project = Fixtures.realistic();
        store.save(project, file);
        byte[] before = Files.readAllBytes(file);
        new ProjectEdits(project, new CommandStack()).setNote("a1-c2", "second save");
        store.save(project, file);
        assertArrayEquals(before, Files.readAllBytes(ProjectStore.backupOf(file)));
        assertEquals("second save", store.open(file).claim("a1-c2").orElseThrow().note());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files are left");
        }
    }

    @Test
    void aTruncatedFileIsRefusedAndLeftAlone() throws Exception {
        Path file = saved();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        ProjectFileException e = refused(file);
        assertTrue(e.getMessage().startsWith(file.toString() + ": is truncated"), e.getMessage());
    }

    @Test
    void aCorruptedFileIsRefusedAndLeftAlone() throws Exception {
        Path file = saved();
        String json = Files.readString(file);
        Files.writeString(file, json.replaceFirst("\"schemaVersion\" : 2,", "\"schemaVersion\" : 2,,"));
        assertTrue(refused(file).getMessage().contains("is corrupt (not valid JSON at line 2"),
                refused(file).getMessage());
    }

    @Test
    void anEditedArticleTextIsCaughtByItsChecksum() throws Exception {
        Path file = saved();
        Files.writeString(file, Files.readString(file).replaceFirst("Macron says Putin", "Macron says Pution"));
        assertTrue(refused(file).getMessage().contains("text of article a1 does not match its SHA-256"));
    }

    @Test
    void brokenReferencesAreNamed() throws Exception {
        Path file = saved();
        Files.writeString(file, Files.readString(file).replace("\"a\" : \"a1-c1\"", "\"a\" : \"a9-c9\""));
        assertTrue(refused(file).getMessage().contains("points at a claim that is not in the file"));
    }

    @Test
    void aNewerVersionIsRefusedWithAClearMessage() throws Exception {
        Path file = saved();
        Files.writeString(file, Files.readString(file).replaceFirst("\"schemaVersion\" : 2", "\"schemaVersion\" : 7"));
        assertEquals(file + ": was saved by a newer ClaimDiff (project format 7; this version reads up to 2)."
                + " Update ClaimDiff to open it.", refused(file).getMessage());
    }

    @Test
    void otherFilesAreNotProjects() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.claimdiff"));
        assertTrue(refused(empty).getMessage().endsWith("is empty, not a ClaimDiff project"));
        Path array = Files.writeString(dir.resolve("array.claimdiff"), "[1, 2]");
        assertTrue(refused(array).getMessage().endsWith("is not a ClaimDiff project (no schemaVersion)"));
        ProjectFileException missing = assertThrows(ProjectFileException.class,
                () -> store.open(dir.resolve("nope.claimdiff")));
        assertEquals(dir.resolve("nope.claimdiff") + ": no such file", missing.getMessage());
    }

    @Test
    void anOlderVersionIsMigrated() throws Exception {
        Path file = saved();
        // pretend version 3 renamed "colour" to "color"; a version-2 file must come through the hook
        Migrations toThree = new Migrations(3, Map.of(2, tree -> {
            tree.withArray("/parties").forEach(p -> ((ObjectNode) p).set("color", ((ObjectNode) p).remove("colour")));
            tree.withArray("/parties").forEach(p -> ((ObjectNode) p).set("colour", ((ObjectNode) p).remove("color")));
            return tree;
        }));
        ProjectFileFormat v3 = new ProjectFileFormat(toThree);
        var state = v3.read(Files.readAllBytes(file), file.toString());
        assertEquals(Fixtures.realistic().snapshot(), state);
        assertTrue(new String(v3.write(state), StandardCharsets.UTF_8).contains("\"schemaVersion\" : 3"));
        ProjectFileException old = assertThrows(ProjectFileException.class,
                () -> new ProjectFileFormat().read("{\"schemaVersion\": 0}".getBytes(StandardCharsets.UTF_8), "x"));
        assertEquals("x: has project format 0, which ClaimDiff does not know", old.getMessage());
    }

    @Test
    void aVersionOneFileOpensWithNoMemoAndNoTagColoursAndSavesAsVersionTwo() throws Exception {
        // the committed example as ClaimDiff wrote it before the memo and tag colours
        Path v1 = Path.of("src/test/resources/io/claimdiff/project/ukraine-talks-v1.claimdiff");
        assertTrue(Files.readString(v1).startsWith("{\n  \"schemaVersion\" : 1,\n  \"articles\""));
        ProjectState state = store.read(v1);
        assertEquals(Fixtures.realistic().snapshot(), state);
        assertEquals("", state.memo());
        assertEquals(Map.of(), state.tagColours());
        assertArrayEquals(Files.readAllBytes(Path.of("docs/examples/ukraine-talks.claimdiff")), store.bytes(state));
    }

    @Test
    void theMemoAndTagColoursAreSavedAndReadBack() throws Exception {
        Project project = Fixtures.realistic();
        ProjectEdits edits = new ProjectEdits(project, new CommandStack());
        edits.setProjectMemo("Two outlets, one denial.\n\nCheck the TASS wording.");
        edits.recolourTag("TASS", "#d62728");
        edits.recolourTag("assurance", "#1f77b4");
        Path file = dir.resolve("memo.claimdiff");
        store.save(project, file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"memo\" : \"Two outlets, one denial.\\n\\nCheck the TASS wording.\","), json);
        assertTrue(json.indexOf("\"name\" : \"assurance\"") < json.indexOf("\"name\" : \"TASS\""),
                "tags sorted by name, ignoring case");
        Project reopened = store.open(file);
        assertEquals(project.snapshot(), reopened.snapshot());
        assertEquals(Map.of("TASS", "#d62728", "assurance", "#1f77b4"), reopened.tagColours());
        assertEquals("#d62728", reopened.tagColour("tass").orElseThrow());
        assertArrayEquals(Files.readAllBytes(file), store.bytes(reopened.snapshot()));
    }

    @Test
    void aTagColouredTwiceIsRefused() throws Exception {
        Project project = Fixtures.realistic();
        new ProjectEdits(project, new CommandStack()).recolourTag("TASS", "#d62728");
        Path file = dir.resolve("p.claimdiff");
        store.save(project, file);
        ObjectNode root = (ObjectNode) Json.stableMapper().readTree(file.toFile());
        root.withArray("/tags").addObject().put("name", "tass").put("colour", "#000000");
        Files.write(file, Json.stableWriter().writeValueAsBytes(root));
        assertTrue(refused(file).getMessage().endsWith("tag tass appears twice"), refused(file).getMessage());
    }

    @Test
    void aFailingWriteLeavesNoHalfWrittenFile() throws Exception {
        Path file = saved();
        byte[] before = Files.readAllBytes(file);
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("{\"half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    private Path saved() throws IOException {
        Path file = dir.resolve("p.claimdiff");
        store.save(Fixtures.realistic(), file);
        return file;
    }

    private ProjectFileException refused(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> store.open(file));
        assertArrayEquals(before, Files.readAllBytes(file), "opening must not modify the file");
        assertFalse(Files.exists(ProjectStore.backupOf(file)));
        return e;
    }
}
