package io.claimdiff.ingest;

import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PDFs open with their text in reading order, running heads as furniture, and the claims of the same text. */
class PdfArticleTest {

    @TempDir
    Path dir;
    private final ArticleLoader loader = new ArticleLoader();

    @Test
    void twoColumnsInOrderHeadsAndPageNumbersAsFurnitureAndABrokenWordMended() throws Exception {
        List<List<String>> left = List.of(List.of("The ministry said on Monday that no agree-", "ment had been reached."),
                List.of("Talks will resume in May, it added."));
        List<List<String>> right = List.of(List.of("Opposition leader Ana Reyes said the talks", "had failed."));
        byte[] bytes = PdfFixtures.pdf(List.of(List.of(left, right), List.of(List.of(List.of("The bulletin ends here.")))),
                "Ministry bulletin", "Ministry bulletin on the talks", "Press Office", null);
        Article a = loader.read(Files.write(dir.resolve("bulletin.pdf"), bytes), "a1").article();
        String text = a.text();
        assertTrue(text.contains("no agreement had been reached."), text);
        assertTrue(text.indexOf("Talks will resume") < text.indexOf("Opposition leader"), "the left column first: " + text);
        assertTrue(text.indexOf("Opposition leader") < text.indexOf("The bulletin ends"), "then the next page");
        int head = text.lastIndexOf("Ministry bulletin");
        assertTrue(a.furniture().stream().anyMatch(f -> f.start() <= head && f.end() > head), "a running head is furniture");
        assertEquals("Ministry bulletin on the talks", a.title());
        assertEquals(List.of("Press Office"), a.meta().authors());
        assertEquals(LocalDate.of(2024, 11, 11), a.meta().published());
    }

    @Test
    void theClaimsOfASampleAsAPdfAreThoseOfItsText() throws Exception {
        Path txt = Path.of("sample-articles/001_df4687b789c341df.txt");
        List<List<String>> paragraphs = Arrays.stream(Files.readString(txt).split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty()).map(p -> PdfFixtures.wrap(p, 95)).toList();
        // one page of 50 lines at most each, as a word processor would break them
        List<List<List<List<String>>>> pages = new java.util.ArrayList<>();
        List<List<String>> page = new java.util.ArrayList<>();
        int lines = 0;
        for (List<String> p : paragraphs) {
            if (lines + p.size() > 50) {
                pages.add(List.of(page));
                page = new java.util.ArrayList<>();
                lines = 0;
            }
            page.add(p);
            lines += p.size() + 1;
        }
        pages.add(List.of(page));
        Path pdf = Files.write(dir.resolve("sample.pdf"), PdfFixtures.pdf(pages, null, null, null, null));
        AttributionExtractor extractor = new AttributionExtractor();
        List<String> fromText = Statements.of(extractor, loader.read(txt, "a1").article());
        List<String> fromPdf = Statements.of(extractor, loader.read(pdf, "a1").article());
        assertTrue(fromText.size() > 5, fromText.toString());
        assertEquals(fromText, fromPdf);
    }


    @Test
    void aPasswordAScanAndAForeignFileAreRefusedWithTheirNames() throws Exception {
        byte[] locked = PdfFixtures.pdf(List.of(List.of(List.of(List.of("The minister said it rained.")))), null, null,
                null, "secret");
        Path lockedFile = Files.write(dir.resolve("locked.pdf"), locked);
        ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> loader.read(lockedFile, "a1"));
        assertTrue(e.getMessage().startsWith(lockedFile.toString()) && e.getMessage().contains("password-protected"),
                e.getMessage());
        Path scan = Files.write(dir.resolve("scan.pdf"), PdfFixtures.scanned());
        e = assertThrows(ArticleLoadException.class, () -> loader.read(scan, "a1"));
        assertTrue(e.getMessage().contains("has no text layer (a scanned PDF?)"), e.getMessage());
        Path text = Files.writeString(dir.resolve("renamed.pdf"), "just text, renamed");
        e = assertThrows(ArticleLoadException.class, () -> loader.read(text, "a1"));
        assertTrue(e.getMessage().contains("is not a readable PDF"), e.getMessage());
    }
}
