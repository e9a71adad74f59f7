package io.claimdiff.ui.workspace;

import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.LinkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claims, parties, contradictions and find view models, without a toolkit. */
class AnalystViewModelsTest {

    private static final String STORY = "Summit talk\n\nMacron said Putin promised calm. Dmitry Peskov denied any deal. "
            + "Olaf Scholz said talks would go on.";
    private final CommandStack stack = new CommandStack();
    private final WorkspaceViewModel vm = new WorkspaceViewModel(FakeEngine.context(), TaskRunner.direct(), stack);
    private ClaimsViewModel claims;

    @TempDir
    Path dir;

    @BeforeEach
    void open() throws Exception {
        vm.openFiles(List.of(Files.writeString(dir.resolve("story.txt"), STORY)));
        claims = vm.claims();
    }

    @Test
    void engineClaimsFillTableAndPartiesWithCounts() {
        assertEquals(3, claims.visibleRows().size());
        assertEquals("Macron", claims.visibleRows().get(0).speaker());
        assertEquals(List.of("Macron", "Peskov", "Scholz"),
                vm.parties().rows().stream().map(PartyRow::name).sorted().toList());
        assertEquals(1, vm.contradictions().rows().size());
        assertTrue(vm.statusProperty().get().contains("3 claims"), vm.statusProperty().get());
    }

    @Test
    void jAndKWalkClaimsAndWrap() {
        claims.next();
        assertEquals("a1-c1", claims.selectedProperty().get());
        claims.next();
        claims.next();
        assertEquals("a1-c3", claims.selectedProperty().get());
        claims.next();
        assertEquals("a1-c1", claims.selectedProperty().get());
        claims.previous();
        assertEquals("a1-c3", claims.selectedProperty().get());
    }

    @Test
    void freeTextFilterNarrowsRowsAndNavigation() {
        claims.filterProperty().set("peskov");
        assertEquals(1, claims.visibleRows().size());
        claims.next();
        assertEquals("a1-c2", claims.selectedProperty().get());
        claims.filterProperty().set("stance:assert said");
        assertEquals(0, claims.visibleRows().size(), "'said' is a cue, not content");
        claims.filterProperty().set("stance:assert party:scholz");
        assertEquals(1, claims.visibleRows().size());
        claims.filterProperty().set("speaker:peskov stance:assert");
        assertEquals(0, claims.visibleRows().size());
    }

    @Test
    void quickTagsUseTheProjectsSortedTags() {
        claims.select("a1-c1");
        claims.toggleTag("verify");
        claims.toggleTag("escalation");
        claims.select("a1-c2");
        claims.toggleTagNumber(2);
        assertEquals("verify", claims.visibleRows().get(1).tags());
        claims.toggleTagNumber(9);
        assertTrue(vm.errors().get(vm.errors().size() - 1).contains("No tag 9"));
        vm.undo();
        assertEquals("", claims.visibleRows().get(1).tags());
    }

    @Test
    void selectionGivesEngineGuessAndCreatesAnalystClaim() {
        int start = STORY.indexOf("talks would go on");
        TextSpan span = new TextSpan(start, start + "talks would go on".length());
        assertEquals("Olaf Scholz", claims.guessFor("a1", span).speaker());
        int early = STORY.indexOf("Summit");
        assertEquals("Unknown", claims.guessFor("a1", new TextSpan(early, early + 6)).speaker());
        String id = claims.create("a1", new TextSpan(early, early + 11), "Editor", "Press", Stance.ASSERT);
        assertEquals(id, claims.selectedProperty().get());
        assertEquals(4, claims.visibleRows().size());
        assertTrue(claims.visibleRows().get(0).analyst());
        vm.undo();
        assertEquals(3, claims.visibleRows().size());
        assertNull(claims.selectedProperty().get());
    }

