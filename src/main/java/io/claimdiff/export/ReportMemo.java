package io.claimdiff.export;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The analyst's project memo as a short "Memo" section of the HTML and Markdown reports; nothing when empty. */
final class ReportMemo {

    private ReportMemo() {
    }

    /** An HTML section keeping the memo's line breaks. */
    static void html(StringBuilder html, Report report) {
        String memo = report.state().memo().strip();
        if (!memo.isEmpty()) {
            html.append("<h2>Memo</h2>\n<section class=\"summary memo\"><p>")
                    .append(Html.escape(memo).replaceAll("\\R", "<br>\n")).append("</p></section>\n");
        }
    }

    /** A Markdown section: the memo's paragraphs, each line a hard line break. */
    static void markdown(StringBuilder md, Report report) {
        String memo = report.state().memo().strip();
        if (!memo.isEmpty()) {
            md.append("\n## Memo\n\n").append(Arrays.stream(memo.split("\\R\\s*\\R"))
                    .map(paragraph -> Arrays.stream(paragraph.strip().split("\\R"))
                            .map(MarkdownExporter::inline).collect(Collectors.joining("  \n")))
                    .collect(Collectors.joining("\n\n"))).append('\n');
        }
    }
}
