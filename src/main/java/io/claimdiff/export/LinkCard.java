package io.claimdiff.export;

import io.claimdiff.model.Claim;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;

import java.util.Locale;

import static io.claimdiff.export.Html.escape;

/**
 * One contradiction or support in the HTML report: its number, status, reason and score, then both
 * statements side by side with speaker, party, stance, the article they come from, tags and notes.
 */
final class LinkCard {

    private final Report report;

    LinkCard(Report report) {
        this.report = report;
    }

    /** @param label the card's number as the report shows it ("C1"), also its anchor */
    void render(StringBuilder html, Link link, String label) {
        html.append("<div class=\"card\" id=\"").append(Html.anchor("x", label)).append("\">\n<div class=\"head\">")
                .append("<span class=\"num\">").append(label).append("</span><span class=\"status ")
                .append(link.status().name().toLowerCase(Locale.ROOT)).append("\">")
                .append(statusLabel(link)).append("</span><span class=\"reason\">").append(escape(link.reason()))
                .append(link.provenance().name().equals("ENGINE")
                        ? String.format(Locale.ROOT, " · score %.2f", link.score()) : "")
                .append("</span></div>\n<div class=\"pair\">\n");
        statement(html, report.claim(link.a()));
        html.append("<div class=\"versus\">").append(link.kind() == LinkKind.CONTRADICTS ? "vs" : "+").append("</div>\n");
        statement(html, report.claim(link.b()));
        html.append("</div>\n");
        if (!link.note().isBlank()) {
            html.append("<div class=\"note\">").append(escape(link.note())).append("</div>\n");
        }
        html.append("</div>\n");
    }

    private static String statusLabel(Link link) {
        return switch (link.status()) {
            case ACCEPTED -> link.kind() == LinkKind.CONTRADICTS ? "Confirmed" : "Corroborates";
            case PROPOSED -> "Proposed";
            case REJECTED -> "Rejected";
        };
    }

    private void statement(StringBuilder html, ClaimEntry entry) {
        Claim c = entry.claim();
        String stance = Html.stanceLabel(c.stance());
        html.append("<div class=\"statement\" style=\"border-color:").append(Html.colour(report.colour(c.party())))
                .append("\">\n<div class=\"speaker\"><b>").append(escape(c.speaker())).append("</b> · ")
                .append(escape(c.party())).append(stance.isEmpty() ? "" : " · " + escape(stance))
                .append("</div>\n<blockquote>").append(escape(Quotation.quote(report.text(c)))).append("</blockquote>\n")
                .append("<div class=\"meta\">");
        report.citation(c.articleId()).ifPresentOrElse(
                citation -> Html.cite(html, citation, "#" + Html.anchor("claim", c.id())),
                () -> html.append(escape(c.articleId())));
        if (entry.provenance().name().equals("ANALYST")) {
            html.append(" · added by the analyst");
        }
        html.append("</div>\n");
        if (!entry.tags().isEmpty()) {
            html.append("<div>");
            entry.tags().forEach(t -> html.append("<span class=\"chip\">").append(escape(t)).append("</span>"));
            html.append("</div>\n");
        }
        if (!entry.note().isBlank()) {
            html.append("<div class=\"note\">").append(escape(entry.note())).append("</div>\n");
        }
        html.append("</div>\n");
    }
}
