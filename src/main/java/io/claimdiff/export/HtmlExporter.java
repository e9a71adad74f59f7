package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.project.AtomicFiles;
import io.claimdiff.project.DisputeMap;
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
import java.util.function.UnaryOperator;

import static io.claimdiff.export.Html.escape;

/**
 * One self-contained HTML file an editor can forward: inline CSS, no scripts, no external
 * resources. Header with figures, party legend, the confirmed contradictions grouped by clash (one
 * dispute with the articles that carried each side, then its pairs) with both statements, the
 * corroborations, then under their own heading the unreviewed proposals and the rejected ones
 * (neither with {@link ReportOptions#confirmedOnly()}), then the articles side by side with
 * highlights in party colours.
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
        // cards are numbered in the order they are shown: clash by clash, strongest first in each
        List<Link> confirmed = linksOf(report.confirmedClashes());
        List<Link> unreviewed = linksOf(report.unreviewedClashes());
        Map<String, List<String>> refs = new HashMap<>();
        addRefs(refs, confirmed, "C");
        addRefs(refs, unreviewed, "P");
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"ClaimDiff ").append(escape(version)).append("\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        header(html, report);
        html.append("<main>\n");
        disputeMap(html, report);
        figures(html, report);
        summary(html, report);
        legend(html, report);
        ReportMemo.html(html, report);
        LinkCard cards = new LinkCard(report);
        html.append("<h2>Contradictions</h2>\n");
        if (confirmed.isEmpty()) {
            html.append("<p class=\"empty\">No contradiction confirmed")
                    .append(unreviewed.isEmpty() ? "." : "; the unreviewed proposals are listed apart below.")
                    .append("</p>\n");
        }
        clashes(html, report, cards, report.confirmedClashes(), "C");
        list(html, cards, "Corroborations", "", report.links(LinkKind.SUPPORTS, LinkStatus.ACCEPTED), "S", 0);
        unreviewed(html, report, cards);
        list(html, cards, "Proposals the analyst rejected", "", report.links(LinkStatus.REJECTED), "R", 0);
        html.append("<h2>Articles</h2>\n<div class=\"articles\">\n");
        ArticleHighlighter highlighter = new ArticleHighlighter(report);
        for (Article article : report.articles()) {
            html.append("<article id=\"").append(Html.anchor("article", article.id())).append("\">\n<h3>")
                    .append(escape(article.title())).append("</h3>\n<div class=\"meta\"><span class=\"label\">")
                    .append(escape(report.label(article.id()))).append("</span><span class=\"file\">")
                    .append(escape(article.fileName())).append("</span> · ").append(report.claimsOf(article.id()).size())
                    .append(" claims</div>\n<div class=\"text\">").append(highlighter.render(article, refs))
                    .append("</div>\n</article>\n");
        }
        html.append("</div>\n</main>\n");
        footer(html, report);
        return html.append("</body>\n</html>\n").toString();
    }

    /** The dispute at a glance, first: the map as inline SVG, scrolling sideways when wide. */
    private static void disputeMap(StringBuilder html, Report report) {
        DisputeMap.Filter filter = DisputeMap.Filter.acceptedOnly(report.options().confirmedOnly());
        html.append("<section class=\"dispute-map\">\n")
                .append(DisputeMapSvg.render(DisputeMap.of(report.state(), filter), report.parties()))
                .append("</section>\n");
    }

    /**
     * The proposals nobody has reviewed, under their own heading and kept visibly apart from what
     * the analyst confirmed: contradictions by clash, then supports, numbered P1, P2, ...
     */
    private static void unreviewed(StringBuilder html, Report report, LinkCard cards) {
        List<Link> supports = report.links(LinkKind.SUPPORTS, LinkStatus.PROPOSED);
        if (report.unreviewedClashes().isEmpty() && supports.isEmpty()) {
            return;
        }
        html.append("<section class=\"unreviewed\" id=\"unreviewed\">\n<h2>Unreviewed proposals</h2>\n")
                .append("<p class=\"caveat\">Found automatically and not reviewed by the analyst: leads to check,")
                .append(" not findings.</p>\n");
        int shown = clashes(html, report, cards, report.unreviewedClashes(), "P");
        list(html, cards, "Corroborations proposed", "h3", supports, "P", shown);
        html.append("</section>\n");
    }

    /** Renders the clashes, each opened by its heading; the cards' numbers start at 1. Returns how many cards. */
    private static int clashes(StringBuilder html, Report report, LinkCard cards, List<Clash> clashes, String prefix) {
        ClashHeading heading = new ClashHeading(report);
        int card = 0;
        for (Clash clash : clashes) {
            html.append("<section class=\"clash\" id=\"").append(Html.anchor("clash", clash.label())).append("\">\n");
            heading.render(html, clash);
            for (Link link : clash.links()) {
                cards.render(html, link, prefix + (++card));
            }
            html.append("</section>\n");
        }
        return card;
    }

    /** A headed list of smaller cards numbered from {@code after + 1}; nothing when {@code links} is empty. */
    private static void list(StringBuilder html, LinkCard cards, String title, String level, List<Link> links,
                             String prefix, int after) {
        if (links.isEmpty()) {
            return;
        }
        String tag = level.isEmpty() ? "h2" : level;
        html.append('<').append(tag).append('>').append(escape(title)).append("</").append(tag)
                .append(">\n<div class=\"minor\">\n");
        for (int i = 0; i < links.size(); i++) {
            cards.render(html, links.get(i), prefix + (after + i + 1));
        }
        html.append("</div>\n");
    }

    private static List<Link> linksOf(List<Clash> clashes) {
        return clashes.stream().flatMap(c -> c.links().stream()).toList();
    }

    private static void addRefs(Map<String, List<String>> refs, List<Link> links, String prefix) {
        for (int i = 0; i < links.size(); i++) {
            String label = prefix + (i + 1);
            refs.computeIfAbsent(links.get(i).a(), k -> new ArrayList<>()).add(label);
            refs.computeIfAbsent(links.get(i).b(), k -> new ArrayList<>()).add(label);
        }
    }

    private static void header(StringBuilder html, Report report) {
        html.append("<header><div class=\"inner\">\n<div class=\"kicker\">ClaimDiff · claim comparison report</div>\n")
                .append("<h1>").append(escape(report.title())).append("</h1>\n<div class=\"sub\">")
                .append(escape(DATE.format(report.generatedAt()))).append(preparedBy(report, Html::escape))
                .append(" · ").append(report.articles().size())
                .append(report.articles().size() == 1 ? " article" : " articles").append(" · ")
                .append(report.parties().size()).append(report.parties().size() == 1 ? " party" : " parties")
                .append(report.options().confirmedOnly() ? " · confirmed contradictions only" : "")
                .append("</div>\n</div></header>\n");
    }

    /** " · prepared by NAME", or nothing when the report names no author. */
    static String preparedBy(Report report, UnaryOperator<String> escape) {
        String author = report.options().author();
        return author.isEmpty() ? "" : " · prepared by " + escape.apply(author);
    }

    private static void figures(StringBuilder html, Report report) {
        html.append("<section class=\"figures\">\n");
        figure(html, report.articles().size(), "articles compared", false);
        figure(html, report.claims().size(), "attributed claims", false);
        figure(html, report.parties().size(), "parties", false);
        figure(html, report.count(LinkKind.CONTRADICTS, LinkStatus.ACCEPTED), "contradictions confirmed", true);
        figure(html, report.count(LinkKind.CONTRADICTS, LinkStatus.PROPOSED),
                report.options().confirmedOnly() ? "awaiting review (not listed)" : "awaiting review", false);
        figure(html, report.count(LinkKind.SUPPORTS, LinkStatus.ACCEPTED), "corroborations", false);
        html.append("</section>\n");
    }

    /** One paragraph an editor can read instead of the whole report. */
    private static void summary(StringBuilder html, Report report) {
        List<Link> accepted = report.links(LinkKind.CONTRADICTS, LinkStatus.ACCEPTED);
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
        if (report.options().confirmedOnly()) {
            text.append(" This report lists confirmed links only").append(leftOut(open, rejected));
        } else {
            text.append(' ').append(open == 0 ? "No proposal awaits review" : open + (open == 1 ? " proposal awaits"
                    : " proposals await") + " review (listed apart, under Unreviewed proposals)");
            text.append(rejected == 0 ? "." : "; " + rejected + " rejected.");
        }
        html.append("<section class=\"summary\"><p>").append(text).append("</p></section>\n");
    }

    /** ": 3 unreviewed and 1 rejected proposals are left out.", or "." when nothing is. */
    private static String leftOut(long open, long rejected) {
        if (open + rejected == 0) {
            return ".";
        }
        String which = open > 0 && rejected > 0 ? open + " unreviewed and " + rejected + " rejected"
                : open > 0 ? open + " unreviewed" : rejected + " rejected";
        return ": " + which + (open + rejected == 1 ? " proposal is" : " proposals are") + " left out.";
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

    private static void footer(StringBuilder html, Report report) {
        html.append("<footer>\n<div>Sources</div>\n<table>\n");
        for (Article article : report.articles()) {
            Citation source = report.citation(article.id()).orElseThrow();
            html.append("<tr><td>");
            Html.cite(html, source, null);
            html.append("</td><td>").append(escape(source.path())).append("</td><td>")
                    .append(source.importedAt() == null ? "" : "imported " + escape(DATE.format(source.importedAt())))
                    .append("</td><td>").append(source.sha256().isEmpty() ? ""
                            : "<code>sha256 " + source.sha256().substring(0, 16) + "…</code>")
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<p>Statements are highlighted where the articles report them; ")
                .append(report.options().confirmedOnly() ? "only contradictions and corroborations the analyst"
                        + " confirmed are listed." : "contradictions marked “Proposed” were found automatically and"
                        + " have not been reviewed.").append("</p>\n</footer>\n");
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
