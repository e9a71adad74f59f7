package io.claimdiff.project;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps a recovery copy of unsaved work. The UI calls {@link #editHappened()} after each command
 * (on its own thread, where the project may be read); the copy is written off that thread
 * {@link #DEBOUNCE} after the last edit of a burst, and at least every {@link #PERIOD} while
 * there are unsaved edits. {@link #saved(Path)} and {@link #close()} delete the copy, whatever name
 * it was written under (untitled, then saved as).
 */
public final class Autosaver implements AutoCloseable {

    public static final Duration DEBOUNCE = Duration.ofSeconds(2);
    public static final Duration PERIOD = Duration.ofSeconds(30);

    private final Supplier<ProjectState> snapshot;
    private final RecoveryStore recovery;
    private final Scheduler scheduler;
    private final Consumer<IOException> onError;
    private final String session = UUID.randomUUID().toString().substring(0, 8);
    // held while a copy is written or deleted, so a clean save never races a late autosave
    private final Object io = new Object();
    private final Scheduler.Task periodic;
    private Scheduler.Task pending;
    private ProjectState latest;
    private Path projectFile;
    private int writes;
    private int unsavedEdits;
    private boolean closed;

    /**
     * @param snapshot the project's {@link Project#snapshot()}, called on the caller's thread
     * @param recovery where copies go
     * @param scheduler runs the writes (a single background thread in the app)
     * @param onError  hears about failed writes (the UI shows a notification)
     */
    public Autosaver(Supplier<ProjectState> snapshot, RecoveryStore recovery, Scheduler scheduler,
                     Consumer<IOException> onError) {
        this.snapshot = snapshot;
        this.recovery = recovery;
        this.scheduler = scheduler;
        this.onError = onError;
        this.periodic = scheduler.every(this::writeIfDirty, PERIOD);
    }

    /** Sets the file the project is saved as (null while untitled). */
    public synchronized void setProjectFile(Path file) {
        this.projectFile = file;
    }

    /** Call after every command: restarts the debounce timer. */
    public void editHappened() {
        ProjectState state = snapshot.get();
        synchronized (this) {
            latest = state;
            unsavedEdits++;
            if (pending != null) {
                pending.cancel();
            }
            pending = scheduler.schedule(this::writeIfDirty, DEBOUNCE);
        }
    }

    /** Call after the project was saved to {@code file}: the recovery copy is no longer needed. */
    public void saved(Path file) {
        Path old;
        synchronized (this) {
            if (pending != null) {
                pending.cancel();
            }
            latest = null;
            unsavedEdits = 0;
            old = projectFile;
            projectFile = file;
        }
        synchronized (io) {
            // the copy may be under the old name, the new one, or this session's untitled one
            deleteCopy(old);
            deleteCopy(file);
            deleteCopy(null);
        }
    }

    /** How many recovery copies were written (for tests and diagnostics). */
    public synchronized int writes() {
        return writes;
    }

    /** Stops autosaving and deletes the copy (a clean exit; call after saving or discarding). */
    @Override
    public void close() {
        Path file;
        synchronized (this) {
            periodic.cancel();
            if (pending != null) {
                pending.cancel();
            }
            latest = null;
            closed = true;
            file = projectFile;
        }
        synchronized (io) {
            deleteCopy(file);
            deleteCopy(null);
        }
    }

    private void writeIfDirty() {
        synchronized (io) {
            ProjectState state;
            Path file;
            int edits;
            synchronized (this) {
                if (latest == null || closed) {
                    return;
                }
                state = latest;
                file = projectFile;
                edits = unsavedEdits;
                latest = null;
            }
            try {
                recovery.write(state, file, session, edits);
                synchronized (this) {
                    writes++;
                }
            } catch (IOException e) {
                synchronized (this) {
                    if (latest == null) {
                        latest = state;
                    }
                }
                onError.accept(e);
            }
        }
    }

    private void deleteCopy(Path file) {
        try {
            recovery.delete(file, session);
        } catch (IOException e) {
            onError.accept(e);
        }
    }
}
