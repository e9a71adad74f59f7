package io.claimdiff.ui.view;

import io.claimdiff.app.AppContext;
import io.claimdiff.ui.workspace.AutosaveHook;
import io.claimdiff.ui.workspace.FakeEngine;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

/**
 * The real window under TestFX, shown afresh for every test: each test class keeps its window
 * preferences in a node of its own, all removed once the class is done, and a folder for its files.
 * TestFX calls only a test class's own {@code @Start}, so each subclass has one that calls {@link #show}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowGuiTest {

    private static final String TEST_PREFS = "io/claimdiff/test";

    MainStage workspace;

    @TempDir
    Path dir;

    /** The engine behind the window: the fast fake one, unless the test needs the real engine. */
    AppContext context() {
        return FakeEngine.context();
    }

    /** This class's preferences node (looked up each time: a removed node cannot be used again). */
    Preferences prefs() {
        return Preferences.userRoot().node(TEST_PREFS + "/" + getClass().getSimpleName());
    }

    /** Shows the window on {@code stage}, as the application does. */
    void show(Stage stage) {
        workspace = MainStage.show(stage, context(), new FxTaskRunner(), prefs(), AutosaveHook.NONE);
    }

    @AfterAll
    static void forgetPrefs() throws Exception {
        Preferences.userRoot().node(TEST_PREFS).removeNode();
    }

    /** Waits until no background work is left and the window has caught up. */
    void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.viewModel().pendingProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits as {@link #awaitIdle()}, and until every article pane shows its highlights. */
    void awaitHighlighted() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.viewModel().pendingProperty().get() == 0
                && workspace.window().articlePanes().stream().allMatch(ArticlePane::isHighlighted));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
