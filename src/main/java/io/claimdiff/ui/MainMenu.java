package io.claimdiff.ui;

import io.claimdiff.project.LinkKind;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
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

    MainMenu(WorkspaceViewModel vm, MainWindow window, WorkspaceActions actions) {
        this.vm = vm;
        this.window = window;
        this.actions = actions;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), claimMenu(), linkMenu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem open = item("Open…", "Shortcut+O", "menu-open",
                () -> window.chooseAndOpen(window.root().getScene().getWindow()));
        MenuItem samples = item("Open sample articles", "Shortcut+Shift+O", "menu-samples", vm::openSamples);
        MenuItem close = item("Close article", "Shortcut+W", "menu-close",
                () -> window.currentArticle().ifPresent(vm::close));
        close.disableProperty().bind(Bindings.isEmpty(vm.articles()));
        MenuItem quit = item("Quit", "Shortcut+Q", "menu-quit", Platform::exit);
        return new Menu("_File", null, open, samples, close, new SeparatorMenuItem(), quit);
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", "Shortcut+Z", "menu-undo", vm::undo);
        undo.textProperty().bind(vm.undoLabelProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", "menu-redo", vm::redo);
        redo.textProperty().bind(vm.redoLabelProperty());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem find = item("Find in all articles…", "Shortcut+F", "menu-find", actions::find);
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), find);
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
                key("Note…", "N", "menu-note", actions::claimNote));
    }

    private Menu linkMenu() {
        ContradictionsViewModel links = vm.contradictions();
        return new Menu("_Links", null,
                key("Accept contradiction", "A", "menu-accept", links::acceptSelected),
                key("Reject contradiction", "R", "menu-reject", links::rejectSelected),
                new SeparatorMenuItem(),
                key("Mark claim for linking", "L", "menu-mark", vm.claims()::markForLink),
                key("Link marked claim as contradiction", "X", "menu-link-contradiction",
                        () -> actions.link(LinkKind.CONTRADICTS)),
                key("Link marked claim as support", "S", "menu-link-support", () -> actions.link(LinkKind.SUPPORTS)));
    }

    private Menu helpMenu() {
        MenuItem samples = item("Open sample articles", null, "menu-help-samples", vm::openSamples);
        MenuItem about = item("About ClaimDiff", null, "menu-about", this::showAbout);
        return new Menu("_Help", null, samples, about);
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
