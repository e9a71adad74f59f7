package io.claimdiff.ui.view;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.util.Duration;

/**
 * The status bar's sign that work is under way: a small arc that turns in eight steps a second
 * while {@code busy} holds. JavaFX's indeterminate {@code ProgressIndicator} restyles and repaints
 * its segments on every frame; while a long article is analysed on a two-core machine that took
 * CPU the analysis needed (an open took 0.15 s longer, docs/benchmarks.md).
 */
final class BusyIndicator extends StackPane {

    private static final double STEP_DEGREES = 45;
    private final Arc arc = new Arc(0, 0, 6, 6, 0, 270);
    private final Timeline turning = new Timeline(new KeyFrame(Duration.millis(125),
            e -> arc.setRotate((arc.getRotate() + STEP_DEGREES) % 360)));

    BusyIndicator(ObservableBooleanValue busy) {
        getStyleClass().add("busy-indicator");
        arc.setType(ArcType.OPEN);
        arc.getStyleClass().add("busy-arc");
        getChildren().add(arc);
        setMinSize(14, 14);
        setPrefSize(14, 14);
        setMaxSize(14, 14);
        turning.setCycleCount(Animation.INDEFINITE);
        visibleProperty().bind(busy);
        visibleProperty().addListener((obs, was, now) -> update(now));
        update(isVisible());
    }

    /** Whether the arc is turning (it turns only while shown). */
    boolean isTurning() {
        return turning.getStatus() == Animation.Status.RUNNING;
    }

    private void update(boolean shown) {
        if (shown) {
            turning.play();
        } else {
            turning.stop();
        }
    }
}
