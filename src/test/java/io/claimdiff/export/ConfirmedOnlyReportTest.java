package io.claimdiff.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdiff.project.Fixtures;
import io.claimdiff.project.ProjectState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports list what the analyst confirmed first and unreviewed proposals apart; with
 * {@link ReportOptions#confirmedOnly()}, only what was confirmed. The fixture has two accepted,
 * one proposed and one rejected contradiction, and two accepted supports.
 */
class ConfirmedOnlyReportTest {

    @TempDir
    Path dir;

    private final ProjectState state = Fixtures.realistic().snapshot();
    private final Report everything = new Report("Talks", ExportFormatsTest.AT, state);
    private final Report confirmedOnly = new Report("Talks", ExportFormatsTest.AT, state, ReportOptions.CONFIRMED_ONLY);

    @Test
    void htmlListsUnreviewedProposalsUnderTheirOwnHeading() {
        Document doc = Jsoup.parse(new HtmlExporter("test").render(everything));
        assertEquals(List.of("Parties", "Contradictions", "Corroborations", "Unreviewed proposals",
                "Proposals the analyst rejected", "Articles"), doc.select("h2").eachText());
        assertEquals(List.of("Confirmed", "Confirmed"), doc.select("main > section.clash .status").eachText(),
                "the Contradictions section holds what the analyst confirmed");
        assertEquals(List.of("Proposed"), doc.select("#unreviewed .status").eachText());
        assertTrue(doc.selectFirst("#unreviewed .card").text().contains("there was no direct discussion"));
        assertEquals(List.of("Rejected"), doc.select(".card[id^=x-R] .status").eachText());
        assertTrue(doc.select("section.clash").stream().noneMatch(c -> c.text().contains("trying to arrange")),
                "a rejected pair is never shown as a contradiction");
        assertTrue(doc.selectFirst(".summary").text().contains("1 proposal awaits review (listed apart"));
    }

    @Test
    void htmlWithConfirmedOnlyListsOnlyWhatTheAnalystAccepted() {
        Document doc = Jsoup.parse(new HtmlExporter("test").render(confirmedOnly));
        assertEquals(List.of("Parties", "Contradictions", "Corroborations", "Articles"), doc.select("h2").eachText());
        assertEquals(Set.of("Confirmed", "Corroborates"), Set.copyOf(doc.select(".card .status").eachText()));
        assertEquals(List.of("x-C1", "x-C2", "x-S1", "x-S2"), doc.select(".card").eachAttr("id"));
        assertEquals(Set.of("C1", "C2"), Set.copyOf(doc.select("article .ref").eachText()));
        assertFalse(doc.text().contains("there was no direct discussion on establishing a ceasefire around Avdiivka”"));
        assertTrue(doc.selectFirst("header .sub").text().endsWith("confirmed contradictions only"));
        assertTrue(doc.selectFirst(".summary").text().endsWith(
                "This report lists confirmed links only: 1 unreviewed and 1 rejected proposals are left out."),
                doc.selectFirst(".summary").text());
    }

    @Test
    void markdownHeadsTheUnreviewedProposalsApart() {
        String md = new MarkdownExporter().render(everything);
        int contradictions = md.indexOf("## Contradictions\n");
        int unreviewed = md.indexOf("## Unreviewed proposals\n");
        int rejected = md.indexOf("## Proposals the analyst rejected\n");
        assertTrue(contradictions >= 0 && contradictions < unreviewed && unreviewed < rejected, md);
        String confirmedPart = md.substring(contradictions, unreviewed);
        assertTrue(confirmedPart.contains("### C1. ") && confirmedPart.contains("### C2. "), confirmedPart);
        assertFalse(confirmedPart.contains("— proposed") || confirmedPart.contains("— rejected"), confirmedPart);
        assertTrue(md.substring(unreviewed, rejected).contains("### P1. ") && md.substring(unreviewed).contains("— proposed"));
        assertTrue(md.substring(rejected).contains("### R1. "));

        String only = new MarkdownExporter().render(confirmedOnly);
        assertFalse(only.contains("Unreviewed proposals") || only.contains("— proposed") || only.contains("— rejected"),
                only);
        assertTrue(only.contains("### C2. ") && only.contains("## Corroborations\n"));
        assertTrue(only.contains("1 awaiting review (not listed: confirmed contradictions only)"));
    }

    @Test
    void csvAndJsonCarryEachLinksStatusAndConfirmedOnlyKeepsTheAcceptedOnes() throws Exception {
        assertEquals(Map.of("accepted", 2L, "proposed", 1L, "rejected", 1L), csvStatuses(everything));
        assertEquals(Map.of("accepted", 2L), csvStatuses(confirmedOnly));

        JsonNode all = new JsonExporter().toTree(everything);
        assertFalse(all.get("confirmedOnly").asBoolean());
        assertEquals(Map.of("accepted", 2L, "proposed", 1L, "rejected", 1L), statuses(all.get("contradictions")));
        JsonNode only = new JsonExporter().toTree(confirmedOnly);
        assertTrue(only.get("confirmedOnly").asBoolean());
        assertEquals(Map.of("accepted", 2L), statuses(only.get("contradictions")));
        assertEquals(Map.of("accepted", 2L), statuses(only.get("supports")));
    }

    @Test
    void claimReviewAndQdpxWithConfirmedOnlyCarryNoOtherVerdict() throws Exception {
        JsonNode reviews = new ClaimReviewExporter().toTree(confirmedOnly);
        assertEquals(List.of("Contradicted", "Contradicted"), StreamSupport.stream(reviews.spliterator(), false)
                .map(r -> r.at("/reviewRating/alternateName").asText()).toList());
        String qde = new String(new QdeWriter(confirmedOnly, "test").write(), StandardCharsets.UTF_8);
        assertTrue(qde.contains("contradicts (accepted)"));
        assertFalse(qde.contains("(proposed)") || qde.contains("(rejected)"), "only accepted links");
    }

    private Map<String, Long> csvStatuses(Report report) throws Exception {
        Path folder = Files.createTempDirectory(dir, "csv");
        new CsvExporter().export(report, folder);
        return ExportFormatsTest.readCsv(Files.readAllBytes(folder.resolve("contradictions.csv"))).stream()
                .collect(Collectors.groupingBy(row -> row.get("status"), Collectors.counting()));
    }

    private static Map<String, Long> statuses(JsonNode links) {
        return StreamSupport.stream(links.spliterator(), false)
                .collect(Collectors.groupingBy(l -> l.get("status").asText(), Collectors.counting()));
    }
}
