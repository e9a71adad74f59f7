package io.claimdiff.ui.view;

import io.claimdiff.export.ReportExporter;
import io.claimdiff.ui.workspace.ProjectFileViewModel;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** File dialogs and the unsaved-changes question around {@link ProjectFileViewModel}. */
public final class ProjectFileActions {

    static final String EXTENSION = io.claimdiff.project.file.ProjectFileFormat.EXTENSION;
    private final ProjectFileViewModel files;
    private final Supplier<Window> owner;

    /** Whether {@code file} is named as a project, ClaimDiff's or a REFI-QDA one (rather than an article). */
    public static boolean isProjectFile(java.nio.file.Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith("." + EXTENSION)
                || io.claimdiff.project.qdpx.QdpxReader.isQdpx(file);
    }

    ProjectFileActions(ProjectFileViewModel files, Supplier<Window> owner) {
        this.files = files;
        this.owner = owner;
    }

    void newProject() {
        if (mayDiscardChanges()) {
            files.newProject();
        }
    }

    void chooseAndOpen() {
        if (!mayDiscardChanges()) {
            return;
        }
        FileChooser chooser = chooser("Open project");
        chooser.getExtensionFilters().set(0, new FileChooser.ExtensionFilter("Projects (ClaimDiff, REFI-QDA)",
                "*." + EXTENSION, "*." + io.claimdiff.project.qdpx.QdpxReader.EXTENSION));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                "REFI-QDA projects (QualCoder, ATLAS.ti, MAXQDA, NVivo)", "*." + io.claimdiff.project.qdpx.QdpxReader.EXTENSION));
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen != null) {
            files.open(chosen.toPath());
        }
    }

    void open(Path project) {
        if (mayDiscardChanges()) {
            files.open(project);
        }
    }

    /** Saves, asking for a file the first time; false if the analyst cancelled. */
    boolean save() {
        return files.save() || saveAs();
    }

    boolean saveAs() {
        Path target = askTarget();
        if (target == null) {
            return false;
        }
        files.saveAs(target);
        return true;
    }

    private Path askTarget() {
        FileChooser chooser = chooser("Save project as");
        projectFolder().ifPresent(chooser::setInitialDirectory);
        chooser.setInitialFileName(files.suggestedProjectName());
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return null;
        }
        Path target = chosen.toPath();
        if (!target.getFileName().toString().endsWith("." + EXTENSION)) {
            target = target.resolveSibling(target.getFileName() + "." + EXTENSION);
        }
        return target;
    }

    void export(ReportExporter exporter) {
        Path target;
        if (exporter.extension().isEmpty()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export " + exporter.name() + " into folder");
            projectFolder().ifPresent(chooser::setInitialDirectory);
            File dir = chooser.showDialog(owner.get());
            target = dir == null ? null : dir.toPath();
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + exporter.name());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(exporter.name(),
                    "*." + exporter.extension()));
            chooser.setInitialFileName(files.exportName() + "." + exporter.extension());
            projectFolder().ifPresent(chooser::setInitialDirectory);
            File file = chooser.showSaveDialog(owner.get());
            target = file == null ? null : file.toPath();
        }
        if (target != null) {
            files.export(exporter, target);
        }
    }

    /** Asks Save / Don't save / Cancel when there are unsaved changes; true to go on. */
    boolean mayDiscardChanges() {
        if (!files.dirtyProperty().get()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your tags, notes and decisions are not saved yet.",
                save, discard, ButtonType.CANCEL);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to " + Optional.ofNullable(files.fileProperty().get())
                .map(p -> p.getFileName().toString()).orElse("this project") + "?");
        alert.initOwner(owner.get());
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            Path target = files.fileProperty().get() != null ? files.fileProperty().get() : askTarget();
            return target != null && files.saveNow(target);
        }
        return answer == discard;
    }

    // exports and copies belong beside the project they come from
    private Optional<File> projectFolder() {
        return files.exportFolder().map(Path::toFile);
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ClaimDiff projects", "*." + EXTENSION));
        return chooser;
    }
}
