package io.claimdiff.ingest;

import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
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

/** Word documents open with their text in order, footnotes as furniture, and the claims of the same text. */
class DocxArticleTest {

    @TempDir
    Path dir;
    private final ArticleLoader loader = new ArticleLoader();

    @Test
    void paragraphsInOrderFootnotesAsFurnitureAndTheProperties() throws Exception {
        Path file = Files.write(dir.resolve("release.docx"), DocxFixtures.docx("Ministry statement on the talks",
                List.of("The ministry said on Monday that no agreement had been reached.", "Talks will resume in May."),
                List.of("1 Figures from the ministry's own count."), "Press Office", "2024-11-11T09:00:00Z"));
        Article a = loader.read(file, "a1").article();
        assertEquals("Ministry statement on the talks", a.title());
        assertTrue(a.text().indexOf("no agreement had been reached") < a.text().indexOf("Talks will resume"));
        assertTrue(a.text().contains("Cell text"), "table cells are paragraphs too");
        int note = a.text().indexOf("Figures from");
        assertTrue(a.furniture().stream().anyMatch(f -> f.start() <= note && f.end() > note), "a footnote is furniture");
        assertEquals(List.of("Press Office"), a.meta().authors());
        assertEquals(LocalDate.of(2024, 11, 11), a.meta().published());
    }

    @Test
    void theClaimsOfASampleAsAWordDocumentAreThoseOfItsText() throws Exception {
        Path txt = Path.of("sample-articles/004_80973514d3295959.txt");
        List<String> lines = Arrays.stream(Files.readString(txt).split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        Path docx = Files.write(dir.resolve("sample.docx"), DocxFixtures.docx(null, lines, List.of(), "", ""));
        AttributionExtractor extractor = new AttributionExtractor();
        List<String> fromText = Statements.of(extractor, loader.read(txt, "a1").article());
        List<String> fromDocx = Statements.of(extractor, loader.read(docx, "a1").article()).stream()
                .filter(s -> !s.contains("Cell text")).toList();
        assertTrue(fromText.size() > 10, fromText.toString());
        assertEquals(fromText, fromDocx);
    }


    @Test
    void aTruncatedOrForeignFileIsRefusedWithItsName() throws Exception {
        byte[] whole = DocxFixtures.docx("T", List.of("The minister said it rained."), List.of(), "", "");
        Path truncated = Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(whole, whole.length / 2));
        ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> loader.read(truncated, "a1"));
        assertTrue(e.getMessage().contains("truncated.docx") && e.getMessage().contains("Word document"), e.getMessage());
        Path text = Files.writeString(dir.resolve("renamed.docx"), "just text, renamed");
        e = assertThrows(ArticleLoadException.class, () -> loader.read(text, "a1"));
        assertTrue(e.getMessage().contains("is not a Word document"), e.getMessage());
    }
}
