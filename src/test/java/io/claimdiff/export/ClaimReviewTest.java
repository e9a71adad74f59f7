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
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ClaimReview JSON-LD has the schema.org shape, names its author honestly and types speakers. */
class ClaimReviewTest {

    private static final Set<String> REVIEW = Set.of("@context", "@type", "datePublished", "claimReviewed", "author",
            "itemReviewed", "reviewRating", "reviewBody");

    @Test
    void everyReviewHasTheClaimReviewShape() {
        Report report = new Report("Talks", ExportFormatsTest.AT, Fixtures.realistic().snapshot(),
                ReportOptions.ALL.withAuthor(" Jane Analyst "));
        JsonNode reviews = new ClaimReviewExporter().toTree(report);
        assertEquals(3, reviews.size());
        for (JsonNode review : reviews) {
            assertEquals(REVIEW, keys(review));
            assertEquals("https://schema.org", review.get("@context").asText());
            assertEquals("ClaimReview", review.get("@type").asText());
            assertTrue(review.get("datePublished").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
            assertFalse(review.get("claimReviewed").asText().isBlank());
            assertEquals(Set.of("@type", "name"), keys(review.get("author")));
            assertEquals("Person", review.at("/author/@type").asText());
            assertEquals("Jane Analyst", review.at("/author/name").asText());
            assertEquals(Set.of("@type", "author", "appearance"), keys(review.get("itemReviewed")));
            assertEquals("Claim", review.at("/itemReviewed/@type").asText());
            JsonNode speaker = review.at("/itemReviewed/author");
            String type = speaker.get("@type").asText();
            assertTrue(Set.of("Person", "Organization").contains(type), type);
            assertEquals(Set.of("@type", "name", type.equals("Person") ? "affiliation" : "memberOf"), keys(speaker));
            assertEquals("Organization", speaker.at(type.equals("Person") ? "/affiliation/@type" : "/memberOf/@type")
                    .asText());
            assertEquals(Set.of("@type", "headline", "name", "url"), keys(review.at("/itemReviewed/appearance")));
            assertEquals("CreativeWork", review.at("/itemReviewed/appearance/@type").asText());
            assertEquals(Set.of("@type", "alternateName"), keys(review.get("reviewRating")));
            assertEquals("Rating", review.at("/reviewRating/@type").asText());
            assertTrue(Set.of("Contradicted", "Not contradicted").contains(review.at("/reviewRating/alternateName").asText()));
        }
    }

    @Test
    void anOutletIsAnOrganizationAndAPersonIsAPerson() {
        JsonNode reviews = new ClaimReviewExporter().toTree(new Report("Talks", ExportFormatsTest.AT,
                Fixtures.realistic().snapshot()));
        List<String> speakers = new ArrayList<>();
        reviews.forEach(r -> speakers.add(r.at("/itemReviewed/author/@type").asText() + " "
                + r.at("/itemReviewed/author/name").asText()));
        assertEquals(List.of("Person Emmanuel Macron", "Organization The Washington Post", "Person Dmitry Peskov"),
                speakers);
        JsonNode post = reviews.get(1).at("/itemReviewed/author");
        assertEquals("US media", post.at("/memberOf/name").asText());
        assertFalse(post.has("affiliation"), "not a property of Organization");
        assertEquals("France", reviews.get(0).at("/itemReviewed/author/affiliation/name").asText());
    }

    @Test
    void withoutAnAnalystsNameNoAuthorIsInvented() {
        JsonNode reviews = new ClaimReviewExporter().toTree(new Report("Talks", ExportFormatsTest.AT,
                Fixtures.realistic().snapshot()));
        reviews.forEach(r -> assertFalse(r.has("author"), r.toString()));
    }

    @Test
    void theAppearanceIsTheArticlesAddressOrItsFile() {
        JsonNode fixture = new ClaimReviewExporter().toTree(new Report("Talks", ExportFormatsTest.AT,
                Fixtures.realistic().snapshot())).get(0);
        String file = "sample-articles/" + Fixtures.FILES[0];
        assertEquals(Path.of(file).toAbsolutePath().toUri().toString(), fixture.at("/itemReviewed/appearance/url").asText());
        assertEquals(Fixtures.FILES[0], fixture.at("/itemReviewed/appearance/name").asText());

        String text = "Summit\n\nMacron said Putin promised calm. Peskov denied any deal.";
        Project project = new Project();
        project.addArticle(new Article("a1", "https://example.org/summit", "Summit", text, List.of()));
        project.setEngineClaims("a1", List.of(
                new Claim("a1-x", "a1", Fixtures.span(text, "Putin promised calm"), null, null, "Emmanuel Macron",
                        "France", Stance.ASSERT, "test", 0.9),
                new Claim("a1-y", "a1", Fixtures.span(text, "any deal"), null, null, "Dmitry Peskov", "unknown",
                        Stance.DENY, "test", 0.9)));
        project.setEngineLinks(new ClaimGraph(List.of(new Contradiction("a1-y", "a1-x", 0.9, "denies")), List.of(),
                List.of()));
        new ProjectEdits(project, new CommandStack())
                .setLinkStatus(Link.idFor(LinkKind.CONTRADICTS, "a1-x", "a1-y"), LinkStatus.ACCEPTED);
        JsonNode web = new ClaimReviewExporter().toTree(Report.of(project, "Summit", ExportFormatsTest.AT)).get(0);
        assertEquals("https://example.org/summit", web.at("/itemReviewed/appearance/url").asText());
        assertEquals(Set.of("@type", "name"), keys(web.at("/itemReviewed/author")), "an unknown side is no affiliation");
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
