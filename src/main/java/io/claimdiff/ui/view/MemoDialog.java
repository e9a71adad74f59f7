package io.claimdiff.ui.view;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

import java.util.Optional;

/**
 * Asks for a memo of several lines and paragraphs: the project memo and the notes on claims and
 * contradictions. Enter starts a new line, Ctrl+Enter saves, Escape cancels.
 */
final class MemoDialog {

    private static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+ENTER");

    private MemoDialog() {
    }

    /** The text as the analyst left it (trailing white space dropped), or empty when cancelled. */
    static Optional<String> show(Window owner, String title, String header, String text) {
        Dialog<String> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header + "\n(Enter starts a new line; Ctrl+Enter saves)");
        dialog.setResizable(true);
        TextArea area = new TextArea(text);
        area.setId("memo-text");
        area.setWrapText(true);
        area.setPrefColumnCount(60);
        area.setPrefRowCount(14);
        dialog.getDialogPane().setId("memo-dialog");
        dialog.getDialogPane().setContent(area);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire();
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? area.getText().stripTrailing() : null);
        Platform.runLater(() -> {
            area.requestFocus();
            area.end();
        });
        return dialog.showAndWait();
    }
}
