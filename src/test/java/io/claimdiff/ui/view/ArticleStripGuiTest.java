package io.claimdiff.ui.view;

import io.claimdiff.ui.workspace.AutosaveHook;
import io.claimdiff.ui.workspace.FakeEngine;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many articles at once in the real window at 1600 × 1000: the panes share the width, none
 * narrower than the minimum; the row scrolls to its last pane and to what the analyst opens or
 * selects; P focuses the selected contradiction's pair.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleStripGuiTest {

    private static final Preferences PREFS = Preferences.userRoot().node("io/claimdiff/test/strip");
    private static final String FILLER = "The weather held and the market opened as usual, with traders watching the "
            + "news from the capital and waiting for the figures that were due at noon. ";
    private MainStage workspace;
    private final List<Path> files = new ArrayList<>();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // as a start at this size would find it remembered
        Preferences window = PREFS.node("window");
        window.putDouble("x", 0);
        window.putDouble("y", 0);
        window.putDouble("w", 1600);
        window.putDouble("h", 1000);
        // built and shown as the application does: the side panels take their share after the first frame
        workspace = MainStage.build(stage, FakeEngine.context(), new FxTaskRunner(), PREFS, AutosaveHook.NONE, true,
                true);
        MainStage.showThenBuildPanels(workspace);
    }

    @AfterAll
    static void forgetPrefs() throws Exception {
        PREFS.removeNode();
    }

    /** Six articles; the only contradiction is between the second (Macron) and the fifth (Peskov). */
    @BeforeEach
    void writeArticles() throws Exception {
        String[] statements = {"", "Emmanuel Macron said Putin promised calm. ", "", "",
            "Dmitry Peskov denied any promise of calm. ", "Olaf Scholz said talks would go on. "};
        for (int i = 0; i < statements.length; i++) {
            String text = "Report " + (i + 1) + "\n\n" + FILLER.repeat(3) + "\n\n" + statements[i] + FILLER.repeat(6);
            files.add(Files.writeString(dir.resolve("report-" + (i + 1) + ".txt"), text));
        }
    }

    private void open(FxRobot robot, List<Path> some) throws Exception {
        robot.interact(() -> workspace.viewModel().openFiles(some));
        awaitIdle();
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.window().panelsBuilt()
                && workspace.viewModel().pendingProperty().get() == 0
                && workspace.window().articlePanes().stream().allMatch(ArticlePane::isHighlighted));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ScrollPane scroller(FxRobot robot) {
        return robot.lookup("#article-scroller").queryAs(ScrollPane.class);
    }

    /** The part of the row that is on screen, in scene coordinates. */
    private Bounds viewport(FxRobot robot) {
        Node view = robot.from(scroller(robot)).lookup(".viewport").query();
        return view.localToScene(view.getLayoutBounds());
    }

    private Bounds boundsOf(ArticlePane pane) {
        return pane.localToScene(pane.getLayoutBounds());
    }

    private boolean inView(FxRobot robot, ArticlePane pane) {
        Bounds view = viewport(robot);
        Bounds b = boundsOf(pane);
        return pane.isVisible() && b.getMinX() >= view.getMinX() - 1 && b.getMaxX() <= view.getMaxX() + 1;
    }

    private ArticlePane last() {
        List<ArticlePane> panes = workspace.window().articlePanes();
        return panes.get(panes.size() - 1);
    }

    private ScrollBar horizontalBar(FxRobot robot) {
        ScrollPane scroller = scroller(robot);
        return robot.from(scroller).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(b -> b.getParent() == scroller && b.getOrientation() == Orientation.HORIZONTAL)
                .findFirst().orElseThrow();
    }

    private void scrollTo(FxRobot robot, double hvalue) {
        robot.interact(() -> scroller(robot).setHvalue(hvalue));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertEveryPaneAtLeastTheMinimum() {
        for (ArticlePane pane : workspace.window().articlePanes()) {
            double width = boundsOf(pane).getWidth();
            assertTrue(width >= PaneStrip.MIN_PANE_WIDTH - 0.5, pane.article().fileName() + " is " + width + " px wide");
        }
    }

    @Test
    void fourArticlesShareTheWidthWithoutScrolling(FxRobot robot) throws Exception {
        open(robot, files.subList(0, 4));
        assertEveryPaneAtLeastTheMinimum();
        for (ArticlePane pane : workspace.window().articlePanes()) {
            assertTrue(inView(robot, pane), pane.article().fileName() + " cut off: " + boundsOf(pane)
                    + " outside " + viewport(robot));
        }
        assertFalse(horizontalBar(robot).isVisible(), "no horizontal scrollbar when the panes fit");
        Bounds view = viewport(robot);
        assertEquals(view.getMaxX(), boundsOf(last()).getMaxX(), 1.5, "the panes fill the width");
    }

    @Test
    void aWiderWindowWidensTheArticlesNotTheSidePanels(FxRobot robot) throws Exception {
        open(robot, files.subList(0, 4));
        Node sidebar = robot.lookup("#sidebar").query();
        double panels = sidebar.getLayoutBounds().getWidth();
        double share = panels / workspace.stage().getScene().getWidth();
        assertTrue(share > 0.2 && share < 0.3, "the panels' planned share of the window: " + share);
        robot.interact(() -> workspace.stage().setWidth(1300));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(panels, sidebar.getLayoutBounds().getWidth(), 1.5, "narrower: the panels keep their width");
        robot.interact(() -> workspace.stage().setWidth(1600));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(panels, sidebar.getLayoutBounds().getWidth(), 1.5, "wider again: the articles take the room");
        for (ArticlePane pane : workspace.window().articlePanes()) {
            assertTrue(inView(robot, pane), pane.article().fileName() + " cut off");
        }
    }

    @Test
    void sixArticlesOpenedOneByOneKeepTheMinimumAndTrackClicksReachTheLast(FxRobot robot) throws Exception {
        for (Path file : files) {
            open(robot, List.of(file));
        }
        assertEveryPaneAtLeastTheMinimum();
        scrollTo(robot, 0);
        assertFalse(inView(robot, last()));
        ScrollBar bar = horizontalBar(robot);
        assertTrue(bar.isVisible());
        Bounds track = bar.localToScreen(bar.getLayoutBounds());
        for (int click = 0; click < 10 && !inView(robot, last()); click++) {
            robot.clickOn(track.getMaxX() - 24, track.getCenterY());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(inView(robot, last()), "track clicks reach the last pane: " + boundsOf(last()) + " in " + viewport(robot));
    }

    @Test
    void theScrollbarsArrowAndThumbReachTheLastPane(FxRobot robot) throws Exception {
        open(robot, files);
        assertEveryPaneAtLeastTheMinimum();
        scrollTo(robot, 0);
        Node increment = robot.from(horizontalBar(robot)).lookup(".increment-button").query();
        for (int click = 0; click < 60 && !inView(robot, last()); click++) {
            robot.clickOn(increment);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(inView(robot, last()), "the arrow reaches the last pane");

        scrollTo(robot, 0);
        Node thumb = robot.from(horizontalBar(robot)).lookup(".thumb").query();
        Bounds track = horizontalBar(robot).localToScreen(horizontalBar(robot).getLayoutBounds());
        robot.drag(thumb).dropTo(new javafx.geometry.Point2D(track.getMaxX() + 40, track.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inView(robot, last()), "dragging the thumb to the end shows the last pane");
    }

    @Test
    void aNewlyOpenedArticleIsScrolledIntoView(FxRobot robot) throws Exception {
        open(robot, files.subList(0, 5));
        scrollTo(robot, 0);
        open(robot, files.subList(5, 6));
        assertTrue(inView(robot, last()), "the new article is on screen: " + boundsOf(last()) + " in " + viewport(robot));
    }

    @Test
    void aClaimSelectedInTheTableScrollsItsArticleIntoView(FxRobot robot) throws Exception {
        open(robot, files);
        scrollTo(robot, 0);
        robot.interact(() -> workspace.viewModel().claims().select("a6-c1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inView(robot, last()), "Scholz's article is on screen");
    }

    @Test
    void aSelectedContradictionScrollsBothArticlesIntoView(FxRobot robot) throws Exception {
        open(robot, files);
        scrollTo(robot, 1);
        String link = workspace.viewModel().contradictions().rows().get(0).id();
        robot.interact(() -> workspace.viewModel().contradictions().select(link));
        WaitForAsyncUtils.waitForFxEvents();
        List<ArticlePane> panes = workspace.window().articlePanes();
        assertTrue(inView(robot, panes.get(1)), "Macron's article is on screen");
        assertTrue(inView(robot, panes.get(4)), "Peskov's article is on screen");
    }

    @Test
    void aConnectorToAnArticleScrolledOutOfViewStaysOverTheArticles(FxRobot robot) throws Exception {
        open(robot, files);
        // too narrow for Macron's and Peskov's articles side by side
        robot.interact(() -> workspace.stage().setWidth(1200));
        WaitForAsyncUtils.waitForFxEvents();
        String link = workspace.viewModel().contradictions().rows().get(0).id();
        robot.interact(() -> workspace.viewModel().contradictions().select(link));
        ConnectorOverlay connector = workspace.window().connector();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, connector::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        List<ArticlePane> panes = workspace.window().articlePanes();
        assertTrue(inView(robot, panes.get(1)), "Macron's article, the left one, is on screen");
        assertFalse(inView(robot, panes.get(4)));
        Bounds line = connector.localToScene(connector.getBoundsInLocal());
        Bounds articles = scroller(robot).localToScene(scroller(robot).getLayoutBounds());
        assertTrue(line.getMaxX() <= articles.getMaxX() + 1, "the connector ends at the articles' edge: " + line
                + " beyond " + articles);
    }

    @Test
    void focusingThePairShowsItsTwoArticlesAtFullWidthAndEscShowsAllAgain(FxRobot robot) throws Exception {
        open(robot, files);
        List<ArticlePane> panes = workspace.window().articlePanes();
        robot.clickOn(robot.from(workspace.window().contradictionsPanel().list()).lookup(".list-cell").nth(0)
                .queryAs(Node.class));
        robot.push(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();

        List<ArticlePane> shown = panes.stream().filter(Node::isVisible).toList();
        assertEquals(List.of(panes.get(1), panes.get(4)), shown, "Macron's and Peskov's articles only");
        assertEquals(6, workspace.window().articlePanes().size(), "the others stay open");
        Bounds view = viewport(robot);
        for (ArticlePane pane : shown) {
            assertTrue(inView(robot, pane));
            assertTrue(boundsOf(pane).getWidth() >= view.getWidth() / 2 - PaneStrip.GAP, "half the row each");
        }
        assertFalse(horizontalBar(robot).isVisible());
        Label note = robot.lookup("#focus-note").queryAs(Label.class);
        assertTrue(note.getParent().isVisible() && note.getText().contains("4 other articles hidden"), note.getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> workspace.window().connector().isShowing());
        CheckMenuItem item = (CheckMenuItem) robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-focus-pair".equals(i.getId()))
                .findFirst().orElseThrow();
        assertTrue(item.isSelected());

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panes.stream().allMatch(Node::isVisible), "every article is shown again");
        assertFalse(note.getParent().isVisible());
        assertFalse(item.isSelected());
        assertEveryPaneAtLeastTheMinimum();
        assertTrue(inView(robot, panes.get(1)) && inView(robot, panes.get(4)), "the pair stays in view");

        robot.push(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, panes.stream().filter(Node::isVisible).count());
        robot.clickOn("#focus-show-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panes.stream().allMatch(Node::isVisible), "Show all in the status bar");
    }
}
