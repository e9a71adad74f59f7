package io.claimdiff.ui.view;

import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** A small colour square for a party. */
final class Swatch {

    private Swatch() {
    }

    static Rectangle of(String colour) {
        Rectangle r = new Rectangle(11, 11, Color.web(colour));
        r.setArcWidth(3);
        r.setArcHeight(3);
        r.getStyleClass().add("swatch");
        return r;
    }
}
