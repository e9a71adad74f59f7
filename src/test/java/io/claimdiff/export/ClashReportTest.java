package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Contradiction;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectEdits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML report shows one dispute carried by several outlets as one clash, then its pairs. */
class ClashReportTest {

    private static final String AP = "Ronaldo case\n\nKathryn Mayorga alleges Ronaldo raped her in 2009. "
            + "Ronaldo said the accusation is fake news.";
    private static final String REUTERS = "Ronaldo denies <rape> claim\n\nMayorga says Ronaldo raped her in Las Vegas.";
    private static final String KREMLIN = "Summit\n\nMacron said Putin promised calm. Peskov denied any deal.";

    @Test
    void oneClashCarriedAcrossTwoArticlesNamesTheArticlesOnEachSide() {
        Project project = new Project();
        project.addArticle(new Article("a1", "ap.txt", "AP: Ronaldo case", AP, List.of()));
        project.addArticle(new Article("a2", "reuters.txt", "Reuters: Ronaldo denies <rape> claim", REUTERS, List.of()));
        project.addArticle(new Article("a3", "summit.txt", "Summit", KREMLIN, List.of()));
        project.setEngineClaims("a1", List.of(
                claim("a1", AP, "a1-m", "Ronaldo raped her in 2009", "Kathryn Mayorga", "Mayorga", Stance.ASSERT),
                claim("a1", AP, "a1-r", "the accusation is fake news", "Cristiano Ronaldo", "Ronaldo", Stance.DENY)));
        project.setEngineClaims("a2", List.of(
                claim("a2", REUTERS, "a2-m", "Ronaldo raped her in Las Vegas", "Kathryn Mayorga", "Mayorga", Stance.ASSERT)));
        project.setEngineClaims("a3", List.of(
                claim("a3", KREMLIN, "a3-x", "Putin promised calm", "Emmanuel Macron", "France", Stance.ASSERT),
                claim("a3", KREMLIN, "a3-y", "any deal", "Dmitry Peskov", "Russia", Stance.DENY)));
        project.setEngineLinks(new ClaimGraph(List.of(
                new Contradiction("a1-m", "a1-r", 0.9, "Ronaldo denies what Mayorga asserts"),
                new Contradiction("a2-m", "a1-r", 0.81, "Ronaldo denies what Mayorga asserts"),
                new Contradiction("a3-x", "a3-y", 0.85, "Russia (Dmitry Peskov) denies what France asserts")),
                List.of(), List.of()));
        // the analyst confirms both outlets' versions: one clash of two pairs; the Kremlin pair stays unreviewed
        ProjectEdits edits = new ProjectEdits(project, new CommandStack());
        edits.setLinkStatus(Link.idFor(LinkKind.CONTRADICTS, "a2-m", "a1-r"), LinkStatus.ACCEPTED);
        edits.setLinkStatus(Link.idFor(LinkKind.CONTRADICTS, "a1-m", "a1-r"), LinkStatus.ACCEPTED);

        Document doc = Jsoup.parse(new HtmlExporter("test").render(Report.of(project, "Ronaldo", Instant.EPOCH)));

        List<Element> clashes = doc.select("section.clash");
        assertEquals(2, clashes.size());
        Element k1 = clashes.get(0);
        assertEquals("clash-K1", k1.id());
        Element head = k1.selectFirst(".clash-head");
        assertEquals("K1 · Ronaldo (Cristiano Ronaldo) disputes Mayorga (Kathryn Mayorga)", head.selectFirst(".who").text());
        assertEquals("“Ronaldo raped her in 2009”", head.selectFirst(".gist").text(), "the strongest pair's statement");
        assertEquals("Asserted in 2 articles: A1AP: Ronaldo case, A2Reuters: Ronaldo denies <rape> claim",
                head.selectFirst(".affirmed").text());
        assertEquals(List.of("#article-a1", "#article-a2"), head.select(".affirmed a").eachAttr("href"));
        assertEquals("Disputed in 1 article: A1AP: Ronaldo case", head.selectFirst(".rejecting").text());
        assertTrue(head.select("b").eachText().equals(List.of("Ronaldo", "Mayorga")), "titles are escaped, not markup");
        // then the pairs, numbered in the order shown, strongest first within the clash
        List<Element> cards = k1.select(".card");
        assertEquals(List.of("x-C1", "x-C2"), cards.stream().map(Element::id).toList());
        assertEquals("Confirmed", cards.get(0).selectFirst(".status").text());
        assertEquals("Confirmed", cards.get(1).selectFirst(".status").text());
        assertTrue(cards.get(1).text().contains("Las Vegas"));
        // an unreviewed clash with one pair: its heading and its card, apart and numbered on
        Element k2 = clashes.get(1);
        assertEquals("unreviewed", k2.parent().id());
        assertEquals("K2 · Russia (Dmitry Peskov) disputes France (Emmanuel Macron)", k2.selectFirst(".who").text());
        assertEquals(List.of("x-P1"), k2.select(".card").eachAttr("id"));
        // the article highlights point at the cards by the same numbers
        assertEquals(List.of("C1", "C2"), doc.getElementById("article-a1").select(".ref").eachText().stream()
                .distinct().sorted().toList());
        assertEquals(List.of("P1", "P1"), doc.getElementById("article-a3").select(".ref").eachText(), "both statements");
    }

    private static Claim claim(String article, String text, String id, String words, String speaker, String party,
                               Stance stance) {
        int at = text.indexOf(words);
        return new Claim(id, article, new TextSpan(at, at + words.length()), new TextSpan(at, at), null, speaker,
                party, stance, "test", 0.9);
    }
}
