package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.project.ArticleSource;
import io.claimdiff.project.AtomicFiles;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Clash;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Party;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.claimdiff.export.Html.escape;

/**
 * One self-contained HTML file an editor can forward: inline CSS, no scripts, no external
 * resources. Header with figures, party legend, contradictions grouped by clash (one dispute with
 * the articles that carried each side, then its pairs, accepted first) with both statements, then
 * the articles side by side with highlights in party colours.
 */
public final class HtmlExporter implements ReportExporter {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final String CSS = loadCss();
    private final String version;

    public HtmlExporter(String version) {
        this.version = version;
    }

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String name() {
        return "HTML report";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void export(Report report, Path out) throws IOException {
        AtomicFiles.write(out, render(report).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole document. */
    public String render(Report report) {
        List<Clash> clashes = report.clashes().all();
        // cards are numbered in the order they are shown: clash by clash, strongest first in each
        List<Link> contradictions = clashes.stream().flatMap(c -> c.links().stream()).toList();
        Map<String, List<String>> refs = new HashMap<>();
        for (int i = 0; i < contradictions.size(); i++) {
            String label = "C" + (i + 1);
            refs.computeIfAbsent(contradictions.get(i).a(), k -> new ArrayList<>()).add(label);
            refs.computeIfAbsent(contradictions.get(i).b(), k -> new ArrayList<>()).add(label);
        }
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"ClaimDiff ").append(escape(version)).append("\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        header(html, report);
        html.append("<main>\n");
        figures(html, report);
        summary(html, report);
        legend(html, report);
        html.append("<h2>Contradictions</h2>\n");
        if (contradictions.isEmpty()) {
            html.append("<p class=\"empty\">No contradictions proposed or accepted.</p>\n");
        }
        ClashHeading heading = new ClashHeading(report, id -> label(report, id));
        int card = 0;
        for (Clash clash : clashes) {
            html.append("<section class=\"clash\" id=\"").append(Html.anchor("clash", clash.label())).append("\">\n");
            heading.render(html, clash);
            for (Link link : clash.links()) {
                linkCard(html, report, link, "C" + (++card));
            }
            html.append("</section>\n");
        }
        minorLinks(html, report);
        html.append("<h2>Articles</h2>\n<div class=\"articles\">\n");
        ArticleHighlighter highlighter = new ArticleHighlighter(report);
        for (Article article : report.articles()) {
            html.append("<article id=\"").append(Html.anchor("article", article.id())).append("\">\n<h3>")
                    .append(escape(article.title())).append("</h3>\n<div class=\"meta\"><span class=\"label\">")
                    .append(escape(label(report, article.id()))).append("</span>")
                    .append(escape(article.fileName())).append(" · ").append(report.claimsOf(article.id()).size())
                    .append(" claims</div>\n<div class=\"text\">").append(highlighter.render(article, refs))
                    .append("</div>\n</article>\n");
        }
        html.append("</div>\n</main>\n");
        footer(html, report);
        return html.append("</body>\n</html>\n").toString();
    }

    private static void header(StringBuilder html, Report report) {
        html.append("<header><div class=\"inner\">\n<div class=\"kicker\">ClaimDiff · claim comparison report</div>\n")
                .append("<h1>").append(escape(report.title())).append("</h1>\n<div class=\"sub\">")
                .append(escape(DATE.format(report.generatedAt()))).append(" · ").append(report.articles().size())
                .append(report.articles().size() == 1 ? " article" : " articles").append(" · ")
                .append(report.parties().size()).append(report.parties().size() == 1 ? " party" : " parties")
                .append("</div>\n</div></header>\n");
    }

    private static void figures(StringBuilder html, Report report) {
        html.append("<section class=\"figures\">\n");
        figure(html, report.articles().size(), "articles compared", false);
        figure(html, report.claims().size(), "attributed claims", false);
        figure(html, report.parties().size(), "parties", false);
        figure(html, report.count(LinkKind.CONTRADICTS, LinkStatus.ACCEPTED), "contradictions confirmed", true);
        figure(html, report.count(LinkKind.CONTRADICTS, LinkStatus.PROPOSED), "awaiting review", false);
        figure(html, report.count(LinkKind.SUPPORTS, LinkStatus.ACCEPTED), "corroborations", false);
        html.append("</section>\n");
    }

    /** One paragraph an editor can read instead of the whole report. */
    private static void summary(StringBuilder html, Report report) {
        List<Link> accepted = report.links(LinkKind.CONTRADICTS).stream()
                .filter(l -> l.status() == LinkStatus.ACCEPTED).toList();
        long open = report.count(LinkKind.CONTRADICTS, LinkStatus.PROPOSED);
        long rejected = report.count(LinkKind.CONTRADICTS, LinkStatus.REJECTED);
        StringBuilder text = new StringBuilder();
        if (accepted.isEmpty()) {
            text.append("No contradiction has been confirmed yet.");
        } else {
            text.append(accepted.size() == 1 ? "One contradiction confirmed: " : accepted.size()
                    + " contradictions confirmed: ");
            List<String> pairs = new ArrayList<>();
            for (Link l : accepted) {
                Claim a = report.claim(l.a()).claim();
                Claim b = report.claim(l.b()).claim();
                pairs.add("<b>" + escape(a.speaker()) + "</b> (" + escape(a.party()) + ") vs <b>" + escape(b.speaker())
                        + "</b> (" + escape(b.party()) + ")");
            }
            text.append(String.join("; ", pairs)).append('.');
        }
        text.append(' ').append(open == 0 ? "No proposal awaits review" : open + (open == 1 ? " proposal awaits"
                : " proposals await") + " review");
        text.append(rejected == 0 ? "." : "; " + rejected + " rejected.");
        html.append("<section class=\"summary\"><p>").append(text).append("</p></section>\n");
    }

    private static void figure(StringBuilder html, long value, String label, boolean accent) {
        html.append("<div class=\"figure").append(accent ? " accent" : "").append("\"><b>").append(value)
                .append("</b><span>").append(escape(label)).append("</span></div>\n");
    }

    private static void legend(StringBuilder html, Report report) {
        html.append("<h2>Parties</h2>\n<div class=\"legend\">\n");
        for (Party party : report.parties()) {
            long claims = report.claims().stream().filter(e -> e.claim().party().equals(party.name())).count();
            html.append("<span class=\"party\"><span class=\"swatch\" style=\"background:")
                    .append(Html.colour(party.colour())).append("\"></span>").append(escape(party.name()))
                    .append(" <span class=\"count\">").append(claims).append("</span></span>\n");
        }
        html.append("<span class=\"key\">tint = statement · <u>underline</u> = speaker · <b>bold</b> = reporting cue"
                + " · <span class=\"stance\" style=\"border-color:#888\">denies</span> = stance</span>\n</div>\n");
    }

    private void linkCard(StringBuilder html, Report report, Link link, String label) {
        html.append("<div class=\"card\" id=\"").append(Html.anchor("x", label)).append("\">\n<div class=\"head\">")
                .append("<span class=\"num\">").append(label).append("</span><span class=\"status ")
                .append(link.status().name().toLowerCase(Locale.ROOT)).append("\">")
                .append(statusLabel(link)).append("</span><span class=\"reason\">").append(escape(link.reason()))
                .append(link.provenance().name().equals("ENGINE")
                        ? String.format(Locale.ROOT, " · score %.2f", link.score()) : "")
                .append("</span></div>\n<div class=\"pair\">\n");
        statement(html, report, report.claim(link.a()));
        html.append("<div class=\"versus\">").append(link.kind() == LinkKind.CONTRADICTS ? "vs" : "+").append("</div>\n");
        statement(html, report, report.claim(link.b()));
        html.append("</div>\n");
        if (!link.note().isBlank()) {
            html.append("<div class=\"note\">").append(escape(link.note())).append("</div>\n");
        }
        html.append("</div>\n");
    }

    /** "A1", "A2", ... by the article's place in the report. */
    private static String label(Report report, String articleId) {
        for (int i = 0; i < report.articles().size(); i++) {
            if (report.articles().get(i).id().equals(articleId)) {
                return "A" + (i + 1);
            }
        }
        return articleId;
    }

    private static String statusLabel(Link link) {
        return switch (link.status()) {
            case ACCEPTED -> link.kind() == LinkKind.CONTRADICTS ? "Confirmed" : "Corroborates";
            case PROPOSED -> "Proposed";
            case REJECTED -> "Rejected";
        };
    }

    private static void statement(StringBuilder html, Report report, ClaimEntry entry) {
        Claim c = entry.claim();
        Article article = report.article(c.articleId());
        String stance = Html.stanceLabel(c.stance());
        html.append("<div class=\"statement\" style=\"border-color:").append(Html.colour(report.colour(c.party())))
                .append("\">\n<div class=\"speaker\"><b>").append(escape(c.speaker())).append("</b> · ")
                .append(escape(c.party())).append(stance.isEmpty() ? "" : " · " + escape(stance))
                .append("</div>\n<blockquote>").append(escape(Quotation.quote(report.text(c)))).append("</blockquote>\n")
                .append("<div class=\"meta\"><span class=\"label\">").append(escape(label(report, c.articleId())))
                .append("</span><a href=\"#").append(Html.anchor("claim", c.id())).append("\">")
                .append(escape(article == null ? c.articleId() : article.title())).append("</a>");
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

    private void minorLinks(StringBuilder html, Report report) {
        List<Link> supports = report.links(LinkKind.SUPPORTS).stream()
                .filter(l -> l.status() != LinkStatus.REJECTED).toList();
        if (!supports.isEmpty()) {
            html.append("<h2>Corroborations</h2>\n<div class=\"minor\">\n");
            for (int i = 0; i < supports.size(); i++) {
                linkCard(html, report, supports.get(i), "S" + (i + 1));
            }
            html.append("</div>\n");
        }
        List<Link> rejected = report.state().links().stream().filter(l -> l.status() == LinkStatus.REJECTED)
                .filter(l -> report.claim(l.a()) != null && report.claim(l.b()) != null).toList();
        if (!rejected.isEmpty()) {
            html.append("<h2>Proposals the analyst rejected</h2>\n<div class=\"minor\">\n");
            for (int i = 0; i < rejected.size(); i++) {
                linkCard(html, report, rejected.get(i), "R" + (i + 1));
            }
            html.append("</div>\n");
        }
    }

    private static void footer(StringBuilder html, Report report) {
        html.append("<footer>\n<div>Sources</div>\n<table>\n");
        for (Article article : report.articles()) {
            ArticleSource source = report.source(article.id()).orElse(null);
            html.append("<tr><td>").append(escape(label(report, article.id()))).append("</td><td>").append(escape(article.path()))
                    .append("</td><td>").append(source == null || source.importedAt() == null ? ""
                            : "imported " + escape(DATE.format(source.importedAt())))
                    .append("</td><td><code>").append(source == null ? "" : "sha256 " + source.sha256().substring(0, 16))
                    .append("…</code></td></tr>\n");
        }
        html.append("</table>\n<p>Statements are highlighted where the articles report them; contradictions marked"
                + " “Proposed” were found automatically and have not been reviewed.</p>\n</footer>\n");
    }

    private static String loadCss() {
        try (InputStream in = HtmlExporter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
