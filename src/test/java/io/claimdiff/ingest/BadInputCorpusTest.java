package io.claimdiff.ingest;

import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Every file of the bad-input corpus is refused with a message naming it, or opened and analysed. */
class BadInputCorpusTest {

    @TempDir
    static Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    @BeforeAll
    static void corpus() {
        BadInputs.materialise(dir);
    }

    static List<BadInputs.Case> cases() {
        return BadInputs.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputIsRefusedClearlyOrOpened(BadInputs.Case c) throws Exception {
        Path file = dir.resolve(c.file());
        long start = System.nanoTime();
        if (c.refused()) {
            ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> loader.read(file, "a1"));
            assertEquals(file + ": " + c.expect(), e.getMessage().length() > (file + ": " + c.expect()).length()
                    ? e.getMessage().substring(0, (file + ": " + c.expect()).length()) : e.getMessage());
            assertEquals(file.toString(), e.file());
        } else {
            LoadedArticle loaded = loader.read(file, "a1");
            Article article = loaded.article();
            assertFalse(article.text().isBlank());
            assertFalse(article.text().contains("\r"), "line endings are normalised");
            assertFalse(article.text().contains("\uFEFF"), "no BOM in the text");
            if (c.expect() == null) {
                assertEquals(List.of(), loaded.notes());
            } else {
                assertEquals(1, loaded.notes().size(), loaded.notes().toString());
                assertTrue(loaded.notes().get(0).startsWith(file + ": " + c.expect()), loaded.notes().get(0));
            }
            new AttributionExtractor().extract(article); // must not throw, must finish
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 15_000, c.file() + " took " + millis + " ms");
    }

    @Test
    void textsDecodeToTheSameWords() throws Exception {
        for (String f : List.of("utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "utf16le-nobom.txt",
                "utf16be-nobom.txt", "cr-only.txt")) {
            String text = loader.load(dir.resolve(f), "a1").text();
            assertTrue(text.startsWith("Talks stall over grain deal\n\nThe minister said"), f + ": " + text);
            assertTrue(text.contains("“We will not sign,” said Anna Berg"), f + ": " + text);
        }
        String cp1252 = loader.load(dir.resolve("windows-1252.txt"), "a1").text();
        assertTrue(cp1252.contains("“We will not sign,” said Anna Berg, the trade envoy – in Brüssel."), cp1252);
        assertTrue(cp1252.contains("‘It’s a pure invention,’"), cp1252);
        String invalid = loader.load(dir.resolve("invalid-utf8.txt"), "a1").text();
        assertTrue(invalid.contains("“We will not sign,”"), invalid);
        assertTrue(invalid.contains("\uFFFD"), invalid);
        String mixed = loader.load(dir.resolve("mixed-endings.txt"), "a1").text();
        assertEquals("Talks stall over grain deal\n\nThe minister said the talks had failed.\nAnna Berg said:"
                + " \"We will not sign.\"\nThe Kremlin denied that any deal had been struck.\n\n\n", mixed);
    }

    @Test
    void hostileHtmlKeepsOnlyTheArticleText() throws Exception {
        String text = loader.load(dir.resolve("hostile.html"), "a1").text();
        assertTrue(text.contains("The minister said the talks had failed."), text);
        for (String never : List.of("fetch(", "alert('", "evil.example", "document.cookie", "onerror")) {
            assertFalse(text.contains(never), never + " in " + text);
        }
        // escaped markup in the page is text, shown literally
        assertTrue(text.contains("<script>alert(\"escaped\")</script> was posted"), text);
    }

    @Test
    void dataUriAndDeepNestingDoNotReachTheText() throws Exception {
        String text = loader.load(dir.resolve("data-uri-5mb.html"), "a1").text();
        assertFalse(text.contains("xxxx"), "the data URI is not text");
        assertTrue(text.length() < 1000);
        String deep = loader.load(dir.resolve("nested-10000.html"), "a1").text();
        assertTrue(deep.contains("The minister said the talks had failed."), deep);
    }

    @Test
    void aPathWhoseReadFailsIsReportedByName() throws Exception {
        // a "file" that exists but cannot be read as bytes: a folder named like an article
        Path folder = Files.createDirectories(dir.resolve("looks-like.md"));
        ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> loader.read(folder, "a1"));
        assertEquals(folder + ": is a folder, not an article", e.getMessage());
    }

    @Test
    void unreadableFileIsReportedByName() throws Exception {
        // tests run as root in CI containers, where chmod 000 does not stop reading: the folder
        // case above stands in for it there
        assumeFalse("root".equals(System.getProperty("user.name")), "root can read mode-000 files");
        Path file = Files.writeString(dir.resolve("secret.txt"), "The minister said nothing.");
        assumeFalse(!file.toFile().setReadable(false, false) || Files.isReadable(file), "cannot make unreadable");
        ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> loader.read(file, "a1"));
        assertTrue(e.getMessage().startsWith(file + ": permission denied"), e.getMessage());
    }

    @Test
    void theFiftyMegabyteFileIsRefusedWithoutReadingIt() {
        long start = System.nanoTime();
        assertThrows(ArticleLoadException.class, () -> loader.read(dir.resolve("huge-50mb.txt"), "a1"));
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
    }
}