    @Test
    void editAndDeleteThenUndoRedo() {
        claims.select("a1-c3");
        claims.editSelected("Olaf Scholz", "Germany", Stance.CONFIRM);
        assertEquals("Germany", claims.visibleRows().get(2).party());
        assertEquals("confirm", claims.visibleRows().get(2).stance());
        claims.deleteSelected();
        assertEquals(2, claims.visibleRows().size());
        vm.undo();
        assertEquals(3, claims.visibleRows().size());
        vm.undo();
        assertEquals("Scholz", claims.visibleRows().get(2).party());
        vm.redo();
        assertEquals("Germany", claims.visibleRows().get(2).party());
    }

    @Test
    void acceptAndRejectReorderAndUndo() {
        ContradictionsViewModel links = vm.contradictions();
        String id = links.rows().get(0).id();
        links.select(id);
        links.acceptSelected();
        assertEquals("accepted", links.rows().get(0).status());
        assertEquals("Undo Accept contradiction", vm.undoLabelProperty().get());
        links.rejectSelected();
        assertEquals("rejected", links.rows().get(0).status());
        vm.undo();
        vm.undo();
        assertEquals("proposed", links.rows().get(0).status());
        assertTrue(links.describe(links.rows().get(0).b()).startsWith("Peskov (Dmitry Peskov): any deal"));
    }

    @Test
    void manualLinkAcrossClaims() {
        claims.select("a1-c3");
        claims.markForLink();
        claims.select("a1-c2");
        assertTrue(claims.linkWithMarked(LinkKind.SUPPORTS).isPresent());
        assertEquals(2, vm.contradictions().rows().size());
        assertTrue(vm.contradictions().rows().stream().anyMatch(r -> r.kind().equals("supports")
                && r.status().equals("accepted")));
        assertNull(claims.linkSourceProperty().get());
        assertFalse(claims.linkWithMarked(LinkKind.SUPPORTS).isPresent());
    }

    @Test
    void partyMergeRenameHideApplyAtOnce() {
        PartiesViewModel parties = vm.parties();
        parties.merge("Scholz", "Macron");
        assertEquals(2, parties.rows().size());
        assertEquals(2, parties.rows().get(0).claims());
        parties.rename("Macron", "Peskov");
        assertTrue(vm.errors().get(vm.errors().size() - 1).contains("merge them instead"));
        parties.rename("Macron", "West");
        assertEquals("West", claims.visibleRows().get(0).party());
        parties.setHidden("West", true);
        assertTrue(parties.rows().stream().filter(r -> r.name().equals("West")).findFirst().orElseThrow().hidden());
        parties.moveSpeaker("Dmitry Peskov", "Russia");
        assertEquals("Russia", claims.visibleRows().get(1).party());
    }

    @Test
    void findWalksMatchesInAllArticles() throws Exception {
        vm.openFiles(List.of(Files.writeString(dir.resolve("second.txt"), "Deal or no deal\n\nPeskov denied the deal.")));
        FindViewModel find = new FindViewModel(vm.project(), claims, vm.contradictions());
        FindViewModel.Match first = find.find("DEAL").orElseThrow();
        assertEquals("a1", first.articleId());
        assertEquals(4, find.matches().size());
        assertEquals("1 of 4", find.summaryProperty().get());
        find.previous();
        assertEquals("4 of 4", find.summaryProperty().get());
        assertTrue(find.find("zzz").isEmpty());
        assertEquals("no matches", find.summaryProperty().get());
    }

