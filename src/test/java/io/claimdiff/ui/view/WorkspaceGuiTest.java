package io.claimdiff.ui.view;

import io.claimdiff.project.LinkStatus;
import io.claimdiff.ui.startup.Screenshot;
import io.claimdiff.ui.workspace.HighlightInputs;
import io.claimdiff.ui.workspace.LinkRow;
import io.claimdiff.ui.workspace.PartyRow;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Walks the analyst's workflows through the real window, with a small predictable engine. */
class WorkspaceGuiTest extends WindowGuiTest {

    private static final String LEFT = "Paris report\n\nEmmanuel Macron said Putin promised there would be no escalation. "
            + "Olaf Scholz said talks would go on.\n";

    @Start
    void start(Stage stage) {
        show(stage);
    }
    private static final String RIGHT = "Moscow reply\n\nDmitry Peskov denied any promise of that kind. "
            + "Anna Smirnova said the talks were long.\n";

    @BeforeEach
    void openTwoArticles(FxRobot robot) throws Exception {
        Path left = Files.writeString(dir.resolve("paris.txt"), LEFT);
        Path right = Files.writeString(dir.resolve("moscow.txt"), RIGHT);
        robot.interact(() -> workspace.viewModel().openFiles(List.of(left, right)));
        awaitHighlighted();
    }

