package io.claimdiff.ui.workspace;

import io.claimdiff.app.AppContext;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.ProjectState;
import io.claimdiff.project.ProjectStore;
import io.claimdiff.project.RecentProjects;
import io.claimdiff.project.RecoveryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recovery prompt's words and actions, without a toolkit: a restore never costs what is open. */
class RecoveryChoicesTest {

    private final AppContext context = FakeEngine.context();
    private final List<String> messages = new ArrayList<>();
    private WorkspaceViewModel vm;
    private ProjectFileViewModel files;
    private RecoveryStore recovery;

    @TempDir
    Path dir;

    @BeforeEach
    void crashLeftACopy() throws Exception {
        recovery = new RecoveryStore(dir.resolve("recovery"), new ProjectStore());
        // the crashed session: two articles, one tag, saved once as story.claimdiff
        WorkspaceViewModel crashed = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack());
        crashed.openFiles(List.of(
                Files.writeString(dir.resolve("paris.txt"), "Paris\n\nEmmanuel Macron said Putin promised calm.\n"),
                Files.writeString(dir.resolve("moscow.txt"), "Moscow\n\nDmitry Peskov denied any deal.\n")));
        crashed.claims().select("a1-c1");
        crashed.claims().toggleTag("check");
        recovery.write(crashed.project().snapshot(), dir.resolve("story.claimdiff"), "s1", 4);

        vm = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack());
        files = new ProjectFileViewModel(context, TaskRunner.direct(), vm,
                new RecentProjects(RecentProjects.Store.inMemory()), AutosaveHook.NONE);
    }

    private RecoveryChoices choices() throws Exception {
        return new RecoveryChoices(recovery, files, messages::add, recovery.find(), ZoneOffset.UTC);
    }

    @Test
    void eachCopyIsToldByProjectArticlesEditsAndTime() throws Exception {
        String line = choices().lines().get(0);
        assertTrue(line.startsWith("story.claimdiff, kept "), line);
        assertTrue(line.endsWith(", 4 unsaved edits, 2 articles (paris.txt, moscow.txt)"), line);
    }

    @Test
    void restoringKeepsAnUntitledSessionAsACopyOfItsOwnFirst() throws Exception {
        vm.openFiles(List.of(Files.writeString(dir.resolve("kyiv.txt"), "Kyiv\n\nOlena Shevchenko said talks went on.\n")));
        assertTrue(choices().whatRestoringDoes().endsWith("whose article files stay where they are."),
                "articles not worked on are only files: " + choices().whatRestoringDoes());
        vm.claims().select("a1-c1");
        vm.claims().toggleTag("kyiv-check");
        RecoveryChoices choices = choices();
        assertTrue(choices.whatRestoringDoes().contains("an untitled project (1 article, unsaved changes)"),
                choices.whatRestoringDoes());
        assertTrue(choices.whatRestoringDoes().contains("kept as a recovery copy"), choices.whatRestoringDoes());

        choices.restore(0);

        assertEquals(List.of("paris.txt", "moscow.txt"), vm.articles().stream().map(a -> a.article().fileName()).toList());
        assertEquals("check", vm.claims().visibleRows().get(0).tags());
        assertEquals(dir.resolve("story.claimdiff"), files.fileProperty().get());
        assertTrue(files.dirtyProperty().get(), "restored work is unsaved until saved");
        List<RecoveryStore.Recovery> left = recovery.find();
        assertEquals(1, left.size(), "the restored copy is gone, the replaced session kept");
        assertEquals(List.of("kyiv.txt"), left.get(0).articles());
    }

    @Test
    void aSavedUnchangedProjectIsNotCopiedItStaysOnDisk() throws Exception {
        vm.openFiles(List.of(Files.writeString(dir.resolve("kyiv.txt"), "Kyiv\n\nOlena Shevchenko said talks went on.\n")));
        files.saveAs(dir.resolve("kyiv.claimdiff"));
        RecoveryChoices choices = choices();
        assertTrue(choices.whatRestoringDoes().contains("stays on disk as saved"), choices.whatRestoringDoes());
        choices.restore(0);
        assertEquals(List.of(), recovery.find());
    }

    @Test
    void discardAllLeavesNoCopyForTheNextStart() throws Exception {
        recovery.write(files.openWork(), null, "s2", 1);
        RecoveryChoices choices = choices();
        assertEquals(2, choices.lines().size());
        choices.discardAll();
        assertEquals(List.of(), recovery.find());
    }
}
