package io.claimdiff.ui.view;

import io.claimdiff.app.AppContext;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Party;
import io.claimdiff.ui.workspace.AutosaveHook;
import io.claimdiff.ui.workspace.HeadStart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window as the application starts it with articles on the command line: analysed before
 * the window shows, highlighted in its first frame, side panels built right after.
 */
@ExtendWith(ApplicationExtension.class)
class StartupGuiTest {

    private static final Preferences PREFS = Preferences.userRoot().node("io/claimdiff/test/startup");
    private MainStage workspace;
    private int panesAtShow;
    private boolean highlightedAtShow;
    private boolean panelsAtShow;

    @Start
    void start(Stage stage) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("sample-articles"))) {
            // three: they fit beside the side panels, the layout where the panels once lost their room
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().limit(3).toList();
        }
        AppContext context = AppContext.standard();
        HeadStart head = HeadStart.begin(context, files, PrecomputedHighlights::of);
        head.result().get(60, TimeUnit.SECONDS);
        workspace = MainStage.build(stage, context, new FxTaskRunner(), PREFS, AutosaveHook.NONE, true, true);
        workspace.viewModel().adopt(head);
        panesAtShow = workspace.window().articlePanes().size();
        highlightedAtShow = workspace.window().articlePanes().stream().allMatch(ArticlePane::isHighlighted);
        panelsAtShow = workspace.window().panelsBuilt();
        MainStage.showThenBuildPanels(workspace);
    }

    @AfterAll
    static void forgetPrefs() throws Exception {
        PREFS.removeNode();
    }

    @Test
    void articlesAreHighlightedInTheFirstFrameAndPanelsFollow(FxRobot robot) throws Exception {
        assertEquals(3, panesAtShow);
        assertTrue(highlightedAtShow, "every pane highlighted before the window first shows");
        assertFalse(panelsAtShow, "panels wait for the first frame");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.window().panelsBuilt());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, workspace.viewModel().pendingProperty().get());
        BusyIndicator busy = robot.lookup(".busy-indicator").queryAs(BusyIndicator.class);
        assertFalse(busy.isVisible() || busy.isTurning(), "the status bar's indicator rests once nothing is pending");
        assertEquals(workspace.viewModel().project().claims().size(),
                workspace.window().claimsTable().table().getItems().size());
        assertFalse(workspace.window().contradictionsPanel().list().getItems().isEmpty());
        assertEquals(workspace.viewModel().parties().rows(), workspace.window().partiesPanel().list().getItems());
        assertFalse(workspace.window().partiesPanel().list().getItems().isEmpty());

        // the panels take their planned share of the window, not what the first layout left them
        double sidebar = robot.lookup("#sidebar").query().getBoundsInLocal().getWidth();
        double window = workspace.stage().getScene().getWidth();
        assertTrue(sidebar >= 250 && sidebar <= 0.4 * window, "sidebar " + sidebar + " of " + window);

        // the styles in the pane are the party colours of the engine's claims
        for (ArticlePane pane : workspace.window().articlePanes()) {
            String id = pane.article().article().id();
            List<ClaimEntry> claims = workspace.viewModel().project().claimsOf(id);
            assertFalse(claims.isEmpty(), id);
            ClaimEntry first = claims.get(0);
            Party party = workspace.viewModel().project().party(first.claim().party()).orElseThrow();
            int inside = first.claim().content().end() - 1;
            String style = pane.textArea().getStyleOfChar(inside);
            assertTrue(style.contains(party.colour()), id + " char " + inside + ": " + style);
            assertEquals(pane.article().article().text(), pane.textArea().getText());
        }
    }
}
