package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.model.ArticleMeta;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ArticleSource;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.Fixtures;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectEdits;
import io.claimdiff.project.ProjectState;
import io.claimdiff.project.qdpx.QdpxReader;
import io.claimdiff.ingest.ArticleLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ClaimDiff → .qdpx → ClaimDiff gives back the claims, tags, notes, links and details (issue 20). */
class QdpxRoundTripTest {

    @TempDir
    Path dir;

    /** The realistic project with everything an analyst adds, and titles no file system takes. */
    static ProjectState worked() {
        Project project = Fixtures.realistic();
        ProjectEdits edits = new ProjectEdits(project, new CommandStack());
        Article emoji = new Article("a6", "notes/emoji.txt", "Talks 🇫🇷/🇷🇺: \"deal\"?",
                "Paris 😀 talks.\n\nThe minister said: \"We will meet again in 🗓️ March.\"\n", List.of(),
                new ArticleMeta("Le Monde", "https://example.org/talks", List.of("A. Writer", "B. Writer"),
                        LocalDate.parse("2022-02-08")));
        project.addArticle(emoji, ArticleSource.of(emoji.path(), emoji.text(), Fixtures.IMPORTED));
        String mine = edits.addClaim("a6", Fixtures.span(emoji.text(), "We will meet again in 🗓️ March."),
                "the minister", "France", Stance.ASSERT);
        // a file saved with a byte-order mark and Windows line ends
        Article windows = bomAndCrlf("a7");
        project.addArticle(windows, ArticleSource.of(windows.path(), windows.text(), Fixtures.IMPORTED));
        edits.addClaim("a7", Fixtures.span(windows.text(), "the 🇺🇦 talks failed"), "Dmitry Peskov", "Russia",
                Stance.DENY);
        List<ClaimEntry> claims = project.claims();
        String first = claims.get(0).id();
        edits.toggleTag(first, "Russia");
        edits.toggleTag(first, "deny");
        edits.toggleTag(first, "Check");
        edits.toggleTag(mine, "Check");
        edits.recolourTag("Check", "#aa3300");
        edits.setNote(first, "Check with AFP.\nSecond line.");
        edits.setNote(mine, "Said twice 🙂");
        edits.setProjectMemo("What this project is about.\nTwo lines.");
        String other = claims.stream().filter(e -> !e.claim().party().equals(claims.get(0).claim().party()))
                .findFirst().orElseThrow().id();
        String made = edits.linkClaims(LinkKind.CONTRADICTS, first, other);
        edits.setLinkNote(made, "The analyst's own link");
        List<Link> proposed = project.links().stream().filter(l -> l.status() == LinkStatus.PROPOSED).toList();
        edits.setLinkStatus(proposed.get(0).id(), LinkStatus.ACCEPTED);
        edits.setLinkNote(proposed.get(0).id(), "Confirmed by the Elysée");
        String support = edits.linkClaims(LinkKind.SUPPORTS, claims.get(1).id(), claims.get(2).id());
        edits.setLinkStatus(support, LinkStatus.REJECTED);
        edits.setLinkNote(support, "Not the same event");
        return project.snapshot();
    }

