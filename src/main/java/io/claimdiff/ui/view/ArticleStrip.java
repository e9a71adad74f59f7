package io.claimdiff.ui.view;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.Collection;
import java.util.List;

/**
 * The article panes side by side: they share the width, none narrower than
 * {@link PaneStrip#MIN_PANE_WIDTH}, and the row scrolls sideways when they do not all fit.
 * Hidden panes (while a pair is focused) keep their place and state but take no room.
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

    /** Every pane, shown or hidden, in order. */
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

    /** Shows only {@code shown} of the panes; the others take no room until shown again. */
    void showOnly(Collection<ArticlePane> shown) {
        for (ArticlePane pane : panes()) {
            boolean show = shown.contains(pane);
            pane.setVisible(show);
            pane.setManaged(show);
        }
    }

    /**
     * Scrolls the least that brings {@code panes} on screen (the leftmost at the left edge when
     * they do not fit together); after the next layout when the row has changed since the last.
     */
    void reveal(Collection<ArticlePane> panes) {
        List<ArticlePane> wanted = List.copyOf(panes);
        if (!row.isNeedsLayout() && !scroller.isNeedsLayout()) {
            scrollToShow(wanted);
            return;
        }
        Scene scene = scroller.getScene();
        if (scene == null) {
            return; // not on screen yet: the row starts at its left end
        }
        // the scroll pane keeps the content's position when the row's width changes, so a
        // position set before the row is laid out would be moved away
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                scrollToShow(wanted);
            }
        });
        Platform.requestNextPulse();
    }

    private void scrollToShow(List<ArticlePane> panes) {
        List<ArticlePane> shown = panes().stream().filter(Region::isManaged).toList();
        int first = panes.stream().mapToInt(shown::indexOf).filter(i -> i >= 0).min().orElse(-1);
        int last = panes.stream().mapToInt(shown::indexOf).max().orElse(-1);
        double viewport = scroller.getViewportBounds().getWidth();
        if (first < 0 || viewport <= 0) {
            return;
        }
        scroller.setHvalue(PaneStrip.of(viewport, shown.size()).hvalueShowing(scroller.getHvalue(), first, last));
    }
}
