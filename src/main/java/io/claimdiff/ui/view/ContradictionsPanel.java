package io.claimdiff.ui.view;

import io.claimdiff.ui.workspace.ClaimRow;
import io.claimdiff.ui.workspace.ContradictionsViewModel;
import io.claimdiff.ui.workspace.LinkRow;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The engine's proposals and the analyst's links: score, reason, clash, both statements, status. */
final class ContradictionsPanel extends VBox {

    private final ContradictionsViewModel links;
    private final ListView<LinkRow> list = new ListView<>();
    private boolean syncing;

    ContradictionsPanel(ContradictionsViewModel links) {
        this.links = links;
        setId("contradictions-panel");
        Label heading = new Label("Contradictions & supports");
        heading.getStyleClass().add("panel-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Button accept = new Button("Accept (A)");
        accept.setId("accept-link");
        accept.setOnAction(e -> links.acceptSelected());
        Button reject = new Button("Reject (R)");
        reject.setId("reject-link");
        reject.setOnAction(e -> links.rejectSelected());
        Button note = new Button("Note…");
        note.setOnAction(e -> editNote(links, getScene() == null ? null : getScene().getWindow()));
        accept.disableProperty().bind(links.selectedProperty().isNull());
        reject.disableProperty().bind(links.selectedProperty().isNull());
        note.disableProperty().bind(links.selectedProperty().isNull());
        CheckBox byClash = new CheckBox("Group by clash");
        byClash.setId("group-by-clash");
        byClash.selectedProperty().bindBidirectional(links.groupByClashProperty());
        // the list keeps the keys (A, R, J/K): nothing in the bar takes the focus
        for (Control c : new Control[] {accept, reject, note, byClash}) {
            c.setFocusTraversable(false);
        }
        HBox buttons = new HBox(6, accept, reject, note);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox title = new HBox(6, heading, gap, byClash);
        title.setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("panel-title");
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
        getChildren().addAll(title, buttons, list);
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

    /** Edits the selected link's note in a memo dialog (the Note… button and Links > Note…). */
    static void editNote(ContradictionsViewModel links, javafx.stage.Window owner) {
        links.selectedLink().ifPresent(link -> MemoDialog.show(owner, "Note", "Note on this "
                + (link.kind() == io.claimdiff.project.LinkKind.CONTRADICTS ? "contradiction" : "support") + ": "
                + link.reason(), link.note()).ifPresent(links::setNote));
    }

    private final class LinkCell extends ListCell<LinkRow> {
        private final Label clashHeading = new Label();
        private final Label status = new Label();
        private final Label clash = new Label();
        private final Label reason = new Label();
        private final Label a = new Label();
        private final Label b = new Label();
        private final Label note = new Label();
        // the reason gets a line of its own: beside the status and clash tags it wrapped word by word
        private final HBox head = new HBox(6, status, clash);
        private final VBox box = new VBox(2, clashHeading, head, reason, a, b, note);

        LinkCell() {
            reason.setWrapText(true);
            clashHeading.setWrapText(true);
            clashHeading.getStyleClass().add("clash-heading");
            clashHeading.setMaxWidth(Double.MAX_VALUE);
            head.getStyleClass().setAll("link-head");
            clash.getStyleClass().add("link-clash");
            status.setMinWidth(Region.USE_PREF_SIZE);
            clash.setMinWidth(Region.USE_PREF_SIZE);
            for (Label l : new Label[] {clashHeading, clash}) {
                LazyTooltips.install(l, () -> getItem() == null ? "" : links.clashSources(getItem().id()));
            }
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
            clashHeading.setText(row.heading());
            clashHeading.setManaged(!row.heading().isEmpty());
            clashHeading.setVisible(!row.heading().isEmpty());
            clash.setText(row.clash());
            clash.setManaged(!row.clash().isEmpty());
            clash.setVisible(!row.clash().isEmpty());
            reason.setText(row.reason());
            a.setText("▸ " + links.describe(row.a()));
            b.setText("▸ " + links.describe(row.b()));
            note.setText(row.note().isEmpty() ? "" : "Note: " + ClaimRow.oneLine(row.note()));
            note.setManaged(!row.note().isEmpty());
            setGraphic(box);
        }
    }
}
