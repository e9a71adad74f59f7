package io.claimdiff.ui;

import io.claimdiff.project.RecoveryStore;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;

/** At start, offers to restore work that a crash left in a recovery copy. */
final class RecoveryPrompt {

    private final RecoveryStore recovery;
    private final ClaimDiffApp.Workspace workspace;

    RecoveryPrompt(RecoveryStore recovery, ClaimDiffApp.Workspace workspace) {
        this.recovery = recovery;
        this.workspace = workspace;
    }

    /**
     * Looks for recovery copies on the autosave thread, so the first frame does not wait on disk;
     * queued there before the first autosave, it never finds this session's own copy.
     */
    void offer(Executor autosaveThread) {
        autosaveThread.execute(() -> {
            try {
                List<RecoveryStore.Recovery> found = recovery.find();
                Platform.runLater(() -> offer(found));
            } catch (IOException e) {
                Platform.runLater(() -> workspace.viewModel().errors()
                        .add("Could not look for unsaved work (" + e.getMessage() + ")"));
            }
        });
    }

    private void offer(List<RecoveryStore.Recovery> found) {
        if (found.isEmpty()) {
            return;
        }
        RecoveryStore.Recovery latest = found.get(0);
        String when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault())
                .format(latest.savedAt());
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "ClaimDiff did not close properly. Unsaved work "
                + latest.project().map(p -> "on " + p.getFileName()).orElse("on an untitled project")
                + " was kept at " + when + ".", restore, discard);
        alert.setTitle("Restore unsaved work?");
        alert.setHeaderText("Restore unsaved work?");
        alert.initOwner(workspace.stage());
        if (alert.showAndWait().orElse(discard) == restore) {
            try {
                workspace.files().restore(recovery.restore(latest).snapshot(), latest.project().orElse(null));
                recovery.discard(latest);
            } catch (Exception e) {
                workspace.viewModel().errors().add(latest.file() + ": cannot be restored (" + e.getMessage()
                        + "); the copy is kept");
            }
        } else {
            try {
                recovery.discard(latest);
            } catch (IOException e) {
                workspace.viewModel().errors().add(latest.file() + ": cannot be removed (" + e.getMessage() + ")");
            }
        }
    }
}
