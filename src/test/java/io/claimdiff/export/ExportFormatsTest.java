package io.claimdiff.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.claimdiff.model.Article;
import io.claimdiff.project.Fixtures;
import io.claimdiff.project.Json;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every format is parsed back and checked against the project it came from. */
class ExportFormatsTest {

    static final Instant AT = Instant.parse("2026-11-22T10:15:00Z");

    @TempDir
    Path dir;

    private final Report report = new Report("Ukraine talks: who said what", AT, Fixtures.realistic().snapshot());
    private final ReportExporters exporters = ReportExporters.standard("test");

    @Test
    void htmlIsSelfContainedAndShowsTheAnalystsWork() throws Exception {
        Path out = dir.resolve("report.html");
        exporters.byId("html").orElseThrow().export(report, out);
        Document doc = Jsoup.parse(out.toFile(), "UTF-8");
        assertEquals("Ukraine talks: who said what", doc.title());
        assertTrue(doc.select("script, link[rel=stylesheet], img, iframe").isEmpty(), "nothing external, no scripts");
        assertTrue(doc.select("[href]").stream().allMatch(e -> e.attr("href").startsWith("#")), "links stay inside");
        assertTrue(doc.select("[src]").isEmpty(), "nothing loaded from elsewhere");
        assertEquals(5, doc.select("article").size());
        assertTrue(doc.selectFirst("style").data().contains("@media print"));
        // accepted contradictions come first, each with both statements, speakers, tags and notes
        List<Element> cards = doc.select(".card[id^=x-C]");
        assertEquals(List.of("Confirmed", "Confirmed"), cards.stream().map(c -> c.selectFirst(".status").text()).toList());
        assertEquals("Proposed", doc.selectFirst("#unreviewed .card[id=x-P1] .status").text());
        Element first = cards.get(0);
        assertTrue(first.text().contains("Emmanuel Macron") && first.text().contains("Dmitry Peskov"));
        assertTrue(first.text().contains("could not have struck any deals"));
        assertTrue(first.select(".chip").eachText().containsAll(List.of("assurance", "TASS")));
        assertTrue(first.selectFirst(".note").text().contains("Check TASS original"));
        // highlights: content tinted in the party colour, speaker underlined, cue bold, stance marker
        Element a1 = doc.getElementById("article-a1");
        String russia = report.colour("Russia");
        String tint = "rgba(" + Integer.parseInt(russia.substring(1, 3), 16) + "," + Integer.parseInt(russia.substring(3, 5), 16)
                + "," + Integer.parseInt(russia.substring(5, 7), 16) + ",0.20)";
        assertTrue(a1.select("span.c").stream().anyMatch(s -> s.attr("style").contains(tint)), tint);
        assertTrue(a1.select("span.sp").eachText().contains("French President Emmanuel Macron"));
        assertTrue(a1.select("span.cue").eachText().contains("said"));
        assertTrue(a1.select(".stance.st-deny").size() >= 2);
        // the article text reads the same with the markup removed
        String text = Fixtures.articles().get(0).text();
        Element body = a1.selectFirst(".text").clone();
        body.select(".stance, .ref").remove();
        assertEquals(text.replaceAll("\\s+", " ").strip(), body.wholeText().replaceAll("\\s+", " ").strip());
    }

    @Test
    void articleTextIsEscapedEverywhere() throws Exception {
        String hostile = "Breaking <b>news</b>\n\nThe minister said <script>alert(1)</script> was \"fine\" & 'safe'.";
        Project project = new Project();
        project.addArticle(new Article("a1", "evil<img src=x>.txt", "<script>alert(2)</script>", hostile, List.of()));
        Path out = dir.resolve("hostile.html");
        new HtmlExporter("test").export(Report.of(project, "<script>alert(3)</script>", AT), out);
        Document doc = Jsoup.parse(out.toFile(), "UTF-8");
        assertTrue(doc.select("script, img, article b").isEmpty(), doc.html());
        assertTrue(doc.selectFirst("article .text").text().contains("<script>alert(1)</script>"));
        assertTrue(doc.selectFirst("article h3").text().equals("<script>alert(2)</script>"));
        assertTrue(doc.selectFirst("h1").text().equals("<script>alert(3)</script>"));
    }

    @Test
    void markdownNamesEveryContradiction() throws Exception {
        Path out = dir.resolve("report.md");
        exporters.byId("md").orElseThrow().export(report, out);
        String md = Files.readString(out);
        assertTrue(md.startsWith("# Ukraine talks: who said what\n"));
        assertTrue(md.contains("— accepted") && md.contains("— proposed") && md.contains("— rejected"));
        assertTrue(md.contains("**Emmanuel Macron** (France, assert)"));
        assertTrue(md.contains("| Dmitry Peskov | Russia | deny |"));
    }

