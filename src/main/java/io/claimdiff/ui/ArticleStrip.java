package io.claimdiff.ui;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.List;

/**
 * The article panes side by side: they share the width, none narrower than
 * {@link PaneStrip#MIN_PANE_WIDTH}, and the row scrolls sideways when they do not all fit.
 */
final class ArticleStrip {

    private final HBox row = new HBox(PaneStrip.GAP);
    private final ScrollPane scroller = new ScrollPane(row);

    ArticleStrip() {
        row.setId("article-panes");
        row.getStyleClass().add("article-strip");
        // the row is as wide as the viewport, or as the panes' minimum widths when that is more
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setId("article-scroller");
        scroller.getStyleClass().add("edge-to-edge");
    }

    ScrollPane node() {
        return scroller;
    }

    /** Every pane, in order. */
    List<ArticlePane> panes() {
        return row.getChildren().stream().map(ArticlePane.class::cast).toList();
    }

    /** Shows {@code panes} in this order; returns whether anything changed. */
    boolean setPanes(List<ArticlePane> panes) {
        if (panes().equals(panes)) {
            return false;
        }
        for (ArticlePane pane : panes) {
            // equal starting widths, then equal shares of what is left
            pane.setMinWidth(PaneStrip.MIN_PANE_WIDTH);
            pane.setPrefWidth(PaneStrip.MIN_PANE_WIDTH);
            pane.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(pane, Priority.ALWAYS);
        }
        row.getChildren().setAll(panes);
        return true;
    }
}
