package io.claimdiff.cli;

import io.claimdiff.app.AppContext;
import io.claimdiff.ingest.BadInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole bad-input corpus on the command line: one stderr line per problem, the rest analysed, exit 2. */
class BadInputCliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, AppContext.standard(), request -> 0, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void analyzeReportsEachBadFileOnOneLineAndAnalysesTheRest() {
        BadInputs.materialise(dir);
        List<String> args = new ArrayList<>(List.of("analyze"));
        args.add("sample-articles/003_96697f14995cd737.txt");
        BadInputs.all().forEach(c -> args.add(dir.resolve(c.file()).toString()));
        int code = run(args.toArray(String[]::new));
        assertEquals(ExitCodes.BAD_INPUT, code);
        List<String> lines = err.toString().lines().toList();
        for (String line : lines) {
            assertTrue(line.startsWith("claimdiff: " + dir), "one line naming the file: " + line);
        }
        assertFalse(err.toString().contains("\tat "), "no stack trace");
        assertFalse(err.toString().contains("Exception"), "no exception names");
        for (BadInputs.Case c : BadInputs.all()) {
            String prefix = "claimdiff: " + dir.resolve(c.file()) + ": ";
            List<String> about = lines.stream().filter(l -> l.startsWith(prefix)).toList();
            if (c.refused()) {
                assertEquals(1, about.size(), c + " " + lines);
                assertTrue(about.get(0).startsWith(prefix + c.expect()), about.get(0));
                assertFalse(out.toString().contains(dir.resolve(c.file()).toString()), c.file());
            } else {
                assertEquals(c.expect() == null ? 0 : 1, about.size(), c + " " + about);
                assertTrue(out.toString().contains(dir.resolve(c.file()).toString()), c + " is analysed and printed");
            }
        }
        assertTrue(out.toString().contains("003_96697f14995cd737.txt"));
    }

    @Test
    void anArticleThatCrashesTheEngineIsReportedAndTheOthersAreStillAnalysed() throws Exception {
        io.claimdiff.extract.AttributionExtractor real = new io.claimdiff.extract.AttributionExtractor();
        AppContext context = new AppContext(new io.claimdiff.ingest.ArticleLoader(), article -> {
            if (article.text().contains("CRASH")) {
                throw new IllegalStateException("engine bug");
            }
            return real.extract(article);
        }, new io.claimdiff.compare.ContradictionFinder());
        Path crash = Files.writeString(dir.resolve("crash.txt"), "CRASH\n\nThe minister said it would crash.");
        int code = Cli.run(new String[] {"analyze", crash.toString(), "sample-articles/003_96697f14995cd737.txt"},
                context, request -> 0, new PrintWriter(out), new PrintWriter(err));
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertEquals("claimdiff: " + crash + ": analysis failed (IllegalStateException)", err.toString().strip());
        assertTrue(out.toString().contains("003_96697f14995cd737.txt"));
        assertFalse(out.toString().contains("crash.txt"));
    }

    @Test
    void exportOfABadArticleWritesNothing() throws Exception {
        BadInputs.materialise(dir);
        Path report = dir.resolve("report.html");
        int code = run("export", "-f", "html", "-o", report.toString(),
                "sample-articles/003_96697f14995cd737.txt", dir.resolve("image-png.txt").toString());
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertEquals("claimdiff: " + dir.resolve("image-png.txt") + ": looks like a binary file (PNG image), not text",
                err.toString().strip());
        assertFalse(Files.exists(report));
    }

    @Test
    void exportNotesTheAssumedCharset() throws Exception {
        BadInputs.materialise(dir);
        Path report = dir.resolve("report.md");
        int code = run("export", "-f", "md", "-o", report.toString(), dir.resolve("windows-1252.txt").toString());
        assertEquals(ExitCodes.OK, code, err.toString());
        assertTrue(err.toString().startsWith("claimdiff: " + dir.resolve("windows-1252.txt") + ": decoded as windows-1252"),
                err.toString());
        assertTrue(Files.size(report) > 0);
    }

    // an engine that fails on one article, as a bug in a rule would
    private static AppContext failingOn(String marker) {
        io.claimdiff.extract.AttributionExtractor real = new io.claimdiff.extract.AttributionExtractor();
        return new AppContext(new io.claimdiff.ingest.ArticleLoader(), article -> {
            if (article.text().contains(marker)) {
                throw new IllegalStateException("rule bug");
            }
            return real.extract(article);
        }, new io.claimdiff.compare.ContradictionFinder());
    }

    @Test
    void exportAndProjectKeepAnArticleWhoseAnalysisFailsAndSaySo() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "Headline\n\nKABOOM. The minister said it was fine.");
        String good = "sample-articles/003_96697f14995cd737.txt";
        Path html = dir.resolve("r.html");
        int code = Cli.run(new String[] {"export", "-f", "html", "-o", html.toString(), good, bad.toString()},
                failingOn("KABOOM"), request -> 0, new PrintWriter(out), new PrintWriter(err));
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertEquals(List.of("claimdiff: " + bad + ": analysis failed (IllegalStateException); kept without claims"),
                err.toString().lines().toList());
        org.jsoup.nodes.Document report = org.jsoup.Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals(2, report.select("article").size(), "both articles are in the report");

        Path project = dir.resolve("p.claimdiff");
        code = Cli.run(new String[] {"project", "-o", project.toString(), bad.toString(), good},
                failingOn("KABOOM"), request -> 0, new PrintWriter(out), new PrintWriter(err));
        assertEquals(ExitCodes.BAD_INPUT, code);
        io.claimdiff.project.Project saved = new io.claimdiff.project.ProjectStore().open(project);
        assertEquals(2, saved.articles().size());
        assertTrue(saved.claimsOf("a1").isEmpty());
        assertFalse(saved.claimsOf("a2").isEmpty(), "the good article is analysed");
    }

    @Test
    void claimTextCannotSendTerminalEscapes() throws Exception {
        Path article = Files.writeString(dir.resolve("esc.txt"),
                "Headline\n\nThe minister said the \u001b[2J\u001b]0;owned\u0007 vote was \u202efake\u202c.\n");
        assertEquals(0, run("analyze", article.toString()), err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("minister"), printed);
        assertFalse(printed.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), printed);
        assertTrue(printed.contains("\\u001b[2J"), "shown escaped: " + printed);
    }
}