    @Test
    void csvIntoADirectoryAndIntoAZip() throws Exception {
        ReportExporter csv = exporters.byId("csv").orElseThrow();
        Path folder = dir.resolve("tables");
        csv.export(report, folder);
        List<Map<String, String>> claims = readCsv(Files.readAllBytes(folder.resolve("claims.csv")));
        assertEquals(report.claims().size(), claims.size());
        assertEquals(CsvExporter.CLAIM_COLUMNS, List.copyOf(claims.get(0).keySet()));
        Map<String, String> macron = claims.stream().filter(r -> r.get("id").equals("a1-c1")).findFirst().orElseThrow();
        assertEquals("Emmanuel Macron", macron.get("speaker"));
        assertEquals("assurance", macron.get("tags"));
        List<Map<String, String>> contradictions = readCsv(Files.readAllBytes(folder.resolve("contradictions.csv")));
        assertEquals(4, contradictions.size());
        assertEquals("accepted", contradictions.get(0).get("status"));

        Path zip = dir.resolve("tables.zip");
        csv.export(report, zip);
        Map<String, byte[]> entries = unzip(zip);
        assertEquals(Files.readAllBytes(folder.resolve("claims.csv")).length, entries.get("claims.csv").length);
        assertTrue(entries.containsKey("contradictions.csv") && entries.containsKey("supports.csv"));
    }

    @Test
    void jsonIsTheContractPlusTheAnalystsWork() throws Exception {
        Path out = dir.resolve("report.json");
        exporters.byId("json").orElseThrow().export(report, out);
        JsonNode root = Json.mapper().readTree(out.toFile());
        for (String field : List.of("articles", "claims", "contradictions", "supports", "clusters", "parties")) {
            assertTrue(root.has(field), field);
        }
        JsonNode claim = root.get("claims").get(0);
        for (String field : List.of("id", "article", "start", "end", "text", "speaker", "party", "stance", "cue",
                "tags", "note", "provenance")) {
            assertTrue(claim.has(field), field);
        }
        JsonNode first = root.get("contradictions").get(0);
        assertEquals("accepted", first.get("status").asText());
        assertTrue(first.get("note").asText().contains("TASS"));
    }

    @Test
    void claimReviewCoversTheDecidedContradictions() throws Exception {
        Path out = dir.resolve("reviews.jsonld");
        exporters.byId("claimreview").orElseThrow().export(report, out);
        JsonNode reviews = Json.mapper().readTree(out.toFile());
        assertEquals(3, reviews.size(), "two accepted, one rejected; proposed ones are not reviews");
        JsonNode review = reviews.get(0);
        assertEquals("https://schema.org", review.get("@context").asText());
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals("2026-11-22", review.get("datePublished").asText());
        assertEquals("Claim", review.at("/itemReviewed/@type").asText());
        assertEquals("Emmanuel Macron", review.at("/itemReviewed/author/name").asText());
        assertFalse(review.at("/itemReviewed/appearance/headline").asText().isBlank());
        assertEquals("Contradicted", review.at("/reviewRating/alternateName").asText());
        assertFalse(review.get("claimReviewed").asText().isBlank());
        assertEquals("Not contradicted", reviews.get(2).at("/reviewRating/alternateName").asText());
    }

    @Test
    void aFailingExportLeavesNothingHalfWritten() throws Exception {
        // the target is a non-empty folder, so the final rename fails after the whole file was written
        Path out = Files.createDirectories(dir.resolve("report.html"));
        Files.writeString(out.resolve("keep.txt"), "keep");
        for (ReportExporter exporter : exporters.all()) {
            if (!exporter.id().equals("csv")) {
                assertThrows(IOException.class, () -> exporter.export(report, out), exporter.id());
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary files left");
        }
        assertEquals("keep", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void theFixtureSavesAndRendersForManualReview() throws Exception {
        // keeps target/fixture.claimdiff and target/fixture-report.html for looking at in a browser
        Path target = Path.of("target");
        new ProjectStore().save(Fixtures.realistic(), target.resolve("fixture.claimdiff"));
        exporters.byId("html").orElseThrow().export(report, target.resolve("fixture-report.html"));
        assertTrue(Files.size(target.resolve("fixture-report.html")) > 10_000);
    }

    static List<Map<String, String>> readCsv(byte[] bytes) throws IOException {
        try (MappingIterator<Map<String, String>> rows = Json.csvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(bytes)) {
            return rows.readAll();
        }
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
