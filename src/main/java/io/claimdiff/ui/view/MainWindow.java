package io.claimdiff.ui.view;

import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Link;
import io.claimdiff.ui.workspace.ArticleViewModel;
import io.claimdiff.ui.workspace.FindViewModel;
import io.claimdiff.ui.workspace.ProjectFileViewModel;
import io.claimdiff.ui.workspace.Trace;
import io.claimdiff.ui.workspace.WorkspaceViewModel;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The main window's layout: menus, article panes side by side, side panels, claims table, status. */
public final class MainWindow {

    private static final double SIDEBAR_MIN_WIDTH = 260;
    private static final double TABLE_MIN_HEIGHT = 120;
    private static final double SIDEBAR_DIVIDER = 0.74;
    private static final double TABLE_DIVIDER = 0.66;
    private final WorkspaceViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ArticleStrip strip = new ArticleStrip();
    private final ConnectorOverlay connector = new ConnectorOverlay();
    private final NotificationPane notifications;
    private final FindBar findBar;
    // the side panels and the claims table are built after the articles are first shown
    private final StackPane sidebarSlot = new StackPane();
    private final StackPane tableSlot = new StackPane();
    private final SplitPane top;
    private final SplitPane centre;
    private ClaimsTable claimsTable;
    private PartiesPanel partiesPanel;
    private ContradictionsPanel contradictionsPanel;
    private final Label emptyHint = new Label("Open articles with File > Open… (Ctrl+O), or drop articles or a .claimdiff project here.");
    private final ProjectFileActions projectActions;
    private ArticlePane current;

    /**
     * Lays out the window. With {@code lazyPanels} the parties, contradictions and claims panels
     * stay empty until {@link #buildPanels()}, so that the articles are on screen sooner.
     */
    MainWindow(WorkspaceViewModel vm, ProjectFileViewModel files, io.claimdiff.export.ReportExporters exporters,
               boolean lazyPanels) {
        this.vm = vm;
        this.projectActions = new ProjectFileActions(files, () -> root.getScene().getWindow());
        emptyHint.getStyleClass().add("empty-hint");
        strip.node().hvalueProperty().addListener((obs, was, now) -> drawConnector());
        StackPane articlesArea = new StackPane(emptyHint, strip.node(), connector);

        // the panels arrive after the first layout: their room is kept from the start, or the
        // articles would take it and the divider would stay where they pushed it
        sidebarSlot.setMinWidth(SIDEBAR_MIN_WIDTH);
        tableSlot.setMinHeight(TABLE_MIN_HEIGHT);
        top = new SplitPane(articlesArea, sidebarSlot);
        // a wider window is more room for the articles; the panels keep the width they were given
        SplitPane.setResizableWithParent(sidebarSlot, false);
        top.setDividerPositions(SIDEBAR_DIVIDER);
        centre = new SplitPane(top, tableSlot);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(TABLE_DIVIDER);

        notifications = new NotificationPane(centre);
        notifications.setId("notifications");
        notifications.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);

        WorkspaceActions actions = new WorkspaceActions(vm, this);
        findBar = new FindBar(new FindViewModel(vm.project(), vm.claims(), vm.contradictions()), this::showFound);
        javafx.scene.control.MenuBar menuBar = new MainMenu(vm, this, actions, files, projectActions, exporters).build();
        root.setTop(new VBox(menuBar, findBar));
        KeyboardShortcuts.install(root, menuBar);
        root.setCenter(notifications);
        root.setBottom(statusBar());
        root.setOnDragOver(this::acceptFileDrag);
        root.setOnDragDropped(this::dropFiles);

