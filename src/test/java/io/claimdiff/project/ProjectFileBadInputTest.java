package io.claimdiff.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdiff.project.file.ProjectFileException;
import io.claimdiff.project.file.ProjectFileLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged, hostile and huge project files: refused in one line naming the file, never modified. */
class ProjectFileBadInputTest {

    private static final Path EXAMPLE = Path.of("docs/examples/ukraine-talks.claimdiff");

    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    private ProjectFileException refused(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> store.open(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertFalse(e.getMessage().contains("io.claimdiff") || e.getMessage().contains("java."), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "opening never writes");
        return e;
    }

    private ObjectNode example() throws Exception {
        return (ObjectNode) Json.mapper().readTree(EXAMPLE.toFile());
    }

    private Path write(String name, Object json) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, json instanceof String s ? s : Json.mapper().writeValueAsString(json));
        return file;
    }

    @Test
    void truncatedAnywhereIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(EXAMPLE);
        for (int cut : new int[] {1, 17, bytes.length / 3, bytes.length / 2, bytes.length - 3}) {
            Path file = dir.resolve("cut" + cut + ".claimdiff");
            Files.write(file, java.util.Arrays.copyOf(bytes, cut));
            String m = refused(file).getMessage();
            assertTrue(m.contains("truncated") || m.contains("corrupt"), m);
        }
    }

    @Test
    void wrongTypesAreNamedByWhereTheyAre() throws Exception {
        ObjectNode root = example();
        ((ObjectNode) root.get("claims").get(0)).put("confidence", "very high");
        assertEquals(dir.resolve("t1.claimdiff") + ": is damaged: a value has the wrong type at claims[0].confidence"
                + " (expected a number)", refused(write("t1.claimdiff", root)).getMessage());

        root = example();
        root.put("claims", "none");
        assertTrue(refused(write("t2.claimdiff", root)).getMessage().contains("wrong type at claims"));

        root = example();
        root.put("schemaVersion", "one");
        assertTrue(refused(write("t3.claimdiff", root)).getMessage().contains("schemaVersion that is not a whole number"));

        root = example();
        ((ObjectNode) root.get("claims").get(0)).putNull("content");
        refused(write("t4.claimdiff", root));

        root = example();
        ((ObjectNode) root.get("claims").get(0)).remove("article");
        refused(write("t5.claimdiff", root));

        refused(write("t6.claimdiff", "[1, 2, 3]"));
        refused(write("t7.claimdiff", "\"schemaVersion\""));
    }

    @Test
    void contentQuotedInAMessageCannotBreakTheLineOrTheTerminal() throws Exception {
        // found by ProjectReaderFuzzTest: a field name with a line break made a two-line message
        ObjectNode root = example();
        root.put("evil\n\u001b[31mclaimdiff: all good", 1);
        String m = refused(write("evil.claimdiff", root)).getMessage();
        assertEquals(dir.resolve("evil.claimdiff") + ": has an unknown field \"evil\\u000a\\u001b[31mclaimdiff: all good\"", m);
    }

    @Test
    void aNewerSchemaVersionIsRefused() throws Exception {
        ObjectNode root = example();
        root.put("schemaVersion", 99);
        assertTrue(refused(write("new.claimdiff", root)).getMessage()
                .contains("was saved by a newer ClaimDiff (project format 99; this version reads up to 2)"));
    }

    @Test
    void polymorphicTypeHintsAreRejected() throws Exception {
        ObjectNode root = example();
        root.put("@class", "java.net.URL");
        ObjectNode claim = (ObjectNode) root.get("claims").get(0);
        claim.putArray("tags").addArray().add("java.lang.ProcessBuilder").addObject().put("command", "touch pwned");
        String m = refused(write("poly.claimdiff", root)).getMessage();
        assertTrue(m.contains("unknown field \"@class\"") || m.contains("wrong type at claims[0].tags"), m);
        root = example();
        ((ObjectNode) root.get("links").get(0)).put("@type", "org.springframework.context.support.FileSystemXmlApplicationContext");
        assertTrue(refused(write("poly2.claimdiff", root)).getMessage().contains("unknown field \"@type\""));
    }

    @Test
    void theMappersHaveNoDefaultTyping() {
        for (ObjectMapper m : new ObjectMapper[] {Json.mapper(), Json.stableMapper(), Json.csvMapper()}) {
            assertNull(m.getSerializationConfig().getDefaultTyper(null), "no default typing on serialisation");
            assertNull(m.getDeserializationConfig().getDefaultTyper(null), "no default typing on deserialisation");
        }
        // and no DTO of the file format asks for type information
        for (Class<?> dto : new Class<?>[] {io.claimdiff.project.file.ProjectFile.class,
                io.claimdiff.project.file.ArticleRecord.class, io.claimdiff.project.file.ClaimRecord.class,
                io.claimdiff.project.file.LinkRecord.class, io.claimdiff.project.file.PartyRecord.class}) {
            assertNull(dto.getAnnotation(com.fasterxml.jackson.annotation.JsonTypeInfo.class), dto.getName());
            for (var c : dto.getRecordComponents()) {
                assertNull(c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonTypeInfo.class), c.getName());
                assertFalse(c.getType() == Object.class, "no untyped field: " + c.getName());
            }
        }
    }

    @Test
    void aMillionClaimsAreRefusedBySizeWithoutReadingTheFile() throws Exception {
        // realistic claims: about 150 MB, over the 100 MB limit; refused from the file size alone
        Path file = dir.resolve("million.claimdiff");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"schemaVersion\":1,\"articles\":[],\"parties\":[],\"links\":[],\"claims\":[");
            for (int i = 0; i < 1_000_000; i++) {
                w.write(i == 0 ? "" : ",");
                w.write("{\"id\":\"a1-c" + i + "\",\"article\":\"a1\",\"content\":[0,10],\"cue\":[11,15],"
                        + "\"speakerSpan\":null,\"speaker\":\"Anna Berg\",\"party\":\"Berg\",\"stance\":\"assert\","
                        + "\"rule\":\"quote\",\"confidence\":0.9,\"provenance\":\"engine\",\"tags\":[],\"note\":\"\"}");
            }
            w.write("]}\n");
        }
        long start = System.nanoTime();
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> store.open(file));
        assertTrue(e.getMessage().startsWith(file + ": is too large to open ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("; ClaimDiff opens projects up to 100.0 MB)"), e.getMessage());
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
    }

    @Test
    void aMillionCompactClaimsAreRefusedByCount() throws Exception {
        // small enough by size (5 MB), but over the claim limit: counted by streaming, never built
        Path file = dir.resolve("compact.claimdiff");
        StringBuilder json = new StringBuilder("{\"schemaVersion\":1,\"articles\":[],\"claims\":[");
        json.append("{},".repeat(999_999)).append("{}]}");
        Files.writeString(file, json);
        ProjectFileException e = refused(file);
        assertEquals(file + ": has more claims than ClaimDiff opens (over 200,000); split the project", e.getMessage());
    }

    @Test
    void claimsUpToTheLimitAreCountedNotRefused() {
        assertNull(ProjectFileLimits.sizeProblem(ProjectFileLimits.MAX_FILE_BYTES));
        assertTrue(ProjectFileLimits.sizeProblem(ProjectFileLimits.MAX_FILE_BYTES + 1) != null);
    }

    @Test
    void deeplyNestedJsonIsRefused() throws Exception {
        Path file = write("deep.claimdiff", "{\"schemaVersion\":1,\"articles\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}");
        refused(file);
    }

    @Test
    void aFolderOrMissingFileIsNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.claimdiff"));
        assertTrue(assertThrows(ProjectFileException.class, () -> store.open(folder)).getMessage()
                .startsWith(folder + ": "));
        Path gone = dir.resolve("gone.claimdiff");
        assertEquals(gone + ": no such file", assertThrows(ProjectFileException.class, () -> store.open(gone)).getMessage());
    }

}
