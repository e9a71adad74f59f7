package io.claimdiff.ui.workspace;

import io.claimdiff.app.AppContext;
import io.claimdiff.project.Command;
import io.claimdiff.project.CommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window's state and rules, without a toolkit. */
class WorkspaceViewModelTest {

    private final CommandStack commands = new CommandStack();
    private final WorkspaceViewModel vm = new WorkspaceViewModel(AppContext.standard(), TaskRunner.direct(), commands);

    @TempDir
    Path dir;

    @Test
    void samplesOpenInOrderAndGetAnalysed() {
        vm.openSamples();
        assertEquals(5, vm.articles().size());
        assertEquals("000_d8922207816c192b.txt", vm.articles().get(0).fileName());
        assertEquals("004_80973514d3295959.txt", vm.articles().get(4).fileName());
        assertEquals(0, vm.pendingProperty().get());
        assertFalse(vm.project().claimsOf(vm.articles().get(4).article().id()).isEmpty());
        assertTrue(vm.statusProperty().get().startsWith("5 articles"), vm.statusProperty().get());
    }

    @Test
    void openedArticlesComeFirstThenThePanelsAndTheComparisonAFrameLater() {
        QueuedRunner runner = new QueuedRunner().holdingFrames();
        WorkspaceViewModel opening = new WorkspaceViewModel(AppContext.standard(), runner, new CommandStack());
        opening.openSamples();
        runner.runAll();
        assertEquals(5, opening.articles().size());
        assertTrue(opening.articles().get(0).claimCountProperty().get() > 0, "pane headers count at once");
        assertTrue(opening.claims().visibleRows().isEmpty());
        assertTrue(opening.parties().rows().isEmpty());
        assertEquals(0, runner.size(), "no comparison before the articles are on screen");
        assertEquals(1, opening.pendingProperty().get(), "but it is pending, so the status says so");

        runner.frame();
        assertEquals(opening.project().claims().size(), opening.claims().visibleRows().size());
        assertFalse(opening.parties().rows().isEmpty());
        assertEquals(1, runner.size());
        assertEquals(1, opening.pendingProperty().get());
        runner.runAll();
        assertEquals(0, opening.pendingProperty().get());
        assertFalse(opening.contradictions().rows().isEmpty());
    }

    @Test
    void badFileIsReportedAndOthersStay() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Headline\n\nThe minister said it was fine.");
        Path bad = Files.writeString(dir.resolve("photo.png"), "PNG");
        vm.openSamples();
        vm.openFiles(List.of(good, bad, dir.resolve("gone.md")));
        assertEquals(6, vm.articles().size());
        assertEquals(2, vm.errors().size());
        assertTrue(vm.errors().get(0).contains("photo.png"), vm.errors().get(0));
        assertTrue(vm.errors().get(1).contains("gone.md"), vm.errors().get(1));
        assertEquals("good.txt", vm.articles().get(5).fileName());
    }

    @Test
    void closeRemovesOnlyThatArticle() {
        vm.openSamples();
        ArticleViewModel second = vm.articles().get(1);
        vm.close(second);
        assertEquals(4, vm.articles().size());
        assertFalse(vm.articles().contains(second));
    }

    @Test
    void idsStayUniqueAcrossOpens() {
        vm.openSamples();
        vm.openSamples();
        long distinct = vm.articles().stream().map(a -> a.article().id()).distinct().count();
        assertEquals(10, distinct);
    }

    @Test
    void undoStateFollowsTheCommandStack() {
        assertFalse(vm.canUndoProperty().get());
        int[] value = {0};
        commands.execute(new Command() {
            @Override
            public String description() {
                return "bump";
            }

            @Override
            public void execute() {
                value[0]++;
            }

            @Override
            public void undo() {
                value[0]--;
            }
        });
        assertTrue(vm.canUndoProperty().get());
        assertEquals("Undo bump", vm.undoLabelProperty().get());
        vm.undo();
        assertEquals(0, value[0]);
        assertFalse(vm.canUndoProperty().get());
        assertTrue(vm.canRedoProperty().get());
        assertEquals("Redo bump", vm.redoLabelProperty().get());
    }
}
