package io.claimdiff.ui;

import io.claimdiff.ingest.ArticleLoader;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The main window's layout: menu bar, article panes side by side, status bar. Binding only. */
final class MainWindow {

    private final WorkspaceViewModel vm;
    private final BorderPane root = new BorderPane();
    private final SplitPane panes = new SplitPane();
    private final NotificationPane notifications;
    private final Label emptyHint = new Label("Open articles with File > Open… (Ctrl+O), or drop .txt / .md files here.");
    private ArticlePane current;

    MainWindow(WorkspaceViewModel vm) {
        this.vm = vm;
        panes.setOrientation(Orientation.HORIZONTAL);
        panes.setId("article-panes");
        emptyHint.getStyleClass().add("empty-hint");
        StackPane centre = new StackPane(emptyHint, panes);
        notifications = new NotificationPane(centre);
        notifications.setId("notifications");
        notifications.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);

        root.setTop(new MainMenu(vm, this).build());
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
        syncPanes();
    }

    Parent root() {
        return root;
    }

    /** The drop path: what happens when files are dropped on the window. */
    void openDropped(List<File> files) {
        vm.openFiles(files.stream().map(File::toPath).toList());
    }

    void chooseAndOpen(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open articles");
        List<String> patterns = ArticleLoader.EXTENSIONS.stream().sorted().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles", patterns));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen != null) {
            openDropped(chosen);
        }
    }

    /** The article the analyst last worked in, or the last one open. */
    Optional<ArticleViewModel> currentArticle() {
        if (current != null && vm.articles().contains(current.article())) {
            return Optional.of(current.article());
        }
        return vm.articles().isEmpty() ? Optional.empty() : Optional.of(vm.articles().get(vm.articles().size() - 1));
    }

    private void syncPanes() {
        List<ArticlePane> keep = new ArrayList<>();
        for (ArticleViewModel article : vm.articles()) {
            ArticlePane pane = panes.getItems().stream().map(ArticlePane.class::cast)
                    .filter(p -> p.article() == article).findFirst()
                    .orElseGet(() -> newPane(article));
            keep.add(pane);
        }
        if (!panes.getItems().equals(keep)) {
            panes.getItems().setAll(keep);
            double[] dividers = new double[Math.max(0, keep.size() - 1)];
            for (int i = 0; i < dividers.length; i++) {
                dividers[i] = (i + 1.0) / keep.size();
            }
            panes.setDividerPositions(dividers);
        }
        panes.setVisible(!keep.isEmpty());
        emptyHint.setVisible(keep.isEmpty());
    }

    private ArticlePane newPane(ArticleViewModel article) {
        ArticlePane pane = new ArticlePane(article, () -> vm.close(article));
        pane.textArea().focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                current = pane;
            }
        });
        return pane;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(vm.pendingProperty().greaterThan(0));
        HBox bar = new HBox(8, busy, status);
        HBox.setHgrow(status, Priority.ALWAYS);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void notifyError(String message) {
        // non-blocking: the analyst keeps working while the message shows
        notifications.show(message);
        Duration hide = Duration.seconds(8);
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(hide);
        pause.setOnFinished(e -> {
            if (message.equals(notifications.getText())) {
                notifications.hide();
            }
        });
        pause.play();
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
