package io.claimdiff.ui.view;

import io.claimdiff.model.Stance;
import io.claimdiff.ui.workspace.DisputeMapViewModel;
import io.claimdiff.ui.workspace.DisputeMapViewModel.MapRow;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The dispute map in the window: a row per proposition (two per clash), a column per party, each
 * cell the party's stance with its statements and outlets in the stance's colour; a click selects
 * the statements in the panes and the claims table. Layout and binding only.
 */
final class DisputeMapPane extends VBox {

    private final DisputeMapViewModel vm;
    /** The timeline strip: one card per statement, left to right. */
    private static final double STRIP_CELL = 240;
    private static final double STRIP_HEIGHT = 58;
    private final TableView<MapRow> table = new TableView<>();

    DisputeMapPane(DisputeMapViewModel vm) {
        this.vm = vm;
        setId("dispute-map-pane");
        CheckBox accepted = new CheckBox("Accepted only");
        accepted.selectedProperty().bindBidirectional(vm.acceptedOnlyProperty());
        javafx.scene.control.ComboBox<String> party = new javafx.scene.control.ComboBox<>();
        party.setId("map-party-filter");
        party.setPromptText("Every party");
        party.getItems().add("");
        vm.allParties().addListener((ListChangeListener<String>) c -> {
            String chosen = party.getValue();
            party.getItems().setAll(vm.allParties());
            party.getItems().add(0, "");
            party.setValue(chosen);
        });
        party.valueProperty().addListener((obs, was, now) -> vm.partyProperty().set(now == null ? "" : now));
        javafx.scene.control.TextField tag = new javafx.scene.control.TextField();
        tag.setId("map-tag-filter");
        tag.setPromptText("tag");
        tag.setPrefColumnCount(8);
        tag.setOnAction(e -> vm.tagProperty().set(tag.getText()));
        javafx.scene.control.ChoiceBox<Stance> stance = new javafx.scene.control.ChoiceBox<>();
        stance.setId("map-stance-filter");
        stance.getItems().add(null);
        stance.getItems().addAll(Stance.values());
        stance.valueProperty().bindBidirectional(vm.stanceProperty());
        Label hidden = new Label();
        hidden.textProperty().bind(javafx.beans.binding.Bindings.when(vm.hiddenPartiesProperty().greaterThan(0))
                .then(vm.hiddenPartiesProperty().asString("%d minor parties not shown")).otherwise(""));
        hidden.getStyleClass().add("status-keys");
        HBox bar = new HBox(10, accepted, new Label("Party"), party, new Label("Tag"), tag, new Label("Stance"), stance,
                hidden);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("panel-header");
        table.setId("dispute-map-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No contradiction in view: nothing to map"));
        javafx.scene.control.ListView<io.claimdiff.project.DisputeMap.Moment> timeline = new javafx.scene.control.ListView<>(
                vm.timeline());
        timeline.setId("map-timeline");
        timeline.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(io.claimdiff.project.DisputeMap.Moment m, boolean empty) {
                super.updateItem(m, empty);
                getStyleClass().removeAll("moment-assert", "moment-deny", "moment-confirm", "moment-decline");
                setText(empty || m == null ? null : DisputeMapViewModel.describe(m));
                setWrapText(true);
                setPrefHeight(STRIP_HEIGHT - 14);
                if (!empty && m != null) {
                    getStyleClass().add("moment-" + m.stance().id());
                }
            }
        });
        timeline.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                vm.select(now);
            }
        });
        // a strip under the grid that reads left to right: report, then denial, then counter-claim
        timeline.setOrientation(javafx.geometry.Orientation.HORIZONTAL);
        timeline.setFixedCellSize(STRIP_CELL);
        timeline.setPrefHeight(STRIP_HEIGHT);
        timeline.setMinHeight(STRIP_HEIGHT);
        timeline.setMaxHeight(STRIP_HEIGHT);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table, timeline);
        vm.parties().addListener((ListChangeListener<String>) c -> columns());
        columns();
    }

    private void columns() {
        TableColumn<MapRow, String> clash = new TableColumn<>("Clash");
        clash.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().affirmed() ? c.getValue().clash() : ""));
        clash.setPrefWidth(54);
        TableColumn<MapRow, String> gist = new TableColumn<>("Proposition");
        gist.setCellValueFactory(c -> new ReadOnlyStringWrapper((c.getValue().affirmed() ? "" : "✗ ") + c.getValue().gist()));
        gist.setPrefWidth(380);
        table.getColumns().setAll(java.util.List.of(clash, gist));
        for (String party : vm.parties()) {
            TableColumn<MapRow, String> col = new TableColumn<>(party);
            col.setId("map-party-" + party);
            col.setPrefWidth(128);
            col.setSortable(false);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cellText(party)));
            col.setCellFactory(c -> new StanceCell(party));
            table.getColumns().add(col);
        }
    }

    /** A cell in its stance's colour; a click selects its statements. */
    private final class StanceCell extends TableCell<MapRow, String> {
        private final String party;

        StanceCell(String party) {
            this.party = party;
            getStyleClass().add("map-cell");
            setOnMouseClicked(e -> {
                if (!isEmpty() && getIndex() >= 0 && getIndex() < getTableView().getItems().size()) {
                    vm.select(getTableView().getItems().get(getIndex()), party);
                }
            });
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeAll("map-assert", "map-deny", "map-confirm", "map-decline");
            setText(empty ? null : text);
            // by index: the row's item may not be set yet when the cell is first filled
            if (!empty && getIndex() >= 0 && getIndex() < getTableView().getItems().size()) {
                getTableView().getItems().get(getIndex()).stance(party).map(Stance::id)
                        .ifPresent(id -> getStyleClass().add("map-" + id));
            }
        }
    }
}
