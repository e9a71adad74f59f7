package io.claimdiff.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The engine's proposals and the analyst's links: score, reason, both statements, status. */
final class ContradictionsPanel extends VBox {

    private final ContradictionsViewModel links;
    private final ListView<LinkRow> list = new ListView<>();
    private boolean syncing;

    ContradictionsPanel(ContradictionsViewModel links) {
        this.links = links;
        setId("contradictions-panel");
        Label heading = new Label("Contradictions & supports");
        heading.getStyleClass().add("panel-heading");
        Button accept = new Button("Accept (A)");
        accept.setId("accept-link");
        accept.setOnAction(e -> links.acceptSelected());
        Button reject = new Button("Reject (R)");
        reject.setId("reject-link");
        reject.setOnAction(e -> links.rejectSelected());
        Button note = new Button("Note…");
        note.setOnAction(e -> editNote());
        accept.disableProperty().bind(links.selectedProperty().isNull());
        reject.disableProperty().bind(links.selectedProperty().isNull());
        note.disableProperty().bind(links.selectedProperty().isNull());
        for (Button b : new Button[] {accept, reject, note}) {
            b.setFocusTraversable(false);
        }
        HBox buttons = new HBox(6, accept, reject, note);
        buttons.getStyleClass().add("panel-bar");

        list.setItems(links.rows());
        list.setPlaceholder(new Label("No contradictions proposed"));
        list.setCellFactory(v -> new LinkCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> {
            // a null row only means the list was refilled; the workspace keeps its selection
            if (!syncing && row != null) {
                links.select(row.id());
            }
        });
        links.selectedProperty().addListener((obs, was, id) -> showSelected(id));
        list.getItems().addListener((javafx.collections.ListChangeListener<LinkRow>) c ->
                showSelected(links.selectedProperty().get()));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, buttons, list);
    }

    ListView<LinkRow> list() {
        return list;
    }

    private void showSelected(String id) {
        syncing = true;
        try {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(id)) {
                    list.getSelectionModel().clearAndSelect(i);
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private void editNote() {
        links.selectedLink().ifPresent(link -> {
            TextInputDialog dialog = new TextInputDialog(link.note());
            dialog.setTitle("Note");
            dialog.setHeaderText("Note on this " + (link.kind() == io.claimdiff.project.LinkKind.CONTRADICTS
                    ? "contradiction" : "support"));
            dialog.showAndWait().ifPresent(links::setNote);
        });
    }

    private final class LinkCell extends ListCell<LinkRow> {
        private final Label status = new Label();
        private final Label reason = new Label();
        private final Label a = new Label();
        private final Label b = new Label();
        private final Label note = new Label();
        private final VBox box = new VBox(2, new HBox(6, status, reason), a, b, note);

        LinkCell() {
            reason.setWrapText(true);
            status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            reason.getStyleClass().add("link-reason");
            for (Label l : new Label[] {a, b}) {
                l.setWrapText(true);
                l.getStyleClass().add("link-side");
                LazyTooltips.install(l, l::getText);
            }
            note.getStyleClass().add("link-note");
            box.setMaxWidth(Double.MAX_VALUE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LinkRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            status.setText(row.status().toUpperCase(java.util.Locale.ROOT) + (row.kind().equals("supports")
                    ? " · SUPPORT" : "") + String.format(" · %.2f", row.score()));
            status.getStyleClass().setAll("label", "link-status", "link-" + row.status(), "link-" + row.kind());
            reason.setText(row.reason());
            a.setText("▸ " + links.describe(row.a()));
            b.setText("▸ " + links.describe(row.b()));
            note.setText(row.note().isEmpty() ? "" : "Note: " + row.note());
            note.setManaged(!row.note().isEmpty());
            box.getChildren().get(0).getStyleClass().setAll("link-head");
            setGraphic(box);
        }
    }
}
