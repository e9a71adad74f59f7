package io.claimdiff.project;

import io.claimdiff.project.file.ProjectFileException;
import io.claimdiff.project.file.ProjectFileFormat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens and saves {@code .claimdiff} files. Saving never leaves a half-written file: the new
 * version is written beside the old one and renamed over it, and the previous version is kept
 * as {@code NAME.claimdiff.bak}. Opening never modifies the file.
 */
public final class ProjectStore {

    private final ProjectFileFormat format;

    public ProjectStore() {
        this(new ProjectFileFormat());
    }

    public ProjectStore(ProjectFileFormat format) {
        this.format = format;
    }

    /** Reads a project. */
    public Project open(Path file) throws ProjectFileException {
        return Project.fromState(read(file));
    }

    /** Reads a project's state without building a {@link Project}. */
    public ProjectState read(Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            String tooLarge = io.claimdiff.project.file.ProjectFileLimits.sizeProblem(Files.size(file));
            if (tooLarge != null) {
                throw new ProjectFileException(file.toString(), tooLarge);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file.toString(), "no such file");
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file.toString(), "permission denied");
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        } catch (OutOfMemoryError e) {
            throw new ProjectFileException(file.toString(), "is too large to open with the memory available");
        }
        return format.read(bytes, file.toString());
    }

    /** Saves {@code project} to {@code file}, keeping the previous version as the backup. */
    public void save(Project project, Path file) throws IOException {
        save(project.snapshot(), file);
    }

    /** Saves a snapshot (may run off the UI thread). */
    public void save(ProjectState state, Path file) throws IOException {
        byte[] bytes = format.write(state);
        if (Files.isRegularFile(file)) {
            AtomicFiles.copy(file, backupOf(file));
        }
        AtomicFiles.write(file, bytes);
    }

    /** The file's bytes as they would be saved. */
    public byte[] bytes(ProjectState state) {
        return format.write(state);
    }

    /** Where the previous version of {@code file} is kept. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }
}
