package io.claimdiff.ui.workspace;

import io.claimdiff.project.CommandStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tag manager's rules, without a toolkit. */
class TagManagerViewModelTest {

    private static final String STORY = "Summit talk\n\nMacron said Putin promised calm. Dmitry Peskov denied any deal. "
            + "Olaf Scholz said talks would go on.";
    private final CommandStack stack = new CommandStack();
    private final WorkspaceViewModel vm = new WorkspaceViewModel(FakeEngine.context(), TaskRunner.direct(), stack);
    private TagManagerViewModel tags;

    @TempDir
    Path dir;

    @BeforeEach
    void tagThreeClaims() throws Exception {
        vm.openFiles(List.of(Files.writeString(dir.resolve("story.txt"), STORY)));
        tag("a1-c1", "check", "promise");
        tag("a1-c2", "check", "denial");
        tag("a1-c3", "Check");
        tags = vm.tags();
    }

    private void tag(String claim, String... names) {
        vm.claims().select(claim);
        for (String name : names) {
            vm.claims().toggleTag(name);
        }
    }

    private List<String> tagsOf(String claim) {
        return vm.project().claim(claim).orElseThrow().tags();
    }

    @Test
    void listsEveryTagWithItsClaimCountSortedIgnoringCase() {
        assertEquals(List.of("check", "denial", "promise"), tags.rows().stream().map(TagRow::name).toList());
        assertEquals(List.of(3, 1, 1), tags.rows().stream().map(TagRow::claims).toList());
        assertEquals(List.of("denial", "promise"), tags.mergeTargets("CHECK"));
    }

    @Test
    void renameChangesEveryClaimAndOneUndoRestoresThemAll() {
        assertTrue(tags.rename("check", " verify "));
        assertEquals(List.of("verify", "promise"), tagsOf("a1-c1"));
        assertEquals(List.of("verify"), tagsOf("a1-c3"), "every spelling of the tag");
        assertEquals("Renamed “check” to “verify” on 3 claims.", tags.messageProperty().get());
        assertEquals("verify", tags.rows().get(2).name());
        vm.undo();
        assertEquals(List.of("check", "promise"), tagsOf("a1-c1"));
        assertEquals(List.of("check", "denial"), tagsOf("a1-c2"));
        assertEquals(List.of("Check"), tagsOf("a1-c3"));
    }

    @Test
    void renamingToAnExistingTagIsRefusedWithAClearMessage() {
        assertFalse(tags.rename("promise", "Denial"));
        assertEquals("A tag called “Denial” exists already; merge “promise” into it instead.",
                tags.messageProperty().get());
        assertEquals(List.of("check", "promise"), tagsOf("a1-c1"));
        assertFalse(tags.rename("promise", "  "));
        assertEquals("A tag needs a name.", tags.messageProperty().get());
        assertTrue(tags.rename("check", "CHECK"), "a change of case is no clash");
        assertEquals(List.of("CHECK"), tagsOf("a1-c3"));
    }

    @Test
    void mergeLeavesOneTagOnClaimsThatHadBothAndUndoesAtOnce() {
        tags.merge("denial", "check");
        assertEquals(List.of("check"), tagsOf("a1-c2"));
        assertEquals(List.of("check", "promise"), tags.rows().stream().map(TagRow::name).toList());
        assertEquals(3, tags.rows().get(0).claims());
        assertEquals("Merged “denial” into “check”, now on 3 claims.", tags.messageProperty().get());
        tags.merge("promise", "nothing-like-it");
        assertEquals(List.of("check", "promise"), tagsOf("a1-c1"), "no merge into a tag that does not exist");
        vm.undo();
        assertEquals(List.of("check", "denial"), tagsOf("a1-c2"));
    }

    @Test
    void colourIsKeptOnTheTagAndDeleteRemovesItFromEveryClaim() {
        tags.recolour("check", "#d62728");
        assertEquals(new TagRow("check", "#d62728", 3), tags.rows().get(0));
        assertEquals("#d62728", vm.project().tagColour("Check").orElseThrow());
        tags.delete("check");
        assertEquals(List.of("promise"), tagsOf("a1-c1"));
        assertEquals(List.of(), tagsOf("a1-c3"));
        assertEquals(List.of("denial", "promise"), tags.rows().stream().map(TagRow::name).toList());
        assertEquals("Deleted “check” from 3 claims; Ctrl+Z brings it back.", tags.messageProperty().get());
        assertEquals("Undo Delete tag “check”", vm.undoLabelProperty().get());
        vm.undo();
        assertEquals(List.of("Check"), tagsOf("a1-c3"));
        assertEquals(new TagRow("check", "#d62728", 3), tags.rows().get(0));
    }

    @Test
    void aColouredTagNoClaimCarriesIsStillListed() {
        tags.recolour("promise", "#1f77b4");
        tag("a1-c1", "promise");
        assertEquals(new TagRow("promise", "#1f77b4", 0), tags.rows().get(2));
        assertEquals(List.of("check", "denial"), vm.claims().tags(), "quick tags count only tags in use");
    }
}
