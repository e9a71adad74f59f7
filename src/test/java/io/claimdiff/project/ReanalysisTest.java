package io.claimdiff.project;

import io.claimdiff.model.ClaimGraph;
import io.claimdiff.extract.ClaimExtractor;
import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-analysis (new engine, or the article changed on disk) keeps every analyst edit. */
class ReanalysisTest {

    private static final Clock LATER = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** What the analyst did, by content words rather than ids: ids may change, words may not. */
    private record Work(Map<String, String> notes, Map<String, List<String>> tags, Map<String, String> parties,
                        Map<String, String> linkStatus) {
        static Work of(Project p) {
            Map<String, String> notes = new HashMap<>();
            Map<String, List<String>> tags = new HashMap<>();
            Map<String, String> parties = new HashMap<>();
            for (ClaimEntry e : p.claims()) {
                String words = words(p, e.id());
                notes.put(words, e.note());
                tags.put(words, e.tags());
                parties.put(words, e.claim().party() + "/" + e.claim().speaker() + "/" + e.claim().stance());
            }
            Map<String, String> links = new HashMap<>();
            p.links().stream().filter(l -> l.status() != LinkStatus.PROPOSED).forEach(l ->
                    links.put(l.kind() + ":" + words(p, l.a()) + "|" + words(p, l.b()), l.status() + "/" + l.note()));
            return new Work(notes, tags, parties, links);
        }
    }

    private static String words(Project p, String claimId) {
        Claim c = p.claim(claimId).orElseThrow().claim();
        return c.content().of(p.article(c.articleId()).orElseThrow().text());
    }

    private static Project editedProject() {
        Project project = Fixtures.realistic();
        ProjectEdits edits = new ProjectEdits(project, new CommandStack());
        edits.mergeParties("US media", "United States");
        edits.editAttribution("a1-c5", "Dmitry Peskov", "Kremlin", Stance.DENY);
        edits.toggleTag("a1-c3", "summit");
        edits.setNote("a1-c2", "Quote from France24, second hand.");
        edits.linkClaims(LinkKind.CONTRADICTS, "a1-c2", "a1-c5");
        return project;
    }

    @Test
    void savedReopenedAndReanalysedByANewEngineKeepsEveryEdit() throws Exception {
        Project project = editedProject();
        Work before = Work.of(project);
        ProjectStore store = new ProjectStore();
        Path file = dir.resolve("edited.claimdiff");
        store.save(project, file);
        Project reopened = store.open(file);
        assertEquals(before, Work.of(reopened));

        // the new engine finds the fixture claims plus one more at the top, so every id shifts by one
        new ProjectAnalyzer(new AnalysisService(shiftingEngine(Fixtures.realistic()), (articles, claims) -> ClaimGraph.empty()), LATER)
                .reanalyzeAll(reopened);
        Work after = Work.of(reopened);
        assertEquals(before.notes(), without(after.notes(), before.notes()));
        assertEquals(before.tags(), without(after.tags(), before.tags()));
        assertEquals(before.parties(), without(after.parties(), before.parties()));
        assertEquals(before.linkStatus(), after.linkStatus());
        assertTrue(reopened.party("US media").isEmpty(), "the merge stays");
    }

    @Test
    void aPlaceholderEngineWithCollidingIdsCannotHijackDecidedLinks() {
        Project project = editedProject();
        Work before = Work.of(project);
        // the real engine numbers its own claims a1-c1, a1-c2, ... over different spans
        new ProjectAnalyzer(new AnalysisService(new AttributionExtractor(), (articles, claims) -> ClaimGraph.empty()), LATER)
                .reanalyzeAll(project);
        Work after = Work.of(project);
        assertEquals(before.linkStatus(), after.linkStatus());
        Map<String, List<String>> tagged = new HashMap<>(before.tags());
        tagged.values().removeIf(List::isEmpty);
        assertEquals(tagged, without(after.tags(), tagged));
        assertTrue(project.claims().stream().anyMatch(e -> e.id().endsWith("-r1")), "clashing new ids are renamed");
        assertTrue(project.links().stream().allMatch(l -> project.claim(l.a()).isPresent()
                && project.claim(l.b()).isPresent()));
    }

