package io.claimdiff.ui.view;

import io.claimdiff.ui.workspace.FindViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

import java.util.function.Consumer;

/** Ctrl+F: find in all open articles. Enter / F3 next, Shift+Enter previous, Escape closes. */
final class FindBar extends HBox {

    private final FindViewModel find;
    private final TextField field = new TextField();

    FindBar(FindViewModel find, Consumer<FindViewModel.Match> show) {
        this.find = find;
        setId("find-bar");
        getStyleClass().add("find-bar");
        field.setId("find-field");
        field.setPromptText("Find in all articles");
        field.setPrefColumnCount(30);
        Label summary = new Label();
        summary.textProperty().bind(find.summaryProperty());
        Button previous = new Button("▲");
        previous.setOnAction(e -> find.previous().ifPresent(show));
        Button next = new Button("▼");
        next.setOnAction(e -> find.next().ifPresent(show));
        Button close = new Button("✕");
        close.setOnAction(e -> hideBar());
        field.textProperty().addListener((obs, was, now) -> find.find(now).ifPresent(show));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
                (e.isShiftDown() ? find.previous() : find.next()).ifPresent(show);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hideBar();
                e.consume();
            }
        });
        getChildren().addAll(new Label("Find:"), field, previous, next, summary, close);
        hideBar();
    }

    void showBar() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    void hideBar() {
        setVisible(false);
        setManaged(false);
    }

    TextField field() {
        return field;
    }

    FindViewModel model() {
        return find;
    }
}
