package io.claimdiff.ui.view;

import io.claimdiff.ui.workspace.ClaimRow;
import io.claimdiff.ui.workspace.ClaimsViewModel;
import io.claimdiff.ui.workspace.PartiesViewModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The claims of all open articles: sortable, filterable by free text; selection follows the workspace. */
final class ClaimsTable extends VBox {

    private final TableView<ClaimRow> table = new TableView<>();
    private final ClaimsViewModel claims;
    private boolean syncing;

    ClaimsTable(ClaimsViewModel claims, PartiesViewModel parties) {
        this.claims = claims;
        setId("claims-table");
        TextField filter = new TextField();
        filter.setId("claims-filter");
        filter.setPromptText("Filter claims: any words, or column:value (party:russia stance:deny tag:check)");
        filter.textProperty().bindBidirectional(claims.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.size(claims.visibleRows()).asString("%d claims"));
        HBox bar = new HBox(8, new Label("Claims"), filter, count);
        bar.getStyleClass().add("panel-bar");

        SortedList<ClaimRow> sorted = new SortedList<>(claims.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column("Article", ClaimRow::article, 130));
        table.getColumns().add(column("Speaker", ClaimRow::speaker, 150));
        table.getColumns().add(partyColumn(parties));
        table.getColumns().add(column("Stance", ClaimRow::stance, 70));
        table.getColumns().add(column("Text", ClaimRow::text, 520));
        table.getColumns().add(column("Tags", ClaimRow::tags, 120));
        table.getColumns().add(column("Note", ClaimRow::note, 160));
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label("No claims yet"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> {
            if (!syncing && row != null) {
                claims.select(row.id());
            }
        });
        claims.selectedProperty().addListener((obs, was, id) -> showSelected(id));
        table.getItems().addListener((javafx.collections.ListChangeListener<ClaimRow>) c ->
                showSelected(claims.selectedProperty().get()));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    TableView<ClaimRow> table() {
        return table;
    }

    private void showSelected(String id) {
        syncing = true;
        try {
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id().equals(id)) {
                    if (table.getSelectionModel().getSelectedIndex() != i) {
                        table.getSelectionModel().clearAndSelect(i);
                        table.scrollTo(Math.max(0, i - 2));
                    }
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<ClaimRow, String> column(String name, Function<ClaimRow, String> value, double width) {
        TableColumn<ClaimRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<ClaimRow, ClaimRow> partyColumn(PartiesViewModel parties) {
        TableColumn<ClaimRow, ClaimRow> column = new TableColumn<>("Party");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(java.util.Comparator.comparing(ClaimRow::party));
        column.setPrefWidth(130);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ClaimRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(row.party());
                setGraphic(Swatch.of(parties.colourOf(row.party())));
            }
        });
        return column;
    }
}
