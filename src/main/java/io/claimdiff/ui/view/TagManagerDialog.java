package io.claimdiff.ui.view;

import io.claimdiff.ui.workspace.TagManagerViewModel;
import io.claimdiff.ui.workspace.TagRow;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * Claim > Manage tags…: every tag with its colour and claim count; rename, merge, colour and
 * delete a tag on all claims at once. Ctrl+Z and Ctrl+Shift+Z undo and redo here too.
 */
final class TagManagerDialog {

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final String NO_COLOUR = "#9e9e9e";

    private final TagManagerViewModel tags;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ListView<TagRow> list = new ListView<>();
    private final ColorPicker colour = new ColorPicker();
    private boolean syncing;
    // the tag worked on, kept selected while the rows are replaced after each change
    private String lastSelected;

    private TagManagerDialog(TagManagerViewModel tags, Runnable undo, Runnable redo, Window owner) {
        this.tags = tags;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Tags");
        dialog.setHeaderText("Every tag with the claims that carry it. Each change applies to all of them"
                + " and is one step for Undo.");
        dialog.setResizable(true);
        list.setId("tag-list");
        list.setItems(tags.rows());
        list.setPlaceholder(new Label("No tags yet: select a claim and press T to tag it."));
        list.setCellFactory(v -> new TagCell());
        list.setPrefSize(420, 320);
        VBox.setVgrow(list, Priority.ALWAYS);

        Button rename = button("Rename…", "tag-rename", this::rename);
        Button merge = button("Merge into…", "tag-merge", this::merge);
        Button delete = button("Delete", "tag-delete", () -> selected().ifPresent(r -> tags.delete(r.name())));
        colour.setId("tag-colour");
        colour.valueProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) {
                selected().ifPresent(r -> tags.recolour(r.name(), PartiesPanel.toHex(now)));
            }
        });
        for (var control : List.of(rename, merge, delete, colour)) {
            control.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> showColour(row));
        Label message = new Label();
        message.setId("tag-message");
        message.setWrapText(true);
        message.textProperty().bind(tags.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, rename, merge, new Label("Colour"), colour, gap, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, list, bar, message);
        content.setPrefWidth(520);
        dialog.getDialogPane().setId("tag-manager");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (REDO.match(e)) {
                redo.run();
                e.consume();
            } else if (UNDO.match(e)) {
                undo.run();
                e.consume();
            }
        });
        tags.rows().addListener((javafx.collections.ListChangeListener<TagRow>) c -> reselect());
    }

    /** Shows the manager and waits until the analyst closes it. */
    static void show(TagManagerViewModel tags, Runnable undo, Runnable redo, Window owner) {
        TagManagerDialog manager = new TagManagerDialog(tags, undo, redo, owner);
        if (!tags.rows().isEmpty()) {
            manager.list.getSelectionModel().select(0);
        }
        manager.dialog.showAndWait();
    }

    private Optional<TagRow> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void rename() {
        selected().ifPresent(row -> {
            TextInputDialog ask = new TextInputDialog(row.name());
            ask.initOwner(dialog.getDialogPane().getScene().getWindow());
            ask.setTitle("Rename tag");
            ask.setHeaderText("Rename “" + row.name() + "” on all its claims:");
            ask.getEditor().setId("tag-new-name");
            ask.showAndWait().filter(name -> tags.rename(row.name(), name)).ifPresent(name -> select(name.strip()));
        });
    }

    private void merge() {
        selected().ifPresent(row -> {
            List<String> targets = tags.mergeTargets(row.name());
            if (targets.isEmpty()) {
                return;
            }
            ChoiceDialog<String> ask = new ChoiceDialog<>(targets.get(0), targets);
            ask.initOwner(dialog.getDialogPane().getScene().getWindow());
            ask.setTitle("Merge tags");
            ask.setHeaderText("Merge “" + row.name() + "” into (claims with both keep one):");
            ask.showAndWait().ifPresent(into -> {
                tags.merge(row.name(), into);
                select(into);
            });
        });
    }

    private void select(String name) {
        lastSelected = name;
        reselect();
    }

    private void reselect() {
        String name = lastSelected;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).name().equalsIgnoreCase(name)) {
                list.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    private void showColour(TagRow row) {
        if (row == null) {
            return;
        }
        lastSelected = row.name();
        syncing = true;
        try {
            colour.setValue(Color.web(row.colour().isEmpty() ? NO_COLOUR : row.colour()));
        } finally {
            syncing = false;
        }
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static final class TagCell extends ListCell<TagRow> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box = new HBox(8);

        TagCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            count.getStyleClass().add("party-count");
        }

        @Override
        protected void updateItem(TagRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            name.setText(row.name());
            count.setText(row.claims() == 1 ? "1 claim" : row.claims() + " claims");
            box.setId("tag-" + row.name());
            box.getChildren().setAll(Swatch.of(row.colour().isEmpty() ? NO_COLOUR : row.colour()), name, count);
            setGraphic(box);
        }
    }
}
