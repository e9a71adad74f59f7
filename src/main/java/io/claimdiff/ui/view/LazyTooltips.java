package io.claimdiff.ui.view;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.function.Supplier;

/**
 * Gives a control its tooltip when the pointer first comes over it. A tooltip is a popup window:
 * made up front for every label of every pane and list cell, they cost start-up time for popups
 * that are mostly never shown.
 */
final class LazyTooltips {

    private LazyTooltips() {
    }

    /** Shows {@code text}, read when the pointer enters, as the tooltip of {@code control}. */
    static void install(Control control, Supplier<String> text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            String now = text.get();
            if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(now));
            } else if (!now.equals(control.getTooltip().getText())) {
                control.getTooltip().setText(now);
            }
        });
    }
}
