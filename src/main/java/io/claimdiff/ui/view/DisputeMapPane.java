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
    private final TableView<MapRow> table = new TableView<>();

    DisputeMapPane(DisputeMapViewModel vm) {
        this.vm = vm;
        setId("dispute-map-pane");
        CheckBox accepted = new CheckBox("Accepted only");
        accepted.selectedProperty().bindBidirectional(vm.acceptedOnlyProperty());
        Label hint = new Label("One row per proposition, two per clash; click a cell to see its statements");
        hint.getStyleClass().add("status-keys");
        HBox bar = new HBox(12, accepted, hint);
        bar.getStyleClass().add("panel-header");
        table.setId("dispute-map-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No contradiction in view: nothing to map"));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
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
