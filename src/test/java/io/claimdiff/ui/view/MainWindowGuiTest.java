package io.claimdiff.ui.view;

import io.claimdiff.app.AppContext;
import io.claimdiff.app.SampleArticles;
import io.claimdiff.ui.workspace.LinkRow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real main window (headless with Monocle unless run with -Dgui). */
class MainWindowGuiTest extends WindowGuiTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    AppContext context() {
        return AppContext.standard();
    }

    private List<ArticlePane> panes(FxRobot robot) {
        return robot.lookup(".article-pane").queryAllAs(ArticlePane.class).stream().toList();
    }

    @Test
    void samplesOpenSideBySideWithTitlesAndTexts(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Open sample articles");
        awaitIdle();

        List<ArticlePane> panes = panes(robot);
        assertEquals(5, panes.size());
        List<String> titles = robot.lookup(".article-title").queryAllAs(Label.class).stream().map(Label::getText).toList();
        for (int i = 0; i < SampleArticles.NAMES.size(); i++) {
            String text = Files.readString(Path.of("sample-articles", SampleArticles.NAMES.get(i)));
            ArticlePane pane = panes.get(i);
            assertEquals(text, pane.textArea().getText());
            String expectedTitle = new io.claimdiff.ingest.ArticleLoader()
                    .load(Path.of("sample-articles", SampleArticles.NAMES.get(i)), "x").title();
            assertEquals(expectedTitle, titles.get(i));
            assertTrue(text.contains(expectedTitle.replace("…", "")), expectedTitle);
            assertFalse(pane.textArea().isEditable());
            assertTrue(pane.textArea().isWrapText());
        }
        List<String> files = robot.lookup(".article-file").queryAllAs(Label.class).stream()
                .map(l -> l.getText().replaceAll(" · \\d+ claims$", "")).toList();
        assertEquals(SampleArticles.NAMES, files);
        // side by side: each pane starts to the right of the previous one
        double previousX = -1;
        for (ArticlePane pane : panes) {
            double x = pane.localToScene(0, 0).getX();
            assertTrue(x > previousX, "panes are not side by side");
            previousX = x;
        }
    }

    @Test
    void macronKremlinContradictionIsProposedAndAcceptedWithConnector(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitIdle();
        var links = workspace.viewModel().contradictions();
        LinkRow macronKremlin = links.rows().stream()
                .filter(r -> r.kind().equals("contradicts"))
                .filter(r -> links.describe(r.a()).contains("Macron") || links.describe(r.b()).contains("Macron"))
                .filter(r -> (links.describe(r.a()) + links.describe(r.b())).contains("Russia"))
                .findFirst().orElseThrow(() -> new AssertionError("no Macron/Kremlin contradiction: " + links.rows()));
        assertEquals("proposed", macronKremlin.status());
        robot.interact(() -> links.select(macronKremlin.id()));
        // the window takes the key: a click on a pane's title, which selects no claim (a click on its
        // text could land on a highlighted claim and select that claim's own link)
        robot.clickOn(robot.lookup(".article-title").nth(4).queryAs(Label.class));
        robot.push(KeyCode.A);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> workspace.window().connector().isShowing());
        assertEquals("accepted", links.rows().get(0).status());
        assertEquals(macronKremlin.id(), links.rows().get(0).id(), "accepted first");
    }

    @Test
    void closeButtonClosesOnlyThatArticle(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitIdle();
        assertEquals(5, panes(robot).size());
        ArticlePane second = panes(robot).get(1);
        Button close = robot.from(second).lookup(".article-close").queryAs(Button.class);
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        List<ArticlePane> left = panes(robot);
        assertEquals(4, left.size());
        assertFalse(left.contains(second));
        assertEquals("000_d8922207816c192b.txt", left.get(0).article().fileName());
        assertEquals("002_888918fbb1469aa1.txt", left.get(1).article().fileName());
    }

    @Test
    void aDroppedQdpxOpensAsAnUnsavedProjectWithTheAnalystsWork(FxRobot robot) throws Exception {
        var shared = new io.claimdiff.ui.workspace.WorkspaceViewModel(AppContext.standard(),
                io.claimdiff.ui.workspace.TaskRunner.direct(), new io.claimdiff.project.CommandStack());
        shared.openFiles(List.of(Files.writeString(dir.resolve("paris.txt"),
                "Paris talks\n\n\"There will be no escalation,\" French President Emmanuel Macron said on Tuesday.\n")));
        shared.claims().select(shared.project().claims().get(0).id());
        shared.claims().toggleTag("check");
        Path qdpx = dir.resolve("shared.qdpx");
        new io.claimdiff.export.QdpxExporter("test").export(new io.claimdiff.export.Report("shared",
                java.time.Instant.now(), shared.project().snapshot()), qdpx);

        robot.interact(() -> workspace.window().openDropped(List.of(qdpx.toFile())));
        awaitIdle();
        assertEquals(1, panes(robot).size());
        assertEquals("ClaimDiff — Untitled project •", workspace.stage().getTitle(), "imported, not yet saved anywhere");
        NotificationPane notifications = robot.lookup("#notifications").queryAs(NotificationPane.class);
        assertTrue(notifications.getText().startsWith("Imported shared.qdpx: 1 article, "), notifications.getText());
        assertTrue(workspace.viewModel().claims().visibleRows().stream().anyMatch(r -> r.tags().equals("check")),
                "the tag came back");
        assertTrue(panes(robot).get(0).isHighlighted(), "the statement is highlighted");
    }

    @Test
    void droppedFilesOpenAndBadOnesAreReportedWithoutLoss(FxRobot robot) throws Exception {
        Path story = Files.writeString(dir.resolve("club-statement.md"),
                "# Club denies transfer\n\nThe club said no deal had been agreed.\n");
        Path image = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        robot.interact(() -> workspace.window().openDropped(List.of(story.toFile())));
        awaitIdle();
        assertEquals(1, panes(robot).size());
        InlineCssTextArea text = panes(robot).get(0).textArea();
        assertTrue(text.getText().contains("no deal had been agreed"));
        assertEquals("Club denies transfer", robot.lookup(".article-title").queryAs(Label.class).getText());

        robot.interact(() -> workspace.window().openDropped(List.of(new File(image.toString()))));
        awaitIdle();
        NotificationPane notifications = robot.lookup("#notifications").queryAs(NotificationPane.class);
        assertTrue(notifications.getText().contains("logo.png"), notifications.getText());
        assertTrue(notifications.getText().contains("not a supported article type"), notifications.getText());
        assertEquals(1, panes(robot).size(), "the open article must stay");
    }

    @Test
    void undoAndRedoAreDisabledWithNothingToUndo(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu edit = bar.getMenus().get(1);
        assertEquals("_Edit", edit.getText());
        assertTrue(edit.getItems().get(0).isDisable(), "Undo enabled with an empty stack");
        assertTrue(edit.getItems().get(1).isDisable(), "Redo enabled with an empty stack");
        assertEquals("Shortcut+Z", edit.getItems().get(0).getAccelerator().getName().replace("Ctrl", "Shortcut"));
    }
}
