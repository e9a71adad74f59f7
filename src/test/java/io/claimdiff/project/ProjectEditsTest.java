package io.claimdiff.project;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Contradiction;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectEditsTest {

    private static final String TEXT = "Macron said Putin promised calm. Peskov denied any deal. Zelensky hoped for talks.";
    private final Project project = new Project();
    private final CommandStack stack = new CommandStack();
    private final ProjectEdits edits = new ProjectEdits(project, stack);

    private static Claim claim(String id, int start, int end, String speaker, String party, Stance stance) {
        return new Claim(id, "a1", new TextSpan(start, end), new TextSpan(start, start), null, speaker, party,
                stance, "test", 0.9);
    }

    @BeforeEach
    void setUp() {
        project.addArticle(new Article("a1", "a.txt", "A", TEXT, List.of()));
        project.setEngineClaims("a1", List.of(
                claim("a1-c1", 12, 31, "Emmanuel Macron", "France", Stance.ASSERT),
                claim("a1-c2", 40, 55, "Dmitry Peskov", "Russia", Stance.DENY),
                claim("a1-c3", 66, 81, "Volodymyr Zelensky", "Ukraine", Stance.ASSERT)));
        project.setEngineLinks(new ClaimGraph(List.of(new Contradiction("a1-c1", "a1-c2", 0.8, "Russia denies France")),
                List.of(), List.of()));
    }

    @Test
    void correctedSourceDetailsAreOneUndoableEditAndOutliveAReloadOfTheFile() {
        var meta = new io.claimdiff.model.ArticleMeta("UPI", "https://upi.example/talks", List.of("Ana Reyes"),
                java.time.LocalDate.of(2022, 2, 8));
        edits.setArticleMeta("a1", meta);
        assertEquals(meta, project.article("a1").orElseThrow().meta());
        assertEquals("Edit source details of a.txt", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals(io.claimdiff.model.ArticleMeta.NONE, project.article("a1").orElseThrow().meta());
        stack.redo();
        var fromFile = new io.claimdiff.model.ArticleMeta("Wire", "", List.of(), java.time.LocalDate.of(2022, 2, 9));
        project.updateArticle(new Article("a1", "a.txt", "A", TEXT + " More.", List.of(), fromFile),
                ArticleSource.of("a.txt", TEXT + " More.", java.time.Instant.EPOCH));
        assertEquals(meta, project.article("a1").orElseThrow().meta(), "the analyst's details win over the file's");
    }

    @Test
    void partiesGetDistinctColoursInOrderOfAppearance() {
        List<Party> parties = project.parties();
        assertEquals(List.of("France", "Russia", "Ukraine"), parties.stream().map(Party::name).toList());
        assertEquals(3, parties.stream().map(Party::colour).distinct().count());
    }

    @Test
    void tagToggleUndoRedo() {
        edits.toggleTag("a1-c1", "key");
        assertEquals(List.of("key"), project.claim("a1-c1").orElseThrow().tags());
        assertEquals("Tag “key”", stack.undoDescription().orElseThrow());
        edits.toggleTag("a1-c1", "KEY");
        assertEquals(List.of(), project.claim("a1-c1").orElseThrow().tags());
        stack.undo();
        assertEquals(List.of("key"), project.claim("a1-c1").orElseThrow().tags());
        stack.undo();
        assertEquals(List.of(), project.claim("a1-c1").orElseThrow().tags());
        stack.redo();
        assertEquals(List.of("key"), project.tags());
    }

    private List<String> tagsOf(String claimId) {
        return project.claim(claimId).orElseThrow().tags();
    }

    private void tagAll() {
        edits.toggleTag("a1-c1", "check");
        edits.toggleTag("a1-c1", "denial");
        edits.toggleTag("a1-c2", "denial");
        edits.toggleTag("a1-c2", "Check");
        edits.toggleTag("a1-c3", "talks");
    }

    @Test
    void renamingATagChangesEveryClaimInOneUndoableStep() {
        tagAll();
        edits.recolourTag("check", "#ff0000");
        edits.renameTag("check", "verify");
        assertEquals(List.of("verify", "denial"), tagsOf("a1-c1"));
        assertEquals(List.of("denial", "verify"), tagsOf("a1-c2"), "any spelling of the tag, in its place");
        assertEquals(java.util.Map.of("verify", "#ff0000"), project.tagColours(), "the colour goes with the name");
        assertEquals("Rename tag “check” to “verify”", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals(List.of("check", "denial"), tagsOf("a1-c1"));
        assertEquals(List.of("denial", "Check"), tagsOf("a1-c2"));
        assertEquals(java.util.Map.of("check", "#ff0000"), project.tagColours());
        edits.renameTag("check", "CHECK");
        assertEquals(List.of("denial", "CHECK"), tagsOf("a1-c2"), "a change of case is a rename");
        assertEquals(java.util.Map.of("CHECK", "#ff0000"), project.tagColours());
        stack.undo();
        assertEquals(java.util.Map.of("check", "#ff0000"), project.tagColours());
    }

    @Test
    void renamingATagToAnotherTagsNameIsRefused() {
        tagAll();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> edits.renameTag("check", " Denial "));
        assertEquals("A tag called “Denial” exists already; merge “check” into it instead.", e.getMessage());
        assertEquals(List.of("check", "denial"), tagsOf("a1-c1"));
        assertEquals("Tag “talks”", stack.undoDescription().orElseThrow(), "nothing was done");
    }

    @Test
    void mergingTagsLeavesOneOnClaimsThatHadBothAndUndoRestoresAll() {
        tagAll();
        edits.recolourTag("check", "#ff0000");
        edits.recolourTag("denial", "#0000ff");
        edits.mergeTags("check", "denial");
        assertEquals(List.of("denial"), tagsOf("a1-c1"));
        assertEquals(List.of("denial"), tagsOf("a1-c2"));
        assertEquals(java.util.Map.of("denial", 2, "talks", 1), project.tagCounts());
        assertEquals(java.util.Map.of("denial", "#0000ff"), project.tagColours(), "the tag merged into keeps its colour");
        stack.undo();
        assertEquals(List.of("check", "denial"), tagsOf("a1-c1"));
        assertEquals(List.of("denial", "Check"), tagsOf("a1-c2"));
        assertEquals("#ff0000", project.tagColour("CHECK").orElseThrow());
        stack.redo();
        assertEquals(List.of("denial"), tagsOf("a1-c2"));
    }

    @Test
    void deletingATagRemovesItFromEveryClaimWithItsColour() {
        tagAll();
        edits.recolourTag("denial", "#0000ff");
        edits.deleteTag("denial");
        assertEquals(List.of("check"), tagsOf("a1-c1"));
        assertEquals(List.of("Check"), tagsOf("a1-c2"));
        assertEquals(java.util.Map.of(), project.tagColours());
        assertEquals("Delete tag “denial”", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals(List.of("check", "denial"), tagsOf("a1-c1"));
        assertEquals(List.of("denial", "Check"), tagsOf("a1-c2"));
        assertEquals(java.util.Map.of("denial", "#0000ff"), project.tagColours());
    }

    @Test
    void aColouredTagOutlivesItsLastClaimUntilDeleted() {
        edits.toggleTag("a1-c3", "talks");
        edits.recolourTag("talks", "#00ff00");
        edits.recolourTag("talks", "#00FF00");
        assertEquals("Recolour tag “talks”", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals("Tag “talks”", stack.undoDescription().orElseThrow(), "the same colour is no edit");
        stack.redo();
        edits.toggleTag("a1-c3", "talks");
        assertEquals(java.util.Map.of("talks", 0), project.tagCounts());
        edits.recolourTag("unknown", "#000000");
        assertEquals(java.util.Map.of("talks", "#00ff00"), project.tagColours(), "only known tags get colours");
        edits.deleteTag("talks");
        assertEquals(java.util.Map.of(), project.tagCounts());
    }

    @Test
    void aTagSpeltInTwoCasesIsListedAsMostOfItsClaimsSpellIt() {
        edits.toggleTag("a1-c3", "Check");
        edits.toggleTag("a1-c1", "check");
        edits.toggleTag("a1-c2", "check");
        assertEquals(List.of("check"), project.tags());
        assertEquals(java.util.Map.of("check", 3), project.tagCounts());
        assertEquals("check", project.tagCounts().keySet().iterator().next());
        edits.toggleTag("a1-c1", "check");
        assertEquals("Check", project.tags().get(0), "a tie goes to the first spelling in code-point order");
    }

    @Test
    void theProjectMemoIsAnUndoableEdit() {
        edits.setProjectMemo("First line.\nSecond line.");
        assertEquals("First line.\nSecond line.", project.memo());
        assertEquals("Edit project memo", stack.undoDescription().orElseThrow());
        edits.setProjectMemo("First line.\nSecond line.");
        stack.undo();
        assertEquals("", project.memo());
        assertFalse(stack.canUndo(), "the same memo again was no edit");
        stack.redo();
        assertEquals("First line.\nSecond line.", project.snapshot().memo());
    }

    @Test
    void mergePartiesMovesClaimsAndUndoRestoresBoth() {
        String russiaColour = project.party("Russia").orElseThrow().colour();
        edits.mergeParties("Russia", "France");
        assertTrue(project.party("Russia").isEmpty());
        assertEquals("France", project.claim("a1-c2").orElseThrow().claim().party());
        assertEquals(java.util.Map.of("France", 2, "Ukraine", 1), project.claimCountsByParty());
        stack.undo();
        assertEquals(java.util.Map.of("France", 1, "Russia", 1, "Ukraine", 1), project.claimCountsByParty());
        assertEquals(russiaColour, project.party("Russia").orElseThrow().colour());
        assertEquals("Russia", project.claim("a1-c2").orElseThrow().claim().party());
    }

    @Test
    void renameRefusesExistingNameAndCarriesClaims() {
        assertThrows(IllegalArgumentException.class, () -> edits.renameParty("Russia", "France"));
        edits.renameParty("Russia", "Kremlin");
        assertEquals("Kremlin", project.claim("a1-c2").orElseThrow().claim().party());
        assertTrue(project.party("Kremlin").isPresent());
        stack.undo();
        assertTrue(project.party("Kremlin").isEmpty());
        assertEquals("Russia", project.claim("a1-c2").orElseThrow().claim().party());
    }

    @Test
    void moveSpeakerCreatesPartyOnce() {
        edits.moveSpeaker("Volodymyr Zelensky", "Kyiv");
        assertEquals("Kyiv", project.claim("a1-c3").orElseThrow().claim().party());
        assertEquals(Provenance.ANALYST, project.claim("a1-c3").orElseThrow().provenance());
        stack.undo();
        assertTrue(project.party("Kyiv").isEmpty());
        assertEquals(Provenance.ENGINE, project.claim("a1-c3").orElseThrow().provenance());
    }

    @Test
    void deleteClaimTakesItsLinksAndUndoBringsThemBack() {
        String linkId = Link.idFor(LinkKind.CONTRADICTS, "a1-c1", "a1-c2");
        assertTrue(project.link(linkId).isPresent());
        edits.deleteClaim("a1-c2");
        assertTrue(project.claim("a1-c2").isEmpty());
        assertTrue(project.link(linkId).isEmpty());
        stack.undo();
        assertTrue(project.claim("a1-c2").isPresent());
        assertEquals(LinkStatus.PROPOSED, project.link(linkId).orElseThrow().status());
    }

    @Test
    void acceptedLinksComeFirstAndSurviveNewProposals() {
        String id = edits.linkClaims(LinkKind.CONTRADICTS, "a1-c3", "a1-c2");
        edits.setLinkStatus(Link.idFor(LinkKind.CONTRADICTS, "a1-c1", "a1-c2"), LinkStatus.REJECTED);
        project.setEngineLinks(new ClaimGraph(List.of(new Contradiction("a1-c2", "a1-c1", 0.9, "again")),
                List.of(), List.of()));
        List<Link> links = project.links();
        assertEquals(2, links.size());
        assertEquals(id, links.get(0).id());
        assertEquals(LinkStatus.REJECTED, links.get(1).status());
    }

    @Test
    void reanalysisKeepsTaggedAndEditedClaims() {
        edits.toggleTag("a1-c1", "check");
        edits.editAttribution("a1-c3", "Ukrainian President", "Ukraine", Stance.CONFIRM);
        project.setEngineClaims("a1", List.of(
                claim("a1-c1", 12, 31, "Macron", "France", Stance.ASSERT),
                claim("a1-c9", 40, 55, "Peskov", "Russia", Stance.DENY)));
        assertEquals(List.of("check"), project.claim("a1-c1").orElseThrow().tags());
        assertEquals(Stance.CONFIRM, project.claim("a1-c3").orElseThrow().claim().stance());
        // the new engine claim covers a1-c2's span, so it keeps that id (links and tags stay put)
        assertEquals("Peskov", project.claim("a1-c2").orElseThrow().claim().speaker());
        assertTrue(project.claim("a1-c9").isEmpty());
        assertEquals(3, project.claims().size());
    }

    @Test
    void analystClaimGetsFreshIdAndUndoRemovesIt() {
        String id = edits.addClaim("a1", new TextSpan(0, 11), "Narrator", "Press", Stance.ASSERT);
        assertEquals(Provenance.ANALYST, project.claim(id).orElseThrow().provenance());
        assertTrue(project.party("Press").isPresent());
        stack.undo();
        assertTrue(project.claim(id).isEmpty());
        assertFalse(project.party("Press").isPresent());
    }

    @Test
    void aBatchTellsTheListenersOnceAtItsEnd() {
        int[] told = {0};
        project.addListener(() -> told[0]++);
        project.batch(() -> {
            project.addArticle(new Article("a2", "b.txt", "B", TEXT, List.of()));
            project.setEngineClaims("a2", List.of(claim("a2-c1", 12, 31, "Emmanuel Macron", "France", Stance.ASSERT)));
            project.batch(() -> project.removeArticle("a1"));
            assertEquals(0, told[0], "nothing told inside the batch");
        });
        assertEquals(1, told[0]);
        assertEquals(List.of("a2"), project.articles().stream().map(Article::id).toList());
        project.batch(() -> { });
        assertEquals(1, told[0], "an empty batch tells nobody");
        assertThrows(IllegalStateException.class, () -> project.batch(() -> {
            project.removeArticle("a2");
            throw new IllegalStateException("boom");
        }));
        assertEquals(2, told[0], "a failed batch still tells what changed");
        project.removeArticle("missing");
        project.addArticle(new Article("a3", "c.txt", "C", TEXT, List.of()));
        assertEquals(3, told[0], "after a batch, changes are told one by one again");
    }
}
