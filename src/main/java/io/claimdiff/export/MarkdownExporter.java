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
import java.util.Locale;

/** A Markdown report: figures, parties, contradictions with both statements, claims per article. */
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
                .append("_").append(HtmlExporter.DATE.format(report.generatedAt())).append(" · ")
                .append(report.articles().size()).append(" articles · ").append(report.claims().size())
                .append(" claims · ").append(report.count(LinkKind.CONTRADICTS, LinkStatus.ACCEPTED))
                .append(" contradictions confirmed, ").append(report.count(LinkKind.CONTRADICTS, LinkStatus.PROPOSED))
                .append(" awaiting review_\n\n## Parties\n\n| Party | Colour | Claims |\n|---|---|---|\n");
        for (Party p : report.parties()) {
            long n = report.claims().stream().filter(e -> e.claim().party().equals(p.name())).count();
            md.append("| ").append(cell(p.name())).append(" | `").append(p.colour()).append("` | ").append(n)
                    .append(" |\n");
        }
        md.append("\n## Contradictions\n\n");
        int n = 0;
        for (Link link : report.links(LinkKind.CONTRADICTS)) {
            md.append("### ").append(++n).append(". ").append(inline(link.reason())).append(" — ")
                    .append(link.status().name().toLowerCase(Locale.ROOT)).append("\n\n");
            statement(md, report, report.claim(link.a()));
            statement(md, report, report.claim(link.b()));
            if (!link.note().isBlank()) {
                md.append("**Note:** ").append(inline(link.note())).append("\n\n");
            }
        }
        if (n == 0) {
            md.append("_None._\n\n");
        }
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

    private static void statement(StringBuilder md, Report report, ClaimEntry e) {
        Claim c = e.claim();
        Article article = report.article(c.articleId());
        md.append("> ").append(inline(Quotation.quote(report.text(c)))).append("\n>\n> — **").append(inline(c.speaker()))
                .append("** (").append(inline(c.party())).append(", ").append(c.stance().id()).append("), _")
                .append(inline(article == null ? c.articleId() : article.title())).append("_");
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
