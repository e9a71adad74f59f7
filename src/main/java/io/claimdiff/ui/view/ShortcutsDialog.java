package io.claimdiff.ui.view;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/** Help > Keyboard shortcuts: every menu action with its key, read from the menus so it never goes stale. */
final class ShortcutsDialog {

    /** One line of the list. */
    record Shortcut(String menu, String action, String key) {
    }

    private ShortcutsDialog() {
    }

    /** Every menu item that has a shortcut, in menu order. */
    static List<Shortcut> of(MenuBar bar) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu.getText().replace("_", ""), menu, out);
        }
        return out;
    }

    private static void collect(String path, Menu menu, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(path + " > " + sub.getText(), sub, out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(path, item.getText(), item.getAccelerator().getDisplayText()));
            }
        }
    }

    static void show(MenuBar bar, Window owner) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcuts-table");
        table.getColumns().add(column("Key", Shortcut::key, 110));
        table.getColumns().add(column("Action", Shortcut::action, 300));
        table.getColumns().add(column("Menu", Shortcut::menu, 160));
        table.getItems().setAll(of(bar));
        table.setPrefSize(600, 520);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts (single keys do nothing while you type in a field)");
        alert.getDialogPane().setContent(table);
        alert.initOwner(owner);
        alert.show();
    }

    private static TableColumn<Shortcut, String> column(String title, java.util.function.Function<Shortcut, String> value,
                                                        double width) {
        TableColumn<Shortcut, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }
}
