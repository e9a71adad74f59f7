package io.claimdiff.ui.view;

import io.claimdiff.project.CommandStack;
import io.claimdiff.project.ProjectStore;
import io.claimdiff.project.RecoveryStore;
import io.claimdiff.ui.workspace.AutosaveHook;
import io.claimdiff.ui.workspace.FakeEngine;
import io.claimdiff.ui.workspace.TaskRunner;
import io.claimdiff.ui.workspace.WorkspaceViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recovery prompt in the real window, and a measuring run that leaves the preferences alone. */
class SessionTrustGuiTest extends WindowGuiTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void restoringACrashCopyNamesItKeepsWhatIsOpenAndBringsBackTheProposals(FxRobot robot) throws Exception {
        RecoveryStore recovery = new RecoveryStore(dir.resolve("recovery"), new ProjectStore());
        WorkspaceViewModel crashed = new WorkspaceViewModel(FakeEngine.context(), TaskRunner.direct(), new CommandStack());
        crashed.openFiles(List.of(
                Files.writeString(dir.resolve("paris.txt"), "Paris\n\nEmmanuel Macron said Putin promised calm.\n"),
                Files.writeString(dir.resolve("moscow.txt"), "Moscow\n\nDmitry Peskov denied any deal.\n")));
        crashed.claims().select("a1-c1");
        crashed.claims().toggleTag("check");
        var state = crashed.project().snapshot();
        // written before the comparison finished: no links in the copy
        recovery.write(new io.claimdiff.project.ProjectState(state.articles(), state.sources(), state.claims(),
                state.parties(), List.of()), dir.resolve("story.claimdiff"), "s1", 2);
        Path kyiv = Files.writeString(dir.resolve("kyiv.txt"), "Kyiv\n\nOlena Shevchenko said talks went on.\n");
        robot.interact(() -> workspace.viewModel().openFiles(List.of(kyiv)));
        awaitIdle();
        robot.interact(() -> {
            workspace.viewModel().claims().select("a1-c1");
            workspace.viewModel().claims().toggleTag("kyiv-check");
        });

        robot.interact(() -> new RecoveryPrompt(recovery, workspace).offer(Runnable::run));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> copies = robot.lookup(".dialog-pane .list-view").queryAs(ListView.class);
        assertTrue(copies.getItems().get(0).toString().endsWith("2 unsaved edits, 2 articles (paris.txt, moscow.txt)"),
                copies.getItems().toString());
        String text = robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t.startsWith("Restoring replaces")).findFirst().orElseThrow();
        assertTrue(text.contains("an untitled project (1 article, unsaved changes), which is first kept as a recovery copy"),
                text);
        robot.clickOn("Restore");
        awaitIdle();

        assertEquals(List.of("paris.txt", "moscow.txt"), workspace.viewModel().articles().stream()
                .map(a -> a.article().fileName()).toList());
        assertFalse(workspace.viewModel().contradictions().rows().isEmpty(), "the proposals are worked out again");
        assertEquals("ClaimDiff — story.claimdiff •", workspace.stage().getTitle());
        assertEquals(List.of(List.of("kyiv.txt")), recovery.find().stream().map(RecoveryStore.Recovery::articles).toList());
    }

    @Test
    void closingAnUntouchedSessionAsksNothing(FxRobot robot) throws Exception {
        Path kyiv = Files.writeString(dir.resolve("kyiv.txt"), "Kyiv\n\nOlena Shevchenko said talks went on.\n");
        robot.interact(() -> workspace.viewModel().openFiles(List.of(kyiv)));
        awaitIdle();
        javafx.application.Platform.runLater(() -> workspace.stage().fireEvent(new javafx.stage.WindowEvent(
                workspace.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "nothing was edited, nothing to ask");
    }

    @Test
    void aMeasuringWindowNeverWritesTheWindowSizeOrRecentProjects(FxRobot robot) throws Exception {
        Preferences prefs = prefs().node("measuring");
        robot.interact(() -> {
            Stage stage = new Stage();
            MainStage measured = MainStage.build(stage, FakeEngine.context(), new FxTaskRunner(), prefs,
                    AutosaveHook.NONE, false, false);
            stage.show();
            stage.setWidth(200);
            stage.setHeight(200);
            measured.files().saveNow(dir.resolve("measured.claimdiff"));
            stage.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, prefs.node("window").keys().length, "a 200x200 measuring window is not the analyst's size");
        assertEquals(0, prefs.node("recent").keys().length);
    }
}
