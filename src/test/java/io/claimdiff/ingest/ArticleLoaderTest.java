package io.claimdiff.ingest;

import io.claimdiff.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleLoaderTest {

    private final ArticleLoader loader = new ArticleLoader();

    @TempDir
    Path dir;

    @Test
    void loadsSampleWithTitleAndExactText() throws Exception {
        Path sample = Path.of("sample-articles/004_80973514d3295959.txt");
        Article article = loader.load(sample, "a1");
        assertEquals("a1", article.id());
        assertEquals("Macron says Putin agreed not to escalate crisis in Ukraine; Russia denies promise",
                article.title());
        assertEquals(Files.readString(sample), article.text());
        assertEquals("004_80973514d3295959.txt", article.fileName());
    }

    @Test
    void markdownTitleLosesHeadingMarks() throws Exception {
        Path md = Files.writeString(dir.resolve("story.md"), "\n\n## Minister quits\n\nShe said so.\n");
        assertEquals("Minister quits", loader.load(md, "a1").title());
    }

    @Test
    void windowsLineEndingsAndBomAreNormalised() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Title\r\nLine one.\r\nLine two.\rEnd".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Path file = dir.resolve("crlf.txt");
        Files.write(file, all);
        Article article = loader.load(file, "a1");
        assertEquals("Title\nLine one.\nLine two.\nEnd", article.text());
        assertEquals("Title", article.title());
    }

    @Test
    void unsupportedTypeNamesFileAndProblem() throws Exception {
        Path sheet = Files.writeString(dir.resolve("figures.xlsx"), "PK");
        ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> loader.load(sheet, "a1"));
        assertTrue(e.getMessage().contains("figures.xlsx"), e.getMessage());
        assertTrue(e.getMessage().contains("not a supported article type"), e.getMessage());
    }

    @Test
    void missingFileNamesFile() {
        Path missing = dir.resolve("gone.txt");
        ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> loader.load(missing, "a1"));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void invalidUtf8IsDecodedWithANote() throws Exception {
        // ADR 0004: bytes that are not UTF-8 are decoded with a guessed charset, and the analyst is told
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'O', 'K', (byte) 0xC3, (byte) 0x28});
        io.claimdiff.ingest.LoadedArticle loaded = loader.read(bad, "a1");
        assertEquals(1, loaded.notes().size());
        assertTrue(loaded.notes().get(0).startsWith(bad + ": decoded as"), loaded.notes().get(0));
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        // ADR 0004: an empty file is refused with a message rather than opened as an empty pane
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> loader.load(empty, "a1"));
        assertEquals(empty + ": is empty (0 bytes)", e.getMessage());
    }

    @Test
    void furnitureWordCountsAgreeWithSplittingOnWhiteSpace() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "ab \t\u00a0\u2003x\n";
        for (int n = 0; n < 5000; n++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String stripped = line.toString().strip();
            for (int limit : new int[] {7, 16}) {
                assertEquals(stripped.split("\\s+", limit).length, FurnitureDetector.words(stripped, limit),
                        "'" + stripped + "' limit " + limit);
            }
        }
    }
}
