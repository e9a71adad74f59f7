package io.claimdiff.ui.view;

import javafx.scene.control.TextInputDialog;
import org.controlsfx.control.textfield.TextFields;

import java.util.List;
import java.util.Optional;

/** Asks for a tag, completing from the project's tags. */
final class TagDialog {

    private TagDialog() {
    }

    static Optional<String> show(List<String> known) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Tag claim");
        dialog.setHeaderText("Tag (adds it, or removes it if the claim has it). Keys 1–9 toggle the first nine tags: "
                + (known.isEmpty() ? "none yet" : String.join(", ", known.subList(0, Math.min(9, known.size())))));
        dialog.getEditor().setId("tag-input");
        TextFields.bindAutoCompletion(dialog.getEditor(), known);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
