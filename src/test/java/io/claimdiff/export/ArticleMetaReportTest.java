package io.claimdiff.export;

import io.claimdiff.model.Analysis;
import io.claimdiff.model.Article;
import io.claimdiff.model.ArticleMeta;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.project.ArticleSource;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectState;
import io.claimdiff.project.ProjectStore;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article's source details survive the project file and reach the contract and the report. */
class ArticleMetaReportTest {

    @TempDir
    Path dir;

    private static final ArticleMeta META = new ArticleMeta("The Daily Example", "https://daily.example/kremlin",
            List.of("Lena Falk"), LocalDate.of(2024, 11, 12));

    private static Project project(ArticleMeta meta) {
        Project p = new Project();
        Article a = new Article("a1", "kremlin.html", "Kremlin denies call",
                "Kremlin denies call\n\nDmitry Peskov said no call had taken place.\n", List.of(), meta);
        p.addArticle(a, ArticleSource.of(a.path(), a.text(), Instant.parse("2026-12-05T00:00:00Z")));
        return p;
    }

    @Test
    void theDetailsAreSavedAndReadBackAndLeftOutWhenUnknown() throws Exception {
        Path file = dir.resolve("p.claimdiff");
        new ProjectStore().save(project(META), file);
        assertEquals(META, new ProjectStore().read(file).articles().get(0).meta());
        assertTrue(Files.readString(file).contains("\"published\" : \"2024-11-12\""));

        new ProjectStore().save(project(ArticleMeta.NONE), file);
        String bare = Files.readString(file);
        assertFalse(bare.contains("outlet") || bare.contains("published"), "unknown details take no room");
        assertEquals(ArticleMeta.NONE, new ProjectStore().read(file).articles().get(0).meta());
    }

    @Test
    void theContractAndTheReportCiteOutletDateAndAddress() throws Exception {
        ProjectState state = project(META).snapshot();
        var json = new ContractJson().toTree(new Analysis(state.articles(), List.of(), new ClaimGraph(List.of(),
                List.of(), List.of()))).get("articles").get(0);
        assertEquals("The Daily Example", json.get("outlet").asText());
        assertEquals("https://daily.example/kremlin", json.get("url").asText());
        assertEquals("Lena Falk", json.get("authors").get(0).asText());
        assertEquals("2024-11-12", json.get("published").asText());

        Path html = dir.resolve("r.html");
        new HtmlExporter("test").export(new Report("r", Instant.now(), state), html);
        var doc = Jsoup.parse(html.toFile());
        assertFalse(doc.select("a.url[href=https://daily.example/kremlin]").isEmpty(), doc.select("footer").html());
        assertTrue(doc.text().contains("The Daily Example"));
        assertFalse(doc.select("time[datetime=2024-11-12]").isEmpty());
    }

    @Test
    void aQdpxSourceIsDescribedByItsDetails() throws Exception {
        Path qdpx = dir.resolve("p.qdpx");
        new QdpxExporter("test").export(new Report("r", Instant.now(), project(META).snapshot()), qdpx);
        try (var zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            String qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(qde.contains("The Daily Example · 2024-11-12 · kremlin.html · https://daily.example/kremlin"),
                    qde.substring(qde.indexOf("<Sources>"), qde.indexOf("<Sources>") + 400));
        }
    }

    @Test
    void anAddressThatIsNoWebAddressIsNeverALink() throws Exception {
        ProjectState state = project(new ArticleMeta("", "javascript:alert(1)", List.of(), null)).snapshot();
        Path html = dir.resolve("r.html");
        new HtmlExporter("test").export(new Report("r", Instant.now(), state), html);
        assertFalse(Files.readString(html).contains("javascript:"), "a hand-edited project file makes no script link");
    }
}
