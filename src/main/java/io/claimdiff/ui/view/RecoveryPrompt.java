package io.claimdiff.ui.view;

import io.claimdiff.project.RecoveryStore;
import io.claimdiff.ui.workspace.RecoveryChoices;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;

/** At start, offers to restore work that a crash left in recovery copies ({@link RecoveryChoices}). */
public final class RecoveryPrompt {

    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD_ALL = new ButtonType("Discard all", ButtonBar.ButtonData.NO);
    static final ButtonType LATER = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final RecoveryStore recovery;
    private final MainStage workspace;

    /** A prompt over {@code workspace}'s window for the copies in {@code recovery}. */
    public RecoveryPrompt(RecoveryStore recovery, MainStage workspace) {
        this.recovery = recovery;
        this.workspace = workspace;
    }

    /**
     * Looks for recovery copies on the autosave thread, so the first frame does not wait on disk;
     * queued there before the first autosave, it never finds this session's own copy.
     */
    public void offer(Executor autosaveThread) {
        autosaveThread.execute(() -> {
            try {
                List<RecoveryStore.Recovery> found = recovery.find();
                Platform.runLater(() -> show(new RecoveryChoices(recovery, workspace.files(),
                        workspace.viewModel().errors()::add, found, ZoneId.systemDefault())));
            } catch (IOException e) {
                Platform.runLater(() -> workspace.viewModel().errors()
                        .add("Could not look for unsaved work (" + e.getMessage() + ")"));
            }
        });
    }

    private void show(RecoveryChoices choices) {
        if (choices.isEmpty()) {
            return;
        }
        ListView<String> copies = new ListView<>();
        copies.getItems().setAll(choices.lines());
        copies.getSelectionModel().select(0);
        copies.setPrefHeight(Math.min(4, choices.lines().size()) * 52 + 8);
        copies.setPrefWidth(680);
        copies.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0); // wrap at the list's width instead of scrolling sideways
            }
        });
        Label intro = new Label(choices.intro());
        Label consequence = new Label(choices.whatRestoringDoes());
        consequence.setWrapText(true);
        consequence.setMaxWidth(680);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Restore unsaved work?");
        dialog.setHeaderText("Restore unsaved work?");
        dialog.getDialogPane().setContent(new VBox(8, intro, copies, consequence));
        dialog.getDialogPane().getButtonTypes().setAll(RESTORE, DISCARD_ALL, LATER);
        dialog.getDialogPane().lookupButton(RESTORE).disableProperty()
                .bind(copies.getSelectionModel().selectedIndexProperty().lessThan(0));
        dialog.initOwner(workspace.stage());
        ButtonType answer = dialog.showAndWait().orElse(LATER);
        if (answer == RESTORE) {
            choices.restore(copies.getSelectionModel().getSelectedIndex());
        } else if (answer == DISCARD_ALL) {
            choices.discardAll();
        }
    }
}
