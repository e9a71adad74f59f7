package io.claimdiff.ui.view;

import io.claimdiff.project.LinkKind;
import io.claimdiff.ui.workspace.ClaimsViewModel;
import io.claimdiff.ui.workspace.ContradictionsViewModel;
import io.claimdiff.ui.workspace.FocusPairViewModel;
import io.claimdiff.ui.workspace.ProjectFileViewModel;
import io.claimdiff.ui.workspace.WorkspaceViewModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar; every action shows its shortcut. Single-key shortcuts do nothing while typing. */
final class MainMenu {

    private final WorkspaceViewModel vm;
    private final MainWindow window;
    private final WorkspaceActions actions;

    private final ProjectFileViewModel files;
    private final ProjectFileActions projectActions;
    private final io.claimdiff.export.ReportExporters exporters;

    MainMenu(WorkspaceViewModel vm, MainWindow window, WorkspaceActions actions, ProjectFileViewModel files,
             ProjectFileActions projectActions, io.claimdiff.export.ReportExporters exporters) {
        this.vm = vm;
        this.window = window;
        this.actions = actions;
        this.files = files;
        this.projectActions = projectActions;
        this.exporters = exporters;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), claimMenu(), linkMenu(), viewMenu());
        bar.getMenus().add(helpMenu(bar));
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem newProject = item("New project", "Shortcut+N", "menu-new-project", projectActions::newProject);
        MenuItem open = item("Open…", "Shortcut+O", "menu-open",
                () -> window.chooseAndOpen(window.root().getScene().getWindow()));
        MenuItem openProject = item("Open project…", "Shortcut+Alt+O", "menu-open-project",
                projectActions::chooseAndOpen);
        Menu recent = new Menu("Recent projects");
        recent.setId("menu-recent");
        recent.getItems().add(new MenuItem("(none)"));
        recent.setOnShowing(e -> fillRecent(recent));
        MenuItem samples = item("Open sample articles", "Shortcut+Shift+O", "menu-samples", vm::openSamples);
        MenuItem save = item("Save", "Shortcut+S", "menu-save", projectActions::save);
        MenuItem saveAs = item("Save as…", "Shortcut+Shift+S", "menu-save-as", projectActions::saveAs);
        MenuItem memo = item("Project memo…", "Shortcut+Shift+M", "menu-project-memo", actions::projectMemo);
        Menu export = new Menu("Export");
        export.setId("menu-export");
        for (var exporter : exporters.all()) {
            MenuItem format = item(exporter.name() + "…", null, "menu-export-" + exporter.id(),
                    () -> projectActions.export(exporter));
            format.disableProperty().bind(Bindings.isEmpty(vm.articles()));
            export.getItems().add(format);
        }
        javafx.scene.control.CheckMenuItem confirmedOnly = new javafx.scene.control.CheckMenuItem(
                "Confirmed contradictions only");
        confirmedOnly.setId("menu-export-confirmed-only");
        confirmedOnly.selectedProperty().bindBidirectional(files.confirmedOnlyProperty());
        MenuItem analyst = item("Analyst name…", null, "menu-analyst-name", this::askAnalystName);
        export.getItems().addAll(new SeparatorMenuItem(), confirmedOnly, analyst);
        MenuItem reanalyse = item("Re-analyse all articles", "F5", "menu-reanalyse", files::reanalyseAll);
        MenuItem reload = item("Reload articles changed on disk", "Shift+F5", "menu-reload", files::reloadChangedArticles);
        MenuItem details = item("Source details of this article…", "Shortcut+I", "menu-source-details",
                actions::editSourceDetails);
        details.disableProperty().bind(Bindings.isEmpty(vm.articles()));
        MenuItem close = item("Close article", "Shortcut+W", "menu-close",
                () -> window.currentArticle().ifPresent(vm::close));
        close.disableProperty().bind(Bindings.isEmpty(vm.articles()));
        MenuItem quit = item("Quit", "Shortcut+Q", "menu-quit", () -> {
            javafx.stage.Window w = window.root().getScene().getWindow();
            w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        return new Menu("_File", null, newProject, open, openProject, recent, samples, new SeparatorMenuItem(),
                save, saveAs, export, memo, new SeparatorMenuItem(), reanalyse, reload, details, close, new SeparatorMenuItem(), quit);
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (java.nio.file.Path path : files.recentProjects()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setOnAction(e -> projectActions.open(path));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", "Shortcut+Z", "menu-undo", vm::undo);
        undo.textProperty().bind(vm.undoLabelProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", "menu-redo", vm::redo);
        redo.textProperty().bind(vm.redoLabelProperty());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem copy = item("Copy claim with its source", "Shortcut+C", "menu-copy", actions::copy);
        MenuItem find = item("Find in all articles…", "Shortcut+F", "menu-find", actions::find);
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), copy, find);
    }

    private Menu claimMenu() {
        ClaimsViewModel claims = vm.claims();
        Menu quickTags = new Menu("Quick tags");
        for (int n = 1; n <= 9; n++) {
            int number = n;
            quickTags.getItems().add(key("Toggle tag " + n, String.valueOf(n), "menu-tag-" + n,
                    () -> claims.toggleTagNumber(number)));
        }
        quickTags.setOnShowing(e -> {
            var tags = claims.tags();
            for (int i = 0; i < 9; i++) {
                quickTags.getItems().get(i).setText("Toggle tag " + (i + 1) + (i < tags.size() ? ": " + tags.get(i) : ""));
            }
        });
        return new Menu("_Claim", null,
                key("Next claim", "J", "menu-next", claims::next),
                key("Previous claim", "K", "menu-previous", claims::previous),
                new SeparatorMenuItem(),
                item("New claim from selection…", "Shortcut+ENTER", "menu-new-claim", actions::newClaimFromSelection),
                key("Edit claim…", "E", "menu-edit-claim", actions::editClaim),
                item("Set claim span to selection", "Shortcut+Shift+ENTER", "menu-span", actions::spanFromSelection),
                key("Delete claim", "DELETE", "menu-delete-claim", claims::deleteSelected),
                new SeparatorMenuItem(),
                key("Tag…", "T", "menu-tag", actions::tag),
                quickTags,
                item("Manage tags…", "Shortcut+Shift+T", "menu-manage-tags", actions::manageTags),
                key("Note…", "N", "menu-note", actions::claimNote));
    }

    private Menu linkMenu() {
        ContradictionsViewModel links = vm.contradictions();
        return new Menu("_Links", null,
                key("Accept contradiction", "A", "menu-accept", links::acceptSelected),
                key("Reject contradiction", "R", "menu-reject", links::rejectSelected),
                item("Note…", null, "menu-link-note", actions::linkNote),
                new SeparatorMenuItem(),
                key("Mark claim for linking", "L", "menu-mark", vm.claims()::markForLink),
                key("Link marked claim as contradiction", "X", "menu-link-contradiction",
                        () -> actions.link(LinkKind.CONTRADICTS)),
                key("Link marked claim as support", "S", "menu-link-support", () -> actions.link(LinkKind.SUPPORTS)),
                cancelMark());
    }

    private MenuItem cancelMark() {
        MenuItem cancel = key("Cancel linking", "Esc", "menu-cancel-mark", vm.claims()::cancelMark);
        cancel.disableProperty().bind(vm.claims().linkSourceProperty().isNull());
        return cancel;
    }

    private Menu viewMenu() {
        FocusPairViewModel focus = vm.focus();
        CheckMenuItem pair = new CheckMenuItem("Focus the pair");
        pair.setId("menu-focus-pair");
        pair.setAccelerator(KeyCombination.keyCombination("P"));
        // the view model decides (no contradiction may be selected): the tick follows it
        pair.setOnAction(e -> {
            actions.key(focus::toggle);
            pair.setSelected(focus.isFocused());
        });
        focus.focusedProperty().addListener((obs, was, now) -> pair.setSelected(now));
        // Esc: after a claim marked for linking (Links comes first), the one enabled item acts
        MenuItem showAll = key("Show all articles", "Esc", "menu-show-all", focus::showAll);
        showAll.disableProperty().bind(focus.focusedProperty().not());
        MenuItem oldest = item("Articles oldest first", null, "menu-sort-date", vm::sortArticlesByDate);
        MenuItem map = item("Dispute map", "Shortcut+D", "menu-dispute-map", window::toggleDisputeMap);
        return new Menu("_View", null, pair, showAll, new SeparatorMenuItem(), map, oldest);
    }

    private Menu helpMenu(MenuBar bar) {
        MenuItem keys = item("Keyboard shortcuts", "F1", "menu-shortcuts", () -> ShortcutsDialog.show(bar,
                window.root().getScene().getWindow()));
        MenuItem samples = item("Open sample articles", null, "menu-help-samples", vm::openSamples);
        MenuItem about = item("About ClaimDiff", null, "menu-about", this::showAbout);
        return new Menu("_Help", null, keys, samples, about);
    }

    private MenuItem key(String text, String accelerator, String id, Runnable action) {
        return item(text, accelerator, id, () -> actions.key(action));
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void askAnalystName() {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(
                files.analystNameProperty().get());
        dialog.setTitle("Analyst name");
        dialog.setHeaderText("Your name, to sign reports and ClaimReview records (kept in your preferences)");
        dialog.getEditor().setId("analyst-name");
        dialog.initOwner(window.root().getScene().getWindow());
        dialog.showAndWait().ifPresent(name -> files.analystNameProperty().set(name.strip()));
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("About ClaimDiff");
        alert.setHeaderText("ClaimDiff " + io.claimdiff.app.AppContext.version());
        alert.setContentText("Highlights who said what in news articles, with which stance, and proposes "
                + "contradictions between parties within and across articles.");
        alert.initOwner(window.root().getScene().getWindow());
        alert.show();
    }
}
