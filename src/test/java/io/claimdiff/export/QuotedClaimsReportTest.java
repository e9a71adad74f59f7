package io.claimdiff.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Contradiction;
import io.claimdiff.model.Stance;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.Fixtures;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectEdits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claims that begin or end inside the article's quotation marks are quoted once in every report. */
class QuotedClaimsReportTest {

    private static final String TEXT = "Talks\n\nThe ministry said: \"Officials will meet soon.\" Dmitry Peskov replied:"
            + " “Nobody has asked for a meeting,” adding that “talks are not planned.”";
    private static final String SOON = "Officials will meet soon.\"";
    private static final String NOBODY = "“Nobody has asked for a meeting,” adding that “talks are not planned.”";

    private final Report report = new Report("Talks", Instant.EPOCH, project().snapshot());

    @Test
    void htmlQuotesEachStatementOnce() {
        Document doc = Jsoup.parse(new HtmlExporter("test").render(report));
        assertEquals(List.of("“Officials will meet soon.”",
                        "“‘Nobody has asked for a meeting,’ adding that ‘talks are not planned.’”"),
                doc.select(".card blockquote").eachText());
        assertEquals("“Officials will meet soon.”", doc.selectFirst(".clash-head .gist").text());
        assertNoDoubledMarks(doc.select("main").text());
    }

    @Test
    void markdownQuotesEachStatementOnce() {
        String md = new MarkdownExporter().render(report);
        assertTrue(md.contains("> “Officials will meet soon.”\n"), md);
        assertTrue(md.contains("> “‘Nobody has asked for a meeting,’ adding that ‘talks are not planned.’”\n"), md);
        assertNoDoubledMarks(md);
    }

    @Test
    void claimReviewQuotesTheOtherStatementOnceAndReviewsTheBareClaim() {
        JsonNode review = new ClaimReviewExporter().toTree(report).get(0);
        assertEquals("Officials will meet soon.", review.get("claimReviewed").asText());
        String body = review.get("reviewBody").asText();
        assertTrue(body.endsWith(": “‘Nobody has asked for a meeting,’ adding that ‘talks are not planned.’”"), body);
        assertNoDoubledMarks(body);
    }

    private static void assertNoDoubledMarks(String text) {
        for (String doubled : List.of("““", "””", "\"”", "”\"", "“\"", "’”’", ".”.")) {
            assertFalse(text.contains(doubled), doubled + " in " + text);
        }
    }

    private static Project project() {
        Project project = new Project();
        project.addArticle(new Article("a1", "talks.txt", "Talks", TEXT, List.of()));
        project.setEngineClaims("a1", List.of(
                claim("a1-c1", SOON, "The ministry", "Ukraine", Stance.ASSERT),
                claim("a1-c2", NOBODY, "Dmitry Peskov", "Russia", Stance.DENY)));
        project.setEngineLinks(new ClaimGraph(List.of(new Contradiction("a1-c1", "a1-c2", 0.9, "Russia denies")),
                List.of(), List.of()));
        new ProjectEdits(project, new CommandStack())
                .setLinkStatus(Link.idFor(LinkKind.CONTRADICTS, "a1-c1", "a1-c2"), LinkStatus.ACCEPTED);
        return project;
    }

    private static Claim claim(String id, String words, String speaker, String party, Stance stance) {
        return new Claim(id, "a1", Fixtures.span(TEXT, words), null, null, speaker, party, stance, "test", 0.9);
    }
}