    // Monocle does not give the focus back to the main window when a dialog closes
    private void focusMainWindow(FxRobot robot) {
        robot.interact(() -> workspace.stage().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private InlineCssTextArea pane(int i) {
        return workspace.window().articlePanes().get(i).textArea();
    }

    private String styleAt(int pane, String text) {
        InlineCssTextArea area = pane(pane);
        int at = area.getText().indexOf(text);
        return area.getStyleOfChar(at + 1);
    }

    @Test
    void contradictionAcceptedWithKeyDrawsConnectorAndUndoes(FxRobot robot) throws Exception {
        ListView<LinkRow> list = workspace.window().contradictionsPanel().list();
        assertEquals(1, list.getItems().size());
        assertEquals("proposed", list.getItems().get(0).status());
        robot.clickOn(robot.from(list).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.push(KeyCode.A);
        awaitHighlighted();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> workspace.window().connector().isShowing());
        assertEquals("accepted", list.getItems().get(0).status());
        assertTrue(workspace.window().connector().isShowing(), "connector between the two statements");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        awaitHighlighted();
        assertEquals(LinkStatus.PROPOSED.name().toLowerCase(), list.getItems().get(0).status());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        awaitHighlighted();
        assertEquals("accepted", list.getItems().get(0).status());
    }

    @Test
    void steppingThroughClaimsLeavesEachPaneStyledAsAFullRestyleWould(FxRobot robot) throws Exception {
        robot.clickOn(workspace.window().articlePanes().get(0));
        java.util.Set<String> visited = new java.util.HashSet<>();
        for (int step = 0; step < 4; step++) {
            robot.push(KeyCode.J);
            awaitHighlighted();
            String selected = workspace.viewModel().claims().selectedProperty().get();
            assertNotNull(selected);
            visited.add(selected);
            for (ArticlePane pane : workspace.window().articlePanes()) {
                var article = pane.article().article();
                HighlightInputs inputs = HighlightInputs.of(workspace.viewModel().project(), article.id(), selected);
                var expected = HighlightStyles.compute(article, inputs.claims(), inputs.parties(), inputs.selected());
                var shown = WaitForAsyncUtils.asyncFx(() -> pane.textArea().getStyleSpans(0, article.text().length()))
                        .get(5, TimeUnit.SECONDS);
                // a line break is no paragraph's text: the area keeps no style of its own for it
                List<ChangedStyles> differ = ChangedStyles.between(expected, shown).stream()
                        .filter(c -> !article.text().substring(c.from(), c.to()).isBlank()).toList();
                assertEquals(List.of(), differ,
                        "after step " + step + ", " + article.id() + " shows what a full restyle gives");
            }
        }
        assertEquals(4, visited.size(), "each J selected another claim: " + visited);
    }

    @Test
    void tagWithKeysThenQuickTagAndUndo(FxRobot robot) throws Exception {
        robot.clickOn(workspace.window().articlePanes().get(0));
        robot.push(KeyCode.J);
        assertEquals("a1-c1", workspace.viewModel().claims().selectedProperty().get());
        robot.push(KeyCode.T);
        robot.clickOn("#tag-input").write("check-source").push(KeyCode.ENTER);
        awaitHighlighted();
        focusMainWindow(robot);
        assertEquals("check-source", workspace.viewModel().claims().visibleRows().get(0).tags());

        robot.push(KeyCode.J);
        robot.push(KeyCode.DIGIT1);
        awaitHighlighted();
        assertEquals("check-source", workspace.viewModel().claims().visibleRows().get(1).tags());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        awaitHighlighted();
        assertEquals("", workspace.viewModel().claims().visibleRows().get(1).tags());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        awaitHighlighted();
        assertEquals("check-source", workspace.viewModel().claims().visibleRows().get(1).tags());
    }

    @Test
    void mergingPartiesRecoloursThePanesAndUndoRestores(FxRobot robot) throws Exception {
        String scholzColour = workspace.viewModel().parties().colourOf("Scholz");
        String macronColour = workspace.viewModel().parties().colourOf("Macron");
        assertTrue(styleAt(0, "talks would go on").contains(scholzColour));

        ListView<PartyRow> list = workspace.window().partiesPanel().list();
        robot.clickOn("#party-Scholz");
        robot.clickOn("#party-merge");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        ComboBox<?> choice = robot.from(dialog).lookup(".combo-box").queryAs(ComboBox.class);
        robot.interact(() -> ((ComboBox<String>) choice).setValue("Macron"));
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        awaitHighlighted();
        focusMainWindow(robot);
        assertTrue(styleAt(0, "talks would go on").contains(macronColour), styleAt(0, "talks would go on"));
        assertFalse(list.getItems().stream().anyMatch(r -> r.name().equals("Scholz")));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        awaitHighlighted();
        assertTrue(styleAt(0, "talks would go on").contains(scholzColour));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        awaitHighlighted();
        assertTrue(styleAt(0, "talks would go on").contains(macronColour));
    }

    @Test
    void newClaimFromSelectionIsPrefilledHighlightedAndUndoable(FxRobot robot) throws Exception {
        InlineCssTextArea right = pane(1);
        int start = RIGHT.indexOf("Moscow reply");
        robot.clickOn(right);
        robot.interact(() -> right.selectRange(start, start + "Moscow reply".length()));
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        ComboBox<?> speaker = robot.from(dialog).lookup("#claim-speaker").queryAs(ComboBox.class);
        assertEquals("Unknown", speaker.getEditor().getText());
        robot.interact(() -> speaker.getEditor().setText("Headline writer"));
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        awaitHighlighted();
        focusMainWindow(robot);
        assertEquals(5, workspace.viewModel().claims().visibleRows().size());
        assertTrue(styleAt(1, "Moscow reply").contains("-rtfx-background-color"));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        awaitHighlighted();
        assertEquals(4, workspace.viewModel().claims().visibleRows().size());
        assertFalse(styleAt(1, "Moscow reply").contains("-rtfx-background-color"));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        awaitHighlighted();
        assertEquals(5, workspace.viewModel().claims().visibleRows().size());
    }

    @Test
    void findInAllArticlesSelectsTheMatch(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("promise");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("promised", pane(0).getSelectedText() + "d");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("promise", pane(1).getSelectedText());
    }

    @Test
    void closingWithUnsavedWorkAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        assertFalse(workspace.stage().getTitle().endsWith("•"), "two articles opened are no work to save");
        robot.interact(() -> {
            workspace.viewModel().claims().select("a1-c1");
            workspace.viewModel().claims().toggleTag("check");
        });
        assertTrue(workspace.stage().getTitle().endsWith("•"), workspace.stage().getTitle());
        // the question blocks in a nested event loop, so the request must not wait for it to finish
        javafx.application.Platform.runLater(() -> workspace.stage().fireEvent(new javafx.stage.WindowEvent(
                workspace.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().startsWith("Save changes"), dialog.getHeaderText());
        robot.clickOn(dialog.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workspace.stage().isShowing(), "cancel keeps the window and the work");
        assertEquals(2, workspace.window().articlePanes().size());
    }

    private List<String> tagsOf(String claim) {
        return workspace.viewModel().project().claim(claim).orElseThrow().tags();
    }

    private void tag(FxRobot robot, String claim, String tag) {
        robot.interact(() -> {
            workspace.viewModel().claims().select(claim);
            workspace.viewModel().claims().toggleTag(tag);
        });
    }

    @Test
    void theTagManagerDeletesRenamesAndColoursATagOnEveryClaimAndUndoesEachAtOnce(FxRobot robot) throws Exception {
        tag(robot, "a1-c1", "check");
        tag(robot, "a1-c2", "check");
        tag(robot, "a2-c1", "check");
        tag(robot, "a2-c1", "promise");
        robot.clickOn(workspace.window().articlePanes().get(0));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane manager = robot.lookup("#tag-manager").queryAs(DialogPane.class);
        assertEquals("3 claims", robot.from(robot.lookup("#tag-check").queryParent()).lookup(".party-count")
                .queryAs(Label.class).getText());

        robot.clickOn("#tag-check").clickOn("#tag-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), tagsOf("a1-c1"));
        assertEquals(List.of("promise"), tagsOf("a2-c1"));
        assertEquals("Deleted “check” from 3 claims; Ctrl+Z brings it back.",
                robot.lookup("#tag-message").queryAs(Label.class).getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("check"), tagsOf("a1-c1"), "one undo, in the manager, restores every claim");
        assertEquals(List.of("check"), tagsOf("a1-c2"));
        assertEquals(List.of("check", "promise"), tagsOf("a2-c1"));

        robot.clickOn("#tag-check").clickOn("#tag-rename");
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#tag-new-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Promise"));
        robot.clickOn(name).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A tag called “Promise” exists already; merge “check” into it instead.",
                robot.lookup("#tag-message").queryAs(Label.class).getText());
        assertEquals(List.of("check", "promise"), tagsOf("a2-c1"));

        robot.clickOn("#tag-check");
        ColorPicker colour = robot.lookup("#tag-colour").queryAs(ColorPicker.class);
        robot.interact(() -> colour.setValue(Color.web("#d62728")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("#d62728", workspace.viewModel().project().tagColour("check").orElseThrow());
        robot.interact(() -> {
            try {
                Screenshot.write(manager.getScene(), Path.of("target", "screenshots", "tag-manager.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.clickOn(manager.lookupButton(ButtonType.CLOSE));
        WaitForAsyncUtils.waitForFxEvents();
        focusMainWindow(robot);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workspace.viewModel().project().tagColours().isEmpty(), "Ctrl+Z in the window undoes the colour");
    }

    @Test
    void theProjectMemoAndAClaimNoteTakeSeveralLines(FxRobot robot) throws Exception {
        robot.clickOn(workspace.window().articlePanes().get(0));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#memo-text").write("Who promised what?").push(KeyCode.ENTER).write("Ask both offices.");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Who promised what?\nAsk both offices.", workspace.viewModel().projectMemo());
        assertTrue(workspace.stage().getTitle().endsWith("•"), "the memo is unsaved work");

        focusMainWindow(robot);
        robot.clickOn(workspace.window().articlePanes().get(0));
        robot.push(KeyCode.J);
        robot.push(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#memo-text").write("First point.").push(KeyCode.ENTER).push(KeyCode.ENTER).write("Second.");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("First point.\n\nSecond.", workspace.viewModel().project().claim("a1-c1").orElseThrow().note());
        assertEquals("First point. Second.", workspace.viewModel().claims().visibleRows().get(0).note());
    }
}
