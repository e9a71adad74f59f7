package io.claimdiff.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar; every item shows its shortcut. */
final class MainMenu {

    private final WorkspaceViewModel vm;
    private final MainWindow window;

    MainMenu(WorkspaceViewModel vm, MainWindow window) {
        this.vm = vm;
        this.window = window;
    }

    MenuBar build() {
        MenuItem open = item("Open…", "Shortcut+O", "menu-open");
        open.setOnAction(e -> window.chooseAndOpen(window.root().getScene().getWindow()));
        MenuItem samples = item("Open sample articles", "Shortcut+Shift+O", "menu-samples");
        samples.setOnAction(e -> vm.openSamples());
        MenuItem close = item("Close article", "Shortcut+W", "menu-close");
        close.setOnAction(e -> window.currentArticle().ifPresent(vm::close));
        close.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.articles()));
        MenuItem quit = item("Quit", "Shortcut+Q", "menu-quit");
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("_File", null, open, samples, close, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", "Shortcut+Z", "menu-undo");
        undo.textProperty().bind(vm.undoLabelProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", "menu-redo");
        redo.textProperty().bind(vm.redoLabelProperty());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        Menu edit = new Menu("_Edit", null, undo, redo);

        MenuItem helpSamples = item("Open sample articles", null, "menu-help-samples");
        helpSamples.setOnAction(e -> vm.openSamples());
        MenuItem about = item("About ClaimDiff", null, "menu-about");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("_Help", null, helpSamples, about);

        MenuBar bar = new MenuBar(file, edit, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, String id) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
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
