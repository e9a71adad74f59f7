package io.claimdiff.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdiff.model.Article;
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

/**
 * schema.org {@code ClaimReview} JSON-LD for each contradiction the analyst gave a verdict.
 * The reviewed claim is the link's first statement; an accepted link rates it "Contradicted"
 * (by the second statement, quoted in {@code reviewBody}), a rejected one "Not contradicted".
 * The output is a JSON array of ClaimReview objects, each with its own {@code @context}.
 */
public final class ClaimReviewExporter implements ReportExporter {

    private final String author;

    public ClaimReviewExporter() {
        this("ClaimDiff analyst");
    }

    /** @param author the organisation or person publishing the reviews */
    public ClaimReviewExporter(String author) {
        this.author = author;
    }

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
            review.putObject("author").put("@type", "Organization").put("name", author);
            ObjectNode item = review.putObject("itemReviewed").put("@type", "Claim");
            item.putObject("author").put("@type", "Person").put("name", reviewed.speaker())
                    .putObject("affiliation").put("@type", "Organization").put("name", reviewed.party());
            item.set("appearance", appearance(report.article(reviewed.articleId())));
            review.putObject("reviewRating").put("@type", "Rating")
                    .put("alternateName", contradicted ? "Contradicted" : "Not contradicted");
            review.put("reviewBody", (contradicted ? "Contradicted by " : "Checked against ") + other.speaker()
                    + " (" + other.party() + "): " + Quotation.quote(report.text(other))
                    + (link.note().isBlank() ? "" : " — " + link.note()));
        }
        return reviews;
    }

    private static ObjectNode appearance(Article article) {
        ObjectNode work = Json.mapper().createObjectNode().put("@type", "CreativeWork");
        if (article != null) {
            work.put("headline", article.title()).put("name", article.fileName());
            if (article.path().startsWith("http://") || article.path().startsWith("https://")) {
                work.put("url", article.path());
            }
        }
        return work;
    }
}
