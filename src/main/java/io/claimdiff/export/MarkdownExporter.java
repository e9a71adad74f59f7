package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.project.AtomicFiles;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Party;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A Markdown report: figures, parties, the confirmed contradictions and corroborations with both
 * statements, the unreviewed proposals and the rejected ones under headings of their own (neither
 * with {@link ReportOptions#confirmedOnly()}), then the claims of each article.
 */
public final class MarkdownExporter implements ReportExporter {

    @Override
    public String id() {
        return "md";
    }

    @Override
    public String name() {
        return "Markdown report";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void export(Report report, Path out) throws IOException {
        AtomicFiles.write(out, render(report).getBytes(StandardCharsets.UTF_8));
    }

    public String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(report.title())).append("\n\n")
                .append("_").append(HtmlExporter.DATE.format(report.generatedAt()))
                .append(HtmlExporter.preparedBy(report, MarkdownExporter::inline)).append(" · ")
                .append(report.articles().size()).append(" articles · ").append(report.claims().size())
                .append(" claims · ").append(report.count(LinkKind.CONTRADICTS, LinkStatus.ACCEPTED))
                .append(" contradictions confirmed, ").append(report.count(LinkKind.CONTRADICTS, LinkStatus.PROPOSED))
                .append(report.options().confirmedOnly() ? " awaiting review (not listed: confirmed contradictions only)"
                        : " awaiting review").append("_\n\n## Parties\n\n| Party | Colour | Claims |\n|---|---|---|\n");
        for (Party p : report.parties()) {
            long n = report.claims().stream().filter(e -> e.claim().party().equals(p.name())).count();
            md.append("| ").append(cell(p.name())).append(" | `").append(p.colour()).append("` | ").append(n)
                    .append(" |\n");
        }
        ReportMemo.markdown(md, report);
        md.append('\n');
        links(md, report, "Contradictions", "C", report.links(LinkKind.CONTRADICTS, LinkStatus.ACCEPTED),
                "_None confirmed._");
        links(md, report, "Corroborations", "S", report.links(LinkKind.SUPPORTS, LinkStatus.ACCEPTED), "");
        List<Link> proposed = report.links(LinkStatus.PROPOSED);
        if (!proposed.isEmpty()) {
            md.append("## Unreviewed proposals\n\n_Found automatically and not reviewed by the analyst: leads to check,"
                    + " not findings._\n\n");
            links(md, report, "", "P", proposed, "");
        }
        links(md, report, "Proposals the analyst rejected", "R", report.links(LinkStatus.REJECTED), "");
        for (Article article : report.articles()) {
            md.append("## ").append(inline(article.title())).append("\n\n`").append(article.fileName())
                    .append("`\n\n| Speaker | Party | Stance | Statement | Tags |\n|---|---|---|---|---|\n");
            for (ClaimEntry e : report.claimsOf(article.id())) {
                Claim c = e.claim();
                md.append("| ").append(cell(c.speaker())).append(" | ").append(cell(c.party())).append(" | ")
                        .append(c.stance().id()).append(" | ").append(cell(report.text(c))).append(" | ")
                        .append(cell(String.join(", ", e.tags()))).append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    /**
     * A section of links numbered {@code prefix}1, {@code prefix}2, ...; an empty {@code title} adds
     * no heading, an empty {@code none} leaves out a section with no links.
     */
    private static void links(StringBuilder md, Report report, String title, String prefix, List<Link> links,
                              String none) {
        if (links.isEmpty() && none.isEmpty()) {
            return;
        }
        if (!title.isEmpty()) {
            md.append("## ").append(title).append("\n\n");
        }
        int n = 0;
        for (Link link : links) {
            md.append("### ").append(prefix).append(++n).append(". ")
                    .append(link.kind() == LinkKind.SUPPORTS ? "Corroboration: " : "").append(inline(link.reason()))
                    .append(" — ").append(link.status().name().toLowerCase(Locale.ROOT)).append("\n\n");
            statement(md, report, report.claim(link.a()));
            statement(md, report, report.claim(link.b()));
            if (!link.note().isBlank()) {
                md.append("**Note:** ").append(inline(link.note())).append("\n\n");
            }
        }
        if (links.isEmpty()) {
            md.append(none).append("\n\n");
        }
    }

    private static void statement(StringBuilder md, Report report, ClaimEntry e) {
        Claim c = e.claim();
        md.append("> ").append(inline(Quotation.quote(report.text(c)))).append("\n>\n> — **").append(inline(c.speaker()))
                .append("** (").append(inline(c.party())).append(", ").append(c.stance().id()).append("), _")
                .append(inline(report.citation(c.articleId()).map(Citation::text).orElse(c.articleId()))).append("_");
        if (!e.tags().isEmpty()) {
            md.append(" · tags: ").append(inline(String.join(", ", e.tags())));
        }
        md.append("\n\n");
        if (!e.note().isBlank()) {
            md.append("Note: ").append(inline(e.note())).append("\n\n");
        }
    }

    /** Text on one line with Markdown and HTML specials escaped. */
    static String inline(String text) {
        return text.replaceAll("\\s+", " ").strip().replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private static String cell(String text) {
        return inline(text);
    }
}
