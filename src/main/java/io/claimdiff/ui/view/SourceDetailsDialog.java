package io.claimdiff.ui.view;

import io.claimdiff.model.ArticleMeta;
import io.claimdiff.ui.workspace.SourceDetails;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/** File > Source details…: the outlet, day, authors and address of one article, as the analyst corrects them. */
final class SourceDetailsDialog {

    private SourceDetailsDialog() {
    }

    static Optional<ArticleMeta> show(Window owner, String fileName, ArticleMeta meta) {
        TextField outlet = field("source-outlet", meta.outlet(), "Reuters");
        TextField published = field("source-published", meta.publishedDate().map(Object::toString).orElse(""),
                "2024-11-11");
        TextField authors = field("source-authors", String.join(", ", meta.authors()), "Ana Reyes, Tom Hale");
        TextField url = field("source-url", meta.url(), "https://…");
        Label problem = new Label();
        problem.getStyleClass().add("article-error");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Outlet"), outlet);
        grid.addRow(1, new Label("Published"), published);
        grid.addRow(2, new Label("Authors"), authors);
        grid.addRow(3, new Label("Address"), url);
        grid.add(problem, 1, 4);
        Dialog<ArticleMeta> dialog = new Dialog<>();
        dialog.setTitle("Source details");
        dialog.setHeaderText("Where " + fileName + " comes from (reports and exports cite it so)");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Runnable check = () -> {
            SourceDetails.Parsed p = SourceDetails.parse(outlet.getText(), url.getText(), authors.getText(),
                    published.getText());
            problem.setText(p.ok() ? "" : p.problem());
            dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(!p.ok());
        };
        for (TextField f : new TextField[] {outlet, published, authors, url}) {
            f.textProperty().addListener((obs, was, now) -> check.run());
        }
        check.run();
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? SourceDetails.parse(outlet.getText(), url.getText(), authors.getText(), published.getText()).meta()
                : null);
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }

    private static TextField field(String id, String value, String prompt) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(32);
        return f;
    }
}
