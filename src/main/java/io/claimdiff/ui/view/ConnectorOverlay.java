package io.claimdiff.ui.view;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;

import java.util.Optional;

/**
 * Draws the line between the two statements of the selected link across panes, as a diff tool
 * links changed lines. Mouse-transparent; lies over the article panes.
 */
final class ConnectorOverlay extends Pane {

    private final CubicCurve curve = new CubicCurve();
    private final Circle startDot = new Circle(4);
    private final Circle endDot = new Circle(4);

    ConnectorOverlay() {
        setId("connector");
        setMouseTransparent(true);
        setPickOnBounds(false);
        curve.getStyleClass().add("connector-line");
        startDot.getStyleClass().add("connector-dot");
        endDot.getStyleClass().add("connector-dot");
        getChildren().addAll(curve, startDot, endDot);
        // a statement in a pane scrolled out of the row: the line leaves by the edge, not over the panels
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        clear();
    }

    /** Whether a connector is currently drawn. */
    boolean isShowing() {
        return curve.isVisible();
    }

    void clear() {
        curve.setVisible(false);
        startDot.setVisible(false);
        endDot.setVisible(false);
    }

    /** Connects two on-screen rectangles; hides the line when either is off screen. */
    void connect(Optional<Bounds> a, Optional<Bounds> b) {
        if (a.isEmpty() || b.isEmpty()) {
            clear();
            return;
        }
        Bounds left = a.get();
        Bounds right = b.get();
        if (right.getMinX() < left.getMinX()) {
            Bounds t = left;
            left = right;
            right = t;
        }
        Point2D p1 = screenToLocal(left.getMaxX(), (left.getMinY() + left.getMaxY()) / 2);
        Point2D p2 = screenToLocal(right.getMinX(), (right.getMinY() + right.getMaxY()) / 2);
        if (p1 == null || p2 == null) {
            clear();
            return;
        }
        boolean samePane = Math.abs(left.getMinX() - right.getMinX()) < 1e-6 || p2.getX() <= p1.getX();
        double bulge = samePane ? 60 : Math.max(40, (p2.getX() - p1.getX()) / 2);
        curve.setStartX(p1.getX());
        curve.setStartY(p1.getY());
        curve.setEndX(p2.getX());
        curve.setEndY(p2.getY());
        curve.setControlX1(p1.getX() + bulge);
        curve.setControlY1(p1.getY());
        curve.setControlX2(p2.getX() - (samePane ? -bulge : bulge));
        curve.setControlY2(p2.getY());
        startDot.setCenterX(p1.getX());
        startDot.setCenterY(p1.getY());
        endDot.setCenterX(p2.getX());
        endDot.setCenterY(p2.getY());
        curve.setVisible(true);
        startDot.setVisible(true);
        endDot.setVisible(true);
    }
}
