package io.claimdiff.ui.view;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.prefs.Preferences;

/** Remembers the main window's size and position between runs (java.util.prefs). */
final class WindowBounds {

    private static final double MIN_W = 640;
    private static final double MIN_H = 400;
    private final Preferences prefs;

    WindowBounds(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Applies the remembered bounds if they still fit on a screen, else a sensible default. */
    void restore(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // never larger than the screen: a window remembered on a bigger monitor must still fit
        double w = Math.min(screen.getWidth(), Math.max(MIN_W, prefs.getDouble("w", 1400)));
        double h = Math.min(screen.getHeight(), Math.max(MIN_H, prefs.getDouble("h", 860)));
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    /** Stores the stage's current bounds. */
    void save(Stage stage) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
            prefs.putDouble("w", stage.getWidth());
            prefs.putDouble("h", stage.getHeight());
        }
    }
}
