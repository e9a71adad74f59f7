package io.claimdiff.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdiff.model.Claim;
import io.claimdiff.project.AtomicFiles;
import io.claimdiff.project.Json;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * schema.org {@code ClaimReview} JSON-LD for each contradiction the analyst gave a verdict (with
 * {@link ReportOptions#confirmedOnly()}, each one the analyst confirmed). The reviewed claim is the
 * link's first statement; an accepted link rates it "Contradicted" (by the second statement, quoted
 * in {@code reviewBody}), a rejected one "Not contradicted". The output is a JSON array of
 * ClaimReview objects, each with its own {@code @context}.
 *
 * <p>The review's {@code author} is the analyst named in {@link ReportOptions#author()}, a
 * {@code Person}; without a name there is no {@code author} (Google's rich results want one, so
 * give it). The claim's author is a {@code Person} with the party as {@code affiliation}, or an
 * {@code Organization} with the party as {@code memberOf} when the speaker is one (see
 * {@link SpeakerKind}). The claim's {@code appearance} is its article: title, file name, and as
 * {@code url} the article's web address where its path is one, else the article's file as a
 * {@code file:} URI (articles carry no web address of their own yet), which only means something
 * on the analyst's machine.
 */
public final class ClaimReviewExporter implements ReportExporter {

    @Override
    public String id() {
        return "claimreview";
    }

    @Override
    public String name() {
        return "ClaimReview JSON-LD (schema.org)";
    }

    @Override
    public String extension() {
        return "jsonld";
    }

    @Override
    public void export(Report report, Path out) throws IOException {
        AtomicFiles.writeJson(out, toTree(report));
    }

    public ArrayNode toTree(Report report) {
        ArrayNode reviews = Json.mapper().createArrayNode();
        String date = LocalDate.ofInstant(report.generatedAt(), ZoneOffset.UTC).toString();
        for (Link link : report.links(LinkKind.CONTRADICTS)) {
            if (link.status() == LinkStatus.PROPOSED) {
                continue;
            }
            Claim reviewed = report.claim(link.a()).claim();
            Claim other = report.claim(link.b()).claim();
            boolean contradicted = link.status() == LinkStatus.ACCEPTED;
            ObjectNode review = reviews.addObject();
            review.put("@context", "https://schema.org").put("@type", "ClaimReview")
                    .put("datePublished", date)
                    .put("claimReviewed", Quotation.bare(report.text(reviewed)));
            if (!report.options().author().isEmpty()) {
                review.putObject("author").put("@type", "Person").put("name", report.options().author());
            }
            ObjectNode item = review.putObject("itemReviewed").put("@type", "Claim");
            item.set("author", speaker(reviewed));
            item.set("appearance", appearance(report.citation(reviewed.articleId())));
            review.putObject("reviewRating").put("@type", "Rating")
                    .put("alternateName", contradicted ? "Contradicted" : "Not contradicted");
            review.put("reviewBody", (contradicted ? "Contradicted by " : "Checked against ") + other.speaker()
                    + " (" + other.party() + "): " + Quotation.quote(report.text(other))
                    + (link.note().isBlank() ? "" : " — " + link.note()));
        }
        return reviews;
    }

    private static ObjectNode speaker(Claim claim) {
        SpeakerKind kind = SpeakerKind.of(claim.speaker(), claim.party());
        ObjectNode speaker = Json.mapper().createObjectNode().put("@type", kind.schemaType()).put("name", claim.speaker());
        if (hasSide(claim)) {
            // schema.org gives a Person an affiliation, an Organization the bodies it is a member of
            speaker.putObject(kind == SpeakerKind.PERSON ? "affiliation" : "memberOf").put("@type", "Organization")
                    .put("name", claim.party());
        }
        return speaker;
    }

    /** Whether the party says more than the speaker's name; "unknown" is the extractor's word for no side. */
    private static boolean hasSide(Claim claim) {
        String party = claim.party() == null ? "" : claim.party().strip();
        return !party.isEmpty() && !party.equalsIgnoreCase("unknown") && !party.equalsIgnoreCase(claim.speaker().strip());
    }

    private static ObjectNode appearance(Optional<Citation> citation) {
        ObjectNode work = Json.mapper().createObjectNode().put("@type", "CreativeWork");
        citation.ifPresent(c -> {
            work.put("headline", c.title()).put("name", c.fileName());
            c.url().ifPresent(url -> work.put("url", url));
            c.meta().publishedDate().ifPresent(d -> work.put("datePublished", d.toString()));
            if (!c.meta().outlet().isEmpty()) {
                work.putObject("publisher").put("@type", "Organization").put("name", c.meta().outlet());
            }
            if (!c.meta().authors().isEmpty()) {
                var authors = work.putArray("author");
                c.meta().authors().forEach(a -> authors.addObject().put("@type", "Person").put("name", a));
            }
        });
        return work;
    }
}
