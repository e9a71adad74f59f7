package io.claimdiff.ui.view;

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
            // two items may share a key (Esc cancels a mark or leaves a view): the enabled one acts;
            // a key of disabled items only is still kept from the controls
            boolean matched = false;
            for (MenuItem item : items(bar)) {
                if (item.getAccelerator() != null && item.getAccelerator().match(event)) {
                    matched = true;
                    if (!item.isDisable()) {
                        item.fire();
                        break;
                    }
                }
            }
            if (matched) {
                event.consume();
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
