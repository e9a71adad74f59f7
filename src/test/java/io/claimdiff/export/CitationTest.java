package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.project.Fixtures;
import io.claimdiff.project.Project;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every source line of the HTML report cites its article the same way: label, title, file name. */
class CitationTest {

    private final Report report = new Report("Talks", ExportFormatsTest.AT, Fixtures.realistic().snapshot());

    @Test
    void theSourcesListNamesEachArticlesTitleFileAndPath() {
        Document doc = Jsoup.parse(new HtmlExporter("test").render(report));
        List<Element> rows = doc.select("footer tr");
        assertEquals(report.articles().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Article article = report.articles().get(i);
            Element row = rows.get(i);
            assertEquals("A" + (i + 1), row.selectFirst(".label").text());
            assertEquals(article.title(), row.selectFirst("cite").text());
            assertEquals(article.fileName(), row.selectFirst(".file").text());
            assertTrue(row.text().contains(article.path()), row.text());
            assertTrue(row.text().contains("imported 20 November 2026, 09:30 UTC"), row.text());
        }
    }

    @Test
    void eachStatementCitesItsArticleAsTheSourcesListDoes() {
        Document doc = Jsoup.parse(new HtmlExporter("test").render(report));
        List<Element> lines = doc.select(".statement .meta");
        assertFalse(lines.isEmpty());
        for (Element line : lines) {
            String label = line.selectFirst(".label").text();
            Element source = doc.select("footer tr").stream().filter(r -> r.selectFirst(".label").text().equals(label))
                    .findFirst().orElseThrow();
            assertEquals(source.selectFirst("cite").text(), line.selectFirst("cite").text(), label);
            assertEquals(source.selectFirst(".file").text(), line.selectFirst(".file").text(), label);
            assertTrue(line.selectFirst("a").attr("href").startsWith("#claim-"), "the title leads to the statement");
        }
    }

    @Test
    void markdownCitesEachStatementWithTitleAndFile() {
        String md = new MarkdownExporter().render(report);
        Citation first = report.citation("a1").orElseThrow();
        assertTrue(md.contains("(France, assert), _" + MarkdownExporter.inline(first.text()) + "_"), md);
        assertTrue(first.text().endsWith(" · 004_80973514d3295959.txt"), first.text());
    }

    @Test
    void aCitationReadsTitleAndFileAndPointsAtTheArticle() {
        Project project = new Project();
        project.addArticle(new Article("a1", "news/peskov.txt", "Kremlin denies deal", "Text.", List.of()));
        project.addArticle(new Article("a2", "https://example.org/story", "", "Text.", List.of()));
        Report two = Report.of(project, "Talks", ExportFormatsTest.AT);
        Citation file = two.citation("a1").orElseThrow();
        assertEquals("Kremlin denies deal · peskov.txt", file.text());
        assertEquals(Optional.of(Path.of("news/peskov.txt").toAbsolutePath().toUri().toString()), file.url());
        Citation web = two.citation("a2").orElseThrow();
        assertEquals("story", web.text(), "no title: the file name alone");
        assertEquals(Optional.of("https://example.org/story"), web.url());
        assertEquals(Optional.empty(), two.citation("a9"));
    }
}
