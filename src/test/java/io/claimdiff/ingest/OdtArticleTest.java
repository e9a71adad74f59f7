package io.claimdiff.ingest;

import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OpenDocument texts open like Word documents: paragraphs in order, notes as furniture, the same claims. */
class OdtArticleTest {

    @TempDir
    Path dir;
    private final ArticleLoader loader = new ArticleLoader();

    static byte[] odt(String heading, List<String> paragraphs, String note) throws Exception {
        StringBuilder body = new StringBuilder("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:"
                + "xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
                + "<office:text>");
        if (heading != null) {
            body.append("<text:h text:outline-level=\"1\">").append(heading).append("</text:h>");
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            body.append("<text:p>").append(paragraphs.get(i).replace("&", "&amp;").replace("<", "&lt;"));
            if (i == 0 && note != null) {
                body.append("<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                        + "<text:note-body><text:p>").append(note).append("</text:p></text:note-body></text:note>");
            }
            body.append("</text:p>");
        }
        body.append("</office:text></office:body></office:document-content>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(body.toString().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("meta.xml"));
            zip.write(("<office:document-meta xmlns:office=\"o\" xmlns:meta=\"m\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    + "<office:meta><dc:creator>Press Office</dc:creator><meta:creation-date>2024-11-12T10:00:00"
                    + "</meta:creation-date></office:meta></office:document-meta>").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void headingsParagraphsAndANoteAsFurniture() throws Exception {
        Path file = Files.write(dir.resolve("statement.odt"), odt("Ministry statement",
                List.of("The ministry said no agreement had been reached.", "Talks will resume in May."),
                "Figures from the ministry's own count."));
        Article a = loader.read(file, "a1").article();
        assertEquals("Ministry statement", a.title());
        assertTrue(a.text().indexOf("no agreement") < a.text().indexOf("Talks will resume"), a.text());
        int note = a.text().indexOf("Figures from");
        assertTrue(note > a.text().indexOf("Talks will resume"), "the note goes after the body: " + a.text());
        assertTrue(a.furniture().stream().anyMatch(f -> f.start() <= note && f.end() > note));
        assertEquals(List.of("Press Office"), a.meta().authors());
        assertEquals(LocalDate.of(2024, 11, 12), a.meta().published());
    }

    @Test
    void aSampleAsOpenDocumentGivesTheClaimsOfItsText() throws Exception {
        Path txt = Path.of("sample-articles/003_96697f14995cd737.txt");
        List<String> lines = Arrays.stream(Files.readString(txt).split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        Path odt = Files.write(dir.resolve("sample.odt"), odt(null, lines, null));
        AttributionExtractor extractor = new AttributionExtractor();
        assertEquals(Statements.of(extractor, loader.read(txt, "a1").article()),
                Statements.of(extractor, loader.read(odt, "a1").article()));
    }

    @Test
    void aRenamedFileIsRefusedWithItsName() throws Exception {
        Path text = Files.writeString(dir.resolve("renamed.odt"), "just text");
        ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> loader.read(text, "a1"));
        assertTrue(e.getMessage().contains("renamed.odt") && e.getMessage().contains("is not an OpenDocument text"),
                e.getMessage());
    }
}
