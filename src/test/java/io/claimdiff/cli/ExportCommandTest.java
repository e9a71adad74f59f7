package io.claimdiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdiff.app.AppContext;
import io.claimdiff.project.Fixtures;
import io.claimdiff.project.Json;
import io.claimdiff.project.ProjectStore;
import org.jsoup.Jsoup;
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

class ExportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, AppContext.standard(), request -> 0, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void exportsArticlesAnalysedOnTheSpot() throws Exception {
        Path html = dir.resolve("r.html");
        int code = run("export", "--format", "html", "-o", html.toString(), "--title", "Samples",
                "--date", "2026-11-22T10:00:00Z", "sample-articles/003_96697f14995cd737.txt",
                "sample-articles/004_80973514d3295959.txt");
        assertEquals(0, code, err.toString());
        assertEquals(2, Jsoup.parse(html.toFile(), "UTF-8").select("article").size());
        assertTrue(Files.readString(html).contains("22 November 2026, 10:00 UTC"));
    }

    @Test
    void createsAProjectThenExportsItInEveryFormat() throws Exception {
        Path project = dir.resolve("talks.claimdiff");
        assertEquals(0, run("project", "-o", project.toString(), "sample-articles/000_d8922207816c192b.txt",
                "sample-articles/001_df4687b789c341df.txt"), err.toString());
        assertEquals(2, new ProjectStore().open(project).articles().size());
        for (String format : new String[] {"html", "md", "csv", "json", "qdpx", "claimreview"}) {
            Path target = dir.resolve("out." + format);
            assertEquals(0, run("export", "-f", format, "-o", target.toString(), project.toString()), err.toString());
            assertTrue(Files.exists(target), format);
        }
        assertTrue(Files.readString(dir.resolve("out.md")).startsWith("# talks\n"));
    }

    @Test
    void aQdpxConvertsBackIntoTheSameProject() throws Exception {
        Path project = dir.resolve("talks.claimdiff");
        assertEquals(0, run("project", "-o", project.toString(), "sample-articles/000_d8922207816c192b.txt",
                "sample-articles/001_df4687b789c341df.txt"), err.toString());
        Path qdpx = dir.resolve("talks.qdpx");
        assertEquals(0, run("export", "-f", "qdpx", "-o", qdpx.toString(), project.toString()), err.toString());
        Path back = dir.resolve("back.claimdiff");
        assertEquals(0, run("project", "-o", back.toString(), qdpx.toString()), err.toString());
        var before = new ProjectStore().open(project);
        var after = new ProjectStore().open(back);
        assertEquals(before.claims().size(), after.claims().size());
        for (int i = 0; i < before.claims().size(); i++) {
            var a = before.claims().get(i).claim();
            var b = after.claims().get(i).claim();
            assertEquals(List.of(a.content(), a.cue(), a.speaker(), a.party(), a.stance()),
                    List.of(b.content(), b.cue(), b.speaker(), b.party(), b.stance()));
        }
        Path md = dir.resolve("back.md");
        assertEquals(0, run("export", "-f", "md", "-o", md.toString(), qdpx.toString()), err.toString());
        assertTrue(Files.readString(md).startsWith("# talks\n"), "titled after the .qdpx");
        assertEquals(2, run("project", "-o", back.toString(), qdpx.toString(), project.toString()));
        assertTrue(err.toString().contains("one .qdpx to convert"), err.toString());
    }

    @Test
    void confirmedOnlyLeavesOutWhatTheAnalystHasNotAccepted() throws Exception {
        Path project = fixtureProject();
        Path all = exported(project, "all.md", "-f", "md");
        Path confirmed = exported(project, "confirmed.md", "-f", "md", "--confirmed-only");
        assertTrue(Files.readString(all).contains("## Unreviewed proposals"));
        String md = Files.readString(confirmed);
        assertFalse(md.contains("Unreviewed proposals") || md.contains("— proposed") || md.contains("— rejected"), md);
        assertTrue(md.contains("— accepted"));
        assertEquals("", err.toString());
    }

    @Test
    void theAnalystNamedByAuthorSignsTheReviewsAndTheReport() throws Exception {
        Path project = fixtureProject();
        Path reviews = exported(project, "reviews.jsonld", "-f", "claimreview", "--author", "Jane Analyst");
        Path html = exported(project, "r.html", "-f", "html", "--author", "Jane Analyst");
        JsonNode first = Json.mapper().readTree(reviews.toFile()).get(0);
        assertEquals("Jane Analyst", first.at("/author/name").asText());
        assertEquals("Person", first.at("/author/@type").asText());
        assertTrue(Jsoup.parse(html.toFile(), "UTF-8").selectFirst("header .sub").text().contains("prepared by Jane Analyst"));

        Path anonymous = exported(project, "anonymous.jsonld", "-f", "claimreview");
        assertFalse(Json.mapper().readTree(anonymous.toFile()).get(0).has("author"));
    }

    private Path fixtureProject() throws Exception {
        Path project = dir.resolve("talks.claimdiff");
        new ProjectStore().save(Fixtures.realistic(), project);
        return project;
    }

    /** Runs {@code export OPTIONS -o NAME PROJECT}, which must succeed, and returns the file written. */
    private Path exported(Path project, String name, String... options) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("export"));
        args.addAll(List.of(options));
        args.addAll(List.of("-o", out.toString(), project.toString()));
        assertEquals(0, run(args.toArray(String[]::new)), err.toString());
        return out;
    }

    @Test
    void confirmedOnlyOnArticlesJustAnalysedSaysWhyTheReportListsNothing() {
        Path html = dir.resolve("r.html");
        assertEquals(0, run("export", "-f", "html", "--confirmed-only", "-o", html.toString(),
                "sample-articles/003_96697f14995cd737.txt"));
        assertTrue(err.toString().startsWith("claimdiff: nothing has been confirmed"), err.toString());
        assertTrue(Files.exists(html));
    }

    @Test
    void aDamagedProjectIsOneLineAndExitTwo() throws Exception {
        Path project = dir.resolve("broken.claimdiff");
        new ProjectStore().save(Fixtures.realistic(), project);
        byte[] bytes = Files.readAllBytes(project);
        Files.write(project, java.util.Arrays.copyOf(bytes, 500));
        Path target = dir.resolve("r.html");
        assertEquals(2, run("export", "-f", "html", "-o", target.toString(), project.toString()));
        String message = err.toString();
        assertTrue(message.startsWith("claimdiff: " + project + ": is truncated"), message);
        assertEquals(1, message.lines().count(), message);
        assertFalse(Files.exists(target));
    }

    @Test
    void badInputsAreOneLineEach() {
        assertEquals(2, run("export", "-f", "pdf", "-o", dir.resolve("x").toString(), "sample-articles/000_d8922207816c192b.txt"));
        assertTrue(err.toString().contains("unknown format 'pdf'; choose one of html, md, csv, json, qdpx, claimreview"));
        assertEquals(2, run("export", "-f", "html", "-o", dir.resolve("x.html").toString(), "missing.txt"));
        assertTrue(err.toString().contains("claimdiff: missing.txt: no such file"));
        assertEquals(2, run("export", "-f", "html", "-o", dir.resolve("x.html").toString(), "pom.xml"));
        assertTrue(err.toString().contains("pom.xml: not a supported article type"));
        assertEquals(2, run("project", "-o", dir.resolve("x.json").toString(), "sample-articles/000_d8922207816c192b.txt"));
        assertFalse(err.toString().contains("Exception") || err.toString().contains("\tat "), err.toString());
        assertEquals(4, err.toString().lines().count(), err.toString());
    }
}