    private static Article bomAndCrlf(String id) {
        try {
            Path file = java.nio.file.Files.createTempFile("kremlin", ".txt");
            java.nio.file.Files.write(file, ("\uFEFFKremlin: no talks\r\n\r\nPeskov denied that the 🇺🇦 talks failed,"
                    + " he told reporters.\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Article read = new ArticleLoader().load(file, id);
            java.nio.file.Files.delete(file);
            return read;
        } catch (java.io.IOException | io.claimdiff.ingest.ArticleLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    private QdpxReader.Imported roundTrip(ProjectState state) throws Exception {
        Path out = dir.resolve("worked.qdpx");
        new QdpxExporter("test").export(new Report("worked", ExportFormatsTest.AT, state), out);
        QdpxExportTest.validate(ExportFormatsTest.unzip(out).get("project.qde"));
        return new QdpxReader(new ArticleLoader(), Clock.systemUTC()).read(out);
    }

    @Test
    void claimsTagsNotesLinksAndDetailsComeBack() throws Exception {
        ProjectState before = worked();
        QdpxReader.Imported imported = roundTrip(before);
        ProjectState after = imported.state();
        assertTrue(imported.fromClaimDiff());
        assertEquals(List.of(), imported.notices());

        assertEquals(before.articles().size(), after.articles().size());
        for (int i = 0; i < before.articles().size(); i++) {
            Article a = before.articles().get(i);
            Article b = after.articles().get(i);
            assertEquals(a.text(), b.text(), a.id());
            assertEquals(a.title(), b.title());
            assertEquals(a.meta(), b.meta());
            assertEquals(a.path(), b.path());
        }
        Map<String, ClaimEntry> byWords = byWords(after);
        assertEquals(before.claims().size(), after.claims().size());
        for (ClaimEntry e : before.claims()) {
            ClaimEntry back = byWords.get(words(before, e.claim()));
            assertNotNull(back, "claim " + e.id() + " came back");
            Claim c = e.claim();
            assertEquals(List.of(c.speaker(), c.party(), c.stance(), c.rule()),
                    List.of(back.claim().speaker(), back.claim().party(), back.claim().stance(), back.claim().rule()));
            assertEquals(e.tags(), back.tags(), e.id());
            assertEquals(e.note(), back.note(), e.id());
            assertEquals(e.provenance(), back.provenance(), e.id());
        }
        assertEquals(linkSummary(before), linkSummary(after));
        assertEquals(before.memo(), after.memo());
        assertEquals(before.tagColours(), after.tagColours());
        Map<String, String> colours = new HashMap<>();
        before.parties().forEach(p -> colours.put(p.name(), p.colour()));
        after.parties().forEach(p -> assertEquals(colours.get(p.name()), p.colour(), p.name()));
    }

    @Test
    void theEngineGivesImportedClaimsTheirCueAgainAndAddsNone() throws Exception {
        var context = io.claimdiff.app.AppContext.standard();
        Project analysed = new Project();
        context.projectAnalyzer().add(analysed, Fixtures.articles(), (article, e) -> {
            throw new AssertionError(e);
        });
        ProjectEdits edits = new ProjectEdits(analysed, new CommandStack());
        String deleted = analysed.claims().get(3).id();
        edits.deleteClaim(deleted);
        Link decided = analysed.links().get(0);
        edits.setLinkStatus(decided.id(), LinkStatus.ACCEPTED);
        ProjectState before = analysed.snapshot();

        ProjectState complete = context.projectAnalyzer().completeImport(roundTrip(before).state(), true);
        assertEquals(before.claims().size(), complete.claims().size(), "no claim added (the deleted one stays deleted)");
        Map<String, ClaimEntry> back = byWords(complete);
        for (ClaimEntry e : before.claims()) {
            Claim c = back.get(words(before, e.claim())).claim();
            assertEquals(e.claim().cue(), c.cue(), "the cue of " + e.id());
            assertEquals(e.claim().speakerSpan(), c.speakerSpan(), "the speaker words of " + e.id());
        }
        assertEquals(linkSummary(before).stream().filter(l -> l.contains("ACCEPTED")).toList(),
                linkSummary(complete).stream().filter(l -> l.contains("ACCEPTED")).toList());
        assertTrue(complete.links().stream().anyMatch(l -> l.status() == LinkStatus.PROPOSED), "proposals again");
    }

    private static Map<String, ClaimEntry> byWords(ProjectState state) {
        return state.claims().stream().collect(Collectors.toMap(e -> words(state, e.claim()), e -> e));
    }

    private static String words(ProjectState state, Claim c) {
        int index = 0;
        for (int i = 0; i < state.articles().size(); i++) {
            if (state.articles().get(i).id().equals(c.articleId())) {
                index = i;
            }
        }
        TextSpan s = c.content();
        return index + ":" + s.start() + ":" + s.end();
    }

    private static List<String> linkSummary(ProjectState state) {
        Map<String, Claim> claims = new HashMap<>();
        state.claims().forEach(e -> claims.put(e.id(), e.claim()));
        return state.links().stream().map(l -> {
            String a = words(state, claims.get(l.a()));
            String b = words(state, claims.get(l.b()));
            return l.kind() + " " + (a.compareTo(b) < 0 ? a + "~" + b : b + "~" + a) + " " + l.status() + " "
                    + l.provenance() + " " + l.reason() + " | " + l.note();
        }).sorted().toList();
    }
}