    @Test
    void findAlsoSearchesNotesAndTagsAndSelectsTheirClaimOrContradiction() {
        claims.select("a1-c2");
        claims.toggleTag("deal-check");
        claims.select("a1-c3");
        claims.setNote("Ask his office\nabout the DEAL.");
        claims.select(null);
        ContradictionsViewModel links = vm.contradictions();
        links.select(links.rows().get(0).id());
        links.setNote("Both sides on the deal");
        links.select(null);

        FindViewModel find = new FindViewModel(vm.project(), claims, links);
        assertEquals(FindViewModel.Where.TEXT, find.find("deal").orElseThrow().where(), "the text comes first");
        assertEquals(4, find.matches().size());
        assertNull(claims.selectedProperty().get(), "a match in the text selects no claim");

        FindViewModel.Match tag = find.next().orElseThrow();
        assertEquals(new FindViewModel.Match(null, null, FindViewModel.Where.CLAIM_TAG, "a1-c2"), tag);
        assertEquals("a1-c2", claims.selectedProperty().get());
        assertEquals("2 of 4 · in a claim's tag", find.summaryProperty().get());

        find.next();
        assertEquals("a1-c3", claims.selectedProperty().get(), "a match in a note selects its claim");
        assertEquals("3 of 4 · in a claim's note", find.summaryProperty().get());

        find.next();
        assertEquals(links.rows().get(0).id(), links.selectedProperty().get());
        assertEquals("4 of 4 · in a contradiction's note", find.summaryProperty().get());

        assertEquals(List.of("a1-c3"), find.find("office").stream().map(FindViewModel.Match::id).toList());
    }

    @Test
    void theProjectMemoIsOneUndoableEdit() {
        vm.setProjectMemo("Question: who promised what?\n\nSources: Élysée, Kremlin.");
        assertEquals("Undo Edit project memo", vm.undoLabelProperty().get());
        assertEquals("Question: who promised what?\n\nSources: Élysée, Kremlin.", vm.project().snapshot().memo());
        vm.undo();
        assertEquals("", vm.projectMemo());
    }

    @Test
    void aMultiLineNoteShowsOnOneLineInTheTableAndStaysWholeInTheProject() {
        claims.select("a1-c1");
        claims.setNote("First point.\n\nSecond point.");
        assertEquals("First point. Second point.", claims.visibleRows().get(0).note());
        assertEquals("First point.\n\nSecond point.", vm.project().claim("a1-c1").orElseThrow().note());
    }

    @Test
    void closingAnArticleKeepsTheOthersWork() throws Exception {
        vm.openFiles(List.of(Files.writeString(dir.resolve("other.txt"), "Other\n\nAnna Ivanova said nothing changed.")));
        claims.select("a1-c1");
        claims.toggleTag("keep");
        vm.close(vm.articles().get(1));
        assertEquals(3, claims.visibleRows().size());
        assertEquals("keep", claims.visibleRows().get(0).tags());
    }

    @Test
    void aMarkedClaimIsNamedInTheStatusUntilLinkedOrCancelled() {
        claims.select("a1-c2");
        claims.markForLink();
        assertTrue(vm.statusProperty().get().startsWith("Marked for linking: Dmitry Peskov — “any deal”"),
                vm.statusProperty().get());
        claims.cancelMark();
        assertNull(claims.linkSourceProperty().get());
        assertTrue(vm.statusProperty().get().contains("claims"), vm.statusProperty().get());
        claims.markForLink();
        claims.select("a1-c1");
        claims.linkWithMarked(io.claimdiff.project.LinkKind.CONTRADICTS);
        assertFalse(vm.statusProperty().get().startsWith("Marked"), "linking ends the mark");
    }

    @Test
    void copyGivesTheClaimWithItsSpeakerSideStanceAndSource() {
        assertTrue(claims.copyText().isEmpty());
        claims.select("a1-c2");
        assertEquals("“any deal” — Dmitry Peskov (Peskov), deny. Source: story.txt", claims.copyText().orElseThrow(),
                "a whole paragraph read as the title is not cited");
    }

    @Test
    void theNewClaimGuessTakesTheEnginesReadingOfAnUnclaimedSentence() {
        var text = vm.project().article("a1").orElseThrow().text();
        int at = text.indexOf("talks would go on");
        var span = new io.claimdiff.model.TextSpan(at, at + "talks would go on".length());
        claims.deleteSelected(); // nothing selected: no-op
        claims.select("a1-c3");
        claims.deleteSelected();
        assertEquals("Peskov", claims.guessFor("a1", span).party(), "without the engine: the claim above");
        var guess = claims.guessFor("a1", span, vm.readSelection("a1", span));
        assertEquals("Olaf Scholz", guess.speaker());
        assertEquals("Scholz", guess.party());
    }
}
