package io.claimdiff.ui;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Fires menu items from their shortcuts before any control sees the key. Article panes and lists
 * would otherwise swallow keys such as J, A or Ctrl+Z (RichTextFX has its own undo). While the
 * analyst types in a text field, the field gets every key.
 */
final class KeyboardShortcuts {

    private KeyboardShortcuts() {
    }

    static void install(Node root, MenuBar bar) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl) {
                return;
            }
            for (MenuItem item : items(bar)) {
                if (item.getAccelerator() != null && item.getAccelerator().match(event)) {
                    if (!item.isDisable()) {
                        item.fire();
                    }
                    event.consume();
                    return;
                }
            }
        });
    }

    private static List<MenuItem> items(MenuBar bar) {
        List<MenuItem> all = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, all);
        }
        return all;
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, into);
            } else {
                into.add(item);
            }
        }
    }
}
