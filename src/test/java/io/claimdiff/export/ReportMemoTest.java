package io.claimdiff.export;

import io.claimdiff.project.CommandStack;
import io.claimdiff.project.Fixtures;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectEdits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project memo in the HTML and Markdown reports. */
class ReportMemoTest {

    private static final String MEMO = "Who promised what: <Macron> vs the Kremlin.\nAsk both offices.\n\nOpen: TASS *wording*.";

    private static Report report(String memo) {
        Project project = Fixtures.realistic();
        new ProjectEdits(project, new CommandStack()).setProjectMemo(memo);
        return Report.of(project, "Ukraine talks", ExportFormatsTest.AT);
    }

    @Test
    void theHtmlReportHasAMemoSectionKeepingItsLines() {
        Document doc = Jsoup.parse(new HtmlExporter("test").render(report(MEMO)));
        Element memo = doc.selectFirst("section.memo");
        assertEquals("Memo", memo.previousElementSibling().text());
        assertEquals(3, memo.select("br").size(), "a break a line, two between paragraphs");
        assertEquals("Who promised what: <Macron> vs the Kremlin. Ask both offices. Open: TASS *wording*.",
                memo.text());
        assertTrue(doc.select("h2").eachText().indexOf("Memo") < doc.select("h2").eachText().indexOf("Contradictions"));
    }

    @Test
    void theMarkdownReportHasAMemoSectionWithItsParagraphs() {
        String md = new MarkdownExporter().render(report(MEMO));
        assertTrue(md.contains("\n## Memo\n\nWho promised what: \\<Macron\\> vs the Kremlin.  \nAsk both offices.\n\n"
                + "Open: TASS \\*wording\\*.\n\n## Contradictions\n"), md);
    }

    @Test
    void anEmptyMemoAddsNothing() {
        assertFalse(new HtmlExporter("test").render(report("  \n")).contains("Memo"));
        assertFalse(new MarkdownExporter().render(report("")).contains("## Memo"));
    }
}