    @Test
    void anArticleChangedOnDiskKeepsItsEditsWhereTheWordsMoved() {
        Project project = editedProject();
        Work before = Work.of(project);
        Article old = project.article("a1").orElseThrow();
        Article changed = new Article("a1", old.path(), old.title(),
                "UPDATE: this story was corrected on Feb. 9.\n\n" + old.text().replace("five hours", "six hours"),
                List.of());
        assertTrue(ProjectAnalyzer.changedOnDisk(project, changed));
        List<String> lost = new ProjectAnalyzer(new AnalysisService(shiftingEngine(Fixtures.realistic()),
                (articles, claims) -> ClaimGraph.empty()), LATER).reanalyze(project, changed);
        assertEquals(List.of(), lost);
        assertEquals(before.linkStatus(), Work.of(project).linkStatus());
        assertEquals(before.notes(), without(Work.of(project).notes(), before.notes()));
        assertEquals(Instant.parse("2026-11-21T08:00:00Z"), project.source("a1").orElseThrow().importedAt());
        assertFalse(ProjectAnalyzer.changedOnDisk(project, changed));
        Claim peskov = project.claim("a1-c4").orElseThrow().claim();
        assertEquals("Given the current situation, Moscow and Paris could not have struck any deals",
                peskov.content().of(changed.text()));
        assertEquals(List.of("assurance", "TASS"), project.claim("a1-c4").orElseThrow().tags());
    }

    @Test
    void wordsThatDisappearedAreReportedButTheAnalystsClaimStays() {
        Project project = editedProject();
        Article old = project.article("a1").orElseThrow();
        String gone = "I obtained [from Putin] that there will be no degradation nor escalation";
        Article changed = new Article("a1", old.path(), old.title(), old.text().replace(gone, "(quote removed)"),
                List.of());
        List<String> lost = new ProjectAnalyzer(new AnalysisService(article -> List.of(), (articles, claims) -> ClaimGraph.empty()), LATER)
                .reanalyze(project, changed);
        assertEquals(List.of("a1-c2"), lost);
        assertEquals("Quote from France24, second hand.", project.claim("a1-c2").orElseThrow().note());
    }

    @Test
    void changedFilesAreFoundOnDisk() throws Exception {
        Path file = dir.resolve("story.txt");
        java.nio.file.Files.writeString(file, "Peskov said the talks were useful.\n");
        ProjectAnalyzer analyzer = new ProjectAnalyzer(new AnalysisService(new AttributionExtractor(),
                (articles, claims) -> ClaimGraph.empty()), LATER);
        Project project = new Project();
        analyzer.add(project, List.of(new io.claimdiff.ingest.ArticleLoader().load(file, "a1")), (article, e) -> {
            throw new AssertionError("analysis of " + article.path() + " failed", e);
        });
        io.claimdiff.ingest.ArticleLoader loader = new io.claimdiff.ingest.ArticleLoader();
        assertEquals(List.of(), ProjectAnalyzer.changedOnDisk(project, loader));
        java.nio.file.Files.writeString(file, "Update.\nPeskov said the talks were useful.\n");
        List<Article> changed = ProjectAnalyzer.changedOnDisk(project, loader);
        assertEquals(1, changed.size());
        assertEquals("a1", changed.get(0).id());
        java.nio.file.Files.delete(file);
        assertEquals(List.of(), ProjectAnalyzer.changedOnDisk(project, loader), "a vanished file is not a change");
    }

    /** Finds the engine claims of {@code reference} again by their words, numbered from c2. */
    private static ClaimExtractor shiftingEngine(Project reference) {
        return article -> {
            List<Claim> found = new ArrayList<>();
            String text = article.text();
            found.add(new Claim(article.id() + "-c1", article.id(), new TextSpan(0, Math.min(10, text.length())),
                    null, null, "someone", "Someone", Stance.ASSERT, "new-engine", 0.3));
            for (ClaimEntry e : reference.claimsOf(article.id())) {
                if (e.provenance() == Provenance.ANALYST) {
                    continue;
                }
                Claim c = e.claim();
                String words = c.content().of(reference.article(article.id()).orElseThrow().text());
                int at = text.indexOf(words);
                if (at >= 0) {
                    found.add(new Claim(article.id() + "-c" + (found.size() + 1), article.id(),
                            new TextSpan(at, at + words.length()), null, null, c.speaker(), c.party(), c.stance(),
                            "new-engine", 0.95));
                }
            }
            return found;
        };
    }

    private static <V> Map<String, V> without(Map<String, V> after, Map<String, V> before) {
        Map<String, V> kept = new HashMap<>(after);
        kept.keySet().retainAll(before.keySet());
        return kept;
    }
}
