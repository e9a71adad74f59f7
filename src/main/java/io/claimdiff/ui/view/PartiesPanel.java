package io.claimdiff.ui.view;

import io.claimdiff.ui.workspace.PartiesViewModel;
import io.claimdiff.ui.workspace.PartyRow;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.util.List;

/** Each party with its colour and claim count; show/hide, recolour, rename, merge, move a speaker. */
final class PartiesPanel extends VBox {

    private final PartiesViewModel parties;
    private final ListView<PartyRow> list = new ListView<>();

    PartiesPanel(PartiesViewModel parties) {
        this.parties = parties;
        setId("parties-panel");
        Label heading = new Label("Parties");
        heading.getStyleClass().add("panel-heading");
        list.setItems(parties.rows());
        list.setPlaceholder(new Label("No parties yet"));
        list.setCellFactory(v -> new PartyCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        javafx.scene.control.Button rename = new javafx.scene.control.Button("Rename…");
        rename.setId("party-rename");
        rename.setOnAction(e -> selected().ifPresent(this::renameDialog));
        javafx.scene.control.Button merge = new javafx.scene.control.Button("Merge…");
        merge.setId("party-merge");
        merge.setOnAction(e -> selected().ifPresent(this::mergeDialog));
        javafx.scene.control.Button move = new javafx.scene.control.Button("Move speaker…");
        move.setId("party-move");
        move.setOnAction(e -> selected().ifPresent(this::moveDialog));
        for (javafx.scene.control.Button b : List.of(rename, merge, move)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
            b.setFocusTraversable(false);
        }
        HBox buttons = new HBox(6, rename, merge, move);
        buttons.getStyleClass().add("panel-bar");
        getChildren().addAll(heading, buttons, list);
    }

    ListView<PartyRow> list() {
        return list;
    }

    private java.util.Optional<PartyRow> selected() {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void renameDialog(PartyRow row) {
        TextInputDialog dialog = new TextInputDialog(row.name());
        dialog.setTitle("Rename party");
        dialog.setHeaderText("Rename “" + row.name() + "”");
        dialog.showAndWait().ifPresent(n -> parties.rename(row.name(), n));
    }

    private void mergeDialog(PartyRow row) {
        String from = row.name();
        List<String> others = parties.rows().stream().map(PartyRow::name).filter(n -> !n.equals(from)).toList();
        if (others.isEmpty()) {
            return;
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(others.get(0), others);
        dialog.setTitle("Merge parties");
        dialog.setHeaderText("Merge “" + from + "” into:");
        dialog.showAndWait().ifPresent(into -> parties.merge(from, into));
    }

    private void moveDialog(PartyRow row) {
        List<String> speakers = parties.speakersOf(row.name());
        if (speakers.isEmpty()) {
            return;
        }
        ChoiceDialog<String> who = new ChoiceDialog<>(speakers.get(0), speakers);
        who.setTitle("Move speaker");
        who.setHeaderText("Which speaker of “" + row.name() + "”?");
        who.showAndWait().ifPresent(speaker -> {
            TextInputDialog to = new TextInputDialog();
            to.setTitle("Move speaker");
            to.setHeaderText("Move " + speaker + " to party:");
            to.showAndWait().ifPresent(party -> parties.moveSpeaker(speaker, party));
        });
    }

    private final class PartyCell extends ListCell<PartyRow> {
        private final CheckBox shown = new CheckBox();
        private final ColorPicker colour = new ColorPicker();
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box = new HBox(6, shown, colour, name, count);
        private PartyRow row;

        PartyCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            count.getStyleClass().add("party-count");
            colour.getStyleClass().add("button");
            colour.setStyle("-fx-color-label-visible: false;");
            colour.setPrefWidth(44);
            shown.setOnAction(e -> {
                if (row != null) {
                    parties.setHidden(row.name(), !shown.isSelected());
                }
            });
            colour.setOnAction(e -> {
                if (row != null) {
                    parties.recolour(row.name(), toHex(colour.getValue()));
                }
            });
            MenuItem rename = new MenuItem("Rename…");
            rename.setOnAction(e -> renameDialog(row));
            MenuItem merge = new MenuItem("Merge into…");
            merge.setOnAction(e -> mergeDialog(row));
            MenuItem move = new MenuItem("Move a speaker to another party…");
            move.setOnAction(e -> moveDialog(row));
            setContextMenu(new ContextMenu(rename, merge, move));
        }

        @Override
        protected void updateItem(PartyRow item, boolean empty) {
            super.updateItem(item, empty);
            row = empty ? null : item;
            if (row == null) {
                setGraphic(null);
                return;
            }
            shown.setSelected(!row.hidden());
            colour.setValue(Color.web(row.colour()));
            name.setText(row.name());
            name.setId("party-" + row.name());
            count.setText(String.valueOf(row.claims()));
            setGraphic(box);
        }
    }

    static String toHex(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
