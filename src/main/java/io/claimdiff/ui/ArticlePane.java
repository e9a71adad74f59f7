package io.claimdiff.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/** One article: a header (title, file name, close button) over a read-only, word-wrapped text area. */
final class ArticlePane extends VBox {

    private final ArticleViewModel article;
    private final StyleClassedTextArea textArea = new StyleClassedTextArea();

    ArticlePane(ArticleViewModel article, Runnable onClose) {
        this.article = article;
        getStyleClass().add("article-pane");
        setId("pane-" + article.article().id());

        Label title = new Label(article.title());
        title.getStyleClass().add("article-title");
        title.setWrapText(true);
        // long detected titles must not push the text out of sight
        title.setMaxHeight(52);
        title.setTooltip(new Tooltip(article.title()));
        Label fileName = new Label(article.fileName());
        fileName.getStyleClass().add("article-file");
        fileName.setTooltip(new Tooltip(article.article().path()));
        VBox titles = new VBox(2, title, fileName);
        HBox.setHgrow(titles, Priority.ALWAYS);
        Button close = new Button("✕");
        close.getStyleClass().add("article-close");
        close.setTooltip(new Tooltip("Close " + article.fileName()));
        close.setOnAction(e -> onClose.run());
        close.setFocusTraversable(false);
        HBox header = new HBox(6, titles, close);
        header.setAlignment(Pos.TOP_LEFT);
        header.getStyleClass().add("article-header");

        textArea.replaceText(article.article().text());
        textArea.setEditable(false);
        textArea.setWrapText(true);
        textArea.getStyleClass().add("article-text");
        textArea.moveTo(0);
        textArea.requestFollowCaret();
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(textArea);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label error = new Label();
        error.getStyleClass().add("article-error");
        error.textProperty().bind(article.analysisErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        getChildren().addAll(header, error, scroll);
    }

    ArticleViewModel article() {
        return article;
    }

    StyleClassedTextArea textArea() {
        return textArea;
    }
}
