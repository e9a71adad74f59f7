package io.claimdiff.ui.view;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the analyst sees after each key: the mark, the new claim, the copy, the list of shortcuts. */
class AnalystFeedbackGuiTest extends WindowGuiTest {

    private static final String TEXT = "Paris report\n\nEmmanuel Macron said Putin promised there would be no escalation. "
            + "Dmitry Peskov denied any promise of that kind. Officials in Geneva prepared the next round of talks.\n";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void openOneArticle(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("paris.txt"), TEXT);
        robot.interact(() -> workspace.viewModel().openFiles(List.of(file)));
        awaitHighlighted();
    }

    private InlineCssTextArea area() {
        return workspace.window().articlePanes().get(0).textArea();
    }

    private String styleAt(String words) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> area().getStyleOfChar(area().getText().indexOf(words) + 1))
                .get(5, TimeUnit.SECONDS);
    }

    @Test
    void aMarkedClaimStaysFramedAndNamedUntilEsc(FxRobot robot) throws Exception {
        robot.clickOn(area());
        robot.push(KeyCode.J);
        robot.push(KeyCode.J);
        robot.push(KeyCode.L);
        awaitHighlighted();
        assertTrue(styleAt("any promise").contains("dash-array"), styleAt("any promise"));
        String status = robot.lookup("#status").queryLabeled().getText();
        assertTrue(status.startsWith("Marked for linking: Dmitry Peskov"), status);
        robot.push(KeyCode.J); // another claim selected: the mark stays
        awaitHighlighted();
        assertTrue(styleAt("any promise").contains("dash-array"));
        robot.push(KeyCode.ESCAPE);
        awaitHighlighted();
        assertFalse(styleAt("any promise").contains("dash-array"));
        assertFalse(robot.lookup("#status").queryLabeled().getText().startsWith("Marked"));
    }

    @Test
    void aNewClaimFromASelectionIsGuessedTabbedThroughAndShownAtOnce(FxRobot robot) throws Exception {
        String words = "Officials in Geneva prepared the next round of talks";
        robot.interact(() -> {
            int at = area().getText().indexOf(words);
            area().requestFocus();
            area().selectRange(at, at + words.length());
        });
        javafx.application.Platform.runLater(() -> robot.push(KeyCode.CONTROL, KeyCode.ENTER));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#claim-speaker").tryQuery().isPresent());
        Node speaker = robot.lookup("#claim-speaker").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focusedWithin(speaker));
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(focusedWithin(robot.lookup("#claim-party").query()), "Tab goes from speaker to party");
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(focusedWithin(robot.lookup("#claim-stance").query()), "and on to the stance");
        robot.clickOn(robot.lookup("#claim-speaker .text-field").queryTextInputControl()).eraseText(40).write("Geneva officials");
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        awaitHighlighted();
        assertEquals("", area().getSelectedText(), "the selection no longer hides the new highlight");
        assertTrue(styleAt("next round").contains("background-color"), styleAt("next round"));
    }

    private static boolean focusedWithin(Node node) {
        Node focus = node.getScene() == null ? null : node.getScene().getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aTaggedClaimIsMarkedInThePanesMarginInItsTagsColour(FxRobot robot) throws Exception {
        assertTrue(robot.lookup(".tag-mark").tryQuery().isEmpty(), "nothing tagged, no marks");
        robot.interact(() -> {
            workspace.viewModel().claims().select("a1-c2");
            workspace.viewModel().claims().toggleTag("follow-up");
            workspace.viewModel().tags().recolour("follow-up", "#1f77b4");
        });
        awaitHighlighted();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".tag-mark").tryQuery().isPresent());
        javafx.scene.layout.Region mark = robot.lookup(".tag-mark").query();
        assertEquals("follow-up", mark.getUserData());
        assertTrue(mark.getStyle().contains("#1f77b4"), mark.getStyle());
        robot.interact(() -> workspace.viewModel().undo());
        robot.interact(() -> workspace.viewModel().undo());
        awaitHighlighted();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".tag-mark").tryQuery().isEmpty());
    }

    @Test
    void theSourceDetailsShowUnderTheTitleAndTheAnalystCorrectsThem(FxRobot robot) throws Exception {
        javafx.scene.control.Label source = robot.lookup("#source-a1").queryAs(javafx.scene.control.Label.class);
        assertFalse(source.isVisible(), "nothing known, no line");
        robot.clickOn(area());
        javafx.application.Platform.runLater(() -> robot.push(KeyCode.CONTROL, KeyCode.I));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#source-outlet").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#source-outlet").write("Paris Daily");
        robot.clickOn("#source-published").write("2024-11-11");
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        awaitHighlighted();
        assertEquals("Paris Daily · 2024-11-11", source.getText());
        assertTrue(source.isVisible());
        robot.interact(() -> workspace.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", source.getText());
    }

    @Test
    void theDisputeMapShowsTheClashAndAClickOnACellSelectsItsStatement(FxRobot robot) throws Exception {
        robot.clickOn(area());
        javafx.application.Platform.runLater(() -> robot.push(KeyCode.CONTROL, KeyCode.D));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dispute-map-table").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        TableView<?> table = robot.lookup("#dispute-map-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".map-deny").tryQuery().isPresent());
        // the table may lay its cells out again once the columns arrive: click the denial cell as it then is
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node deny = robot.lookup(".map-deny").queryAs(javafx.scene.Node.class);
        // the bottom of a small test window may show the cell only in part: the click goes to the cell itself
        robot.interact(() -> deny.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                5, 5, 5, 5, javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                true, false, true, null)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "a1-c2".equals(workspace.viewModel().claims().selectedProperty().get()));
        assertEquals("a1-c2", workspace.viewModel().claims().selectedProperty().get(), "Peskov's denial");
        javafx.scene.control.ListView<?> timeline = robot.lookup("#map-timeline").queryAs(javafx.scene.control.ListView.class);
        assertEquals(2, timeline.getItems().size());
        robot.interact(() -> timeline.getSelectionModel().select(0));
        assertEquals("a1-c1", workspace.viewModel().claims().selectedProperty().get(), "the timeline's first statement");
    }

    @Test
    void copyPutsTheClaimWithItsSourceOnTheClipboard(FxRobot robot) throws Exception {
        robot.clickOn(workspace.window().articlePanes().get(0));
        robot.push(KeyCode.J);
        robot.interact(() -> area().deselect());
        robot.push(KeyCode.CONTROL, KeyCode.C);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertTrue(copied.startsWith("“Putin promised there would be no escalation” — Emmanuel Macron (Macron), assert."),
                copied);
        assertTrue(copied.endsWith("paris.txt") || copied.contains("Paris report"), copied);
    }

    @Test
    void f1ListsEveryShortcutFromTheMenus(FxRobot robot) throws Exception {
        robot.clickOn(area());
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#shortcuts-table").queryAs(TableView.class);
        List<String> actions = table.getItems().stream().map(r -> ((ShortcutsDialog.Shortcut) r).action()).toList();
        assertTrue(actions.contains("Copy claim with its source") && actions.contains("Cancel linking")
                && actions.contains("Next claim"), actions.toString());
        robot.push(KeyCode.ESCAPE);
    }
}
