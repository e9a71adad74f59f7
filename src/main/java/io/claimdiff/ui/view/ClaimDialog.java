package io.claimdiff.ui.view;

import io.claimdiff.model.Stance;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import java.util.List;
import java.util.Optional;

/** Asks for a claim's speaker, party and stance, pre-filled (new claim from a selection, or edit). */
final class ClaimDialog {

    /** What the analyst entered. */
    record Result(String speaker, String party, Stance stance) {
    }

    private ClaimDialog() {
    }

    static Optional<Result> show(String title, String excerpt, String speaker, String party, Stance stance,
                                 List<String> speakers, List<String> parties) {
        Dialog<Result> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(excerpt.length() > 160 ? excerpt.substring(0, 159) + "…" : excerpt);
        ComboBox<String> who = editableCombo(speakers, speaker);
        who.setId("claim-speaker");
        ComboBox<String> side = editableCombo(parties, party);
        side.setId("claim-party");
        ChoiceBox<Stance> how = new ChoiceBox<>();
        how.getItems().setAll(Stance.values());
        how.setValue(stance);
        how.setId("claim-stance");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Speaker"), who);
        grid.addRow(1, new Label("Party"), side);
        grid.addRow(2, new Label("Stance"), how);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Result(text(who), text(side), how.getValue()) : null);
        javafx.application.Platform.runLater(who::requestFocus);
        return dialog.showAndWait().filter(r -> !r.speaker().isBlank() && !r.party().isBlank());
    }

    private static ComboBox<String> editableCombo(List<String> items, String value) {
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().setAll(items);
        combo.setEditable(true);
        combo.setValue(value);
        combo.setPrefWidth(280);
        return combo;
    }

    private static String text(ComboBox<String> combo) {
        String typed = combo.getEditor().getText();
        return typed == null ? "" : typed.strip();
    }
}