        vm.articles().addListener((ListChangeListener<ArticleViewModel>) change -> syncPanes());
        vm.errors().addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::notifyError);
            }
        });
        vm.claims().selectedProperty().addListener((obs, was, id) -> revealClaim(id));
        vm.contradictions().selectedProperty().addListener((obs, was, id) -> revealLink());
        vm.focus().pairProperty().addListener((obs, was, now) -> showFocus());
        vm.revisionProperty().addListener((obs, was, now) -> Platform.runLater(this::drawConnector));
        articlesArea.layoutBoundsProperty().addListener((obs, was, now) -> drawConnector());
        syncPanes();
        if (!lazyPanels) {
            buildPanels();
        }
    }

    /** Builds the side panels and the claims table, once. */
    void buildPanels() {
        if (claimsTable != null) {
            return;
        }
        partiesPanel = new PartiesPanel(vm.parties());
        contradictionsPanel = new ContradictionsPanel(vm.contradictions());
        SplitPane sidebar = new SplitPane(partiesPanel, contradictionsPanel);
        sidebar.setOrientation(Orientation.VERTICAL);
        sidebar.setDividerPositions(0.42);
        sidebar.setId("sidebar");
        sidebarSlot.getChildren().setAll(sidebar);
        claimsTable = new ClaimsTable(vm.claims(), vm.parties());
        tableSlot.getChildren().setAll(bottomTabs());
        // the first layout, with empty slots, may have moved the dividers: put them where they belong
        top.setDividerPositions(SIDEBAR_DIVIDER);
        centre.setDividerPositions(TABLE_DIVIDER);
        Trace.mark("panels built");
    }

    // the claims table and the dispute map share the bottom; the map is worked out while in view only
    private javafx.scene.control.TabPane bottomTabs() {
        javafx.scene.control.Tab claims = new javafx.scene.control.Tab("Claims", claimsTable);
        DisputeMapPane map = new DisputeMapPane(vm.disputeMap());
        mapTab = new javafx.scene.control.Tab("Dispute map", map);
        mapTab.setId("dispute-map-tab");
        for (javafx.scene.control.Tab t : java.util.List.of(claims, mapTab)) {
            t.setClosable(false);
        }
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(claims, mapTab);
        tabs.setId("bottom-tabs");
        mapTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.disputeMap().refresh();
            }
        });
        vm.revisionProperty().addListener((obs, was, now) -> {
            if (mapTab.isSelected()) {
                vm.disputeMap().refresh();
            }
        });
        return tabs;
    }

    /** View > Dispute map: shows the map below the articles, or the claims table again. */
    void toggleDisputeMap() {
        buildPanels();
        var tabs = mapTab.getTabPane();
        tabs.getSelectionModel().select(mapTab.isSelected() ? tabs.getTabs().get(0) : mapTab);
    }

    private javafx.scene.control.Tab mapTab;

    /** Whether the side panels and the claims table are built (they come after the first frame). */
    public boolean panelsBuilt() {
        return claimsTable != null;
    }

    Parent root() {
        return root;
    }

    ConnectorOverlay connector() {
        return connector;
    }

    FindBar findBar() {
        return findBar;
    }

    ClaimsTable claimsTable() {
        buildPanels();
        return claimsTable;
    }

    PartiesPanel partiesPanel() {
        buildPanels();
        return partiesPanel;
    }

    ContradictionsPanel contradictionsPanel() {
        buildPanels();
        return contradictionsPanel;
    }

    ProjectFileActions projectActions() {
        return projectActions;
    }

    /** The drop path: what happens when files are dropped on the window. A project opens as such. */
    void openDropped(List<File> files) {
        List<java.nio.file.Path> articles = new ArrayList<>();
        for (File file : files) {
            if (ProjectFileActions.isProjectFile(file.toPath())) {
                projectActions.open(file.toPath());
            } else {
                articles.add(file.toPath());
            }
        }
        vm.openFiles(articles);
    }

    void chooseAndOpen(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open articles");
        List<String> patterns = ArticleLoader.EXTENSIONS.stream().sorted().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles and projects",
                java.util.stream.Stream.concat(patterns.stream(), java.util.stream.Stream.of("*.claimdiff", "*.qdpx")).toList()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles", patterns));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen != null) {
            openDropped(chosen);
        }
    }

    /** The article the analyst last worked in, or the last one open. */
    Optional<ArticleViewModel> currentArticle() {
        return currentPane().map(ArticlePane::article);
    }

    /** The pane the analyst last worked in, or the last one shown (Close article never closes a hidden one). */
    Optional<ArticlePane> currentPane() {
        if (current != null && strip.panes().contains(current) && current.isVisible()) {
            return Optional.of(current);
        }
        List<ArticlePane> shown = articlePanes().stream().filter(ArticlePane::isVisible).toList();
        return shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(shown.size() - 1));
    }

    /** The panes of the open articles, shown or hidden, in order. */
    public List<ArticlePane> articlePanes() {
        return strip.panes();
    }

    Optional<ArticlePane> paneOf(String articleId) {
        return articlePanes().stream().filter(p -> p.article().article().id().equals(articleId)).findFirst();
    }

    private void showFound(FindViewModel.Match match) {
        vm.focus().reveal(match.articleId());
        paneOf(match.articleId()).ifPresent(p -> {
            current = p;
            p.selectText(match.span());
        });
    }

    private void revealClaim(String claimId) {
        if (claimId == null) {
            return;
        }
        vm.project().claim(claimId).ifPresent(entry -> paneOf(entry.claim().articleId()).ifPresent(pane -> {
            current = pane;
            strip.reveal(List.of(pane));
            if (pane.screenBounds(entry.claim().content()).isEmpty()) {
                pane.reveal(entry.claim().content());
            }
        }));
    }

    private void revealLink() {
        Optional<Link> link = vm.contradictions().selectedLink();
        if (link.isEmpty()) {
            connector.clear();
            return;
        }
        List<ArticlePane> sides = new ArrayList<>();
        for (String id : List.of(link.get().a(), link.get().b())) {
            vm.project().claim(id).ifPresent(e -> paneOf(e.claim().articleId()).ifPresent(p -> {
                sides.add(p);
                p.reveal(e.claim().content());
            }));
        }
        strip.reveal(sides);
        // RichTextFX lays out the scrolled paragraphs on the next pulses
        PauseTransition settle = new PauseTransition(Duration.millis(120));
        settle.setOnFinished(e -> drawConnector());
        settle.play();
        Platform.runLater(this::drawConnector);
    }

    // the focus view model has decided which articles show; the panes follow, and the selected
    // pair stays in view (back among all the articles too)
    private void showFocus() {
        strip.showOnly(articlePanes().stream().filter(p -> vm.focus().isShown(p.article().article().id())).toList());
        revealLink();
    }

    void drawConnector() {
        Optional<Link> link = vm.contradictions().selectedLink();
        if (link.isEmpty()) {
            connector.clear();
            return;
        }
        connector.connect(boundsOf(link.get().a()), boundsOf(link.get().b()));
    }

    private Optional<javafx.geometry.Bounds> boundsOf(String claimId) {
        return vm.project().claim(claimId).flatMap((ClaimEntry e) -> paneOf(e.claim().articleId())
                .filter(ArticlePane::isVisible).flatMap(p -> p.anchorBounds(e.claim().content())));
    }

    private void syncPanes() {
        java.util.Set<String> before = new java.util.HashSet<>();
        articlePanes().forEach(p -> before.add(p.article().article().id()));
        List<ArticlePane> keep = new ArrayList<>();
        for (ArticleViewModel article : vm.articles()) {
            ArticlePane pane = articlePanes().stream().filter(p -> p.article() == article).findFirst()
                    .orElseGet(() -> newPane(article));
            keep.add(pane);
        }
        if (strip.setPanes(keep)) {
            strip.showOnly(keep.stream().filter(p -> vm.focus().isShown(p.article().article().id())).toList());
            // an article just opened is where the analyst looks next (a reloaded one stays put)
            strip.reveal(keep.stream().filter(p -> !before.contains(p.article().article().id())).toList());
        }
        strip.node().setVisible(!keep.isEmpty());
        emptyHint.setVisible(keep.isEmpty());
        drawConnector();
    }

    private ArticlePane newPane(ArticleViewModel article) {
        ArticlePane pane = new ArticlePane(article, vm, () -> vm.close(article));
        pane.textArea().focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                current = pane;
            }
        });
        pane.textArea().estimatedScrollYProperty().addListener((obs, was, now) -> drawConnector());
        return pane;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        BusyIndicator busy = new BusyIndicator(vm.pendingProperty().greaterThan(0));
        Label keys = new Label("J/K next/previous claim · A/R accept/reject · P focus pair · T tag · 1–9 quick tags"
                + " · Ctrl+F find");
        keys.getStyleClass().add("status-keys");
        HBox bar = new HBox(8, busy, status, focusNote(), keys);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    // while a pair is focused: how many articles are hidden, and a way back to all of them
    private HBox focusNote() {
        Label note = new Label();
        note.setId("focus-note");
        note.textProperty().bind(vm.focus().messageProperty());
        Hyperlink showAll = new Hyperlink("Show all");
        showAll.setId("focus-show-all");
        showAll.setFocusTraversable(false);
        showAll.setOnAction(e -> vm.focus().showAll());
        HBox box = new HBox(4, note, showAll);
        box.getStyleClass().add("focus-note");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.visibleProperty().bind(vm.focus().focusedProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    void notifyError(String message) {
        // non-blocking: the analyst keeps working while the message shows
        notifications.show(message);
        PauseTransition pause = new PauseTransition(Duration.seconds(8));
        pause.setOnFinished(e -> {
            if (message.equals(notifications.getText())) {
                notifications.hide();
            }
        });
        pause.play();
    }

    Optional<TextSpan> currentSelection() {
        return currentPane().flatMap(ArticlePane::selection);
    }

    private void acceptFileDrag(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropFiles(DragEvent event) {
        boolean ok = event.getDragboard().hasFiles();
        if (ok) {
            List<File> files = List.copyOf(event.getDragboard().getFiles());
            Platform.runLater(() -> openDropped(files));
        }
        event.setDropCompleted(ok);
        event.consume();
    }
}
