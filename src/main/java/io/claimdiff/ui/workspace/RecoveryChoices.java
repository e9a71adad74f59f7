package io.claimdiff.ui.workspace;

import io.claimdiff.project.RecoveryStore;
import io.claimdiff.project.file.ProjectFileException;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the recovery prompt says and does, without a toolkit: each copy a crash left, told by its
 * project, articles, unsaved edits and time; restoring one keeps what is open first (a saved,
 * unchanged project stays on disk; anything else becomes a recovery copy of its own), so a
 * restore never costs work; or all copies are discarded; or kept for the next start.
 */
public final class RecoveryChoices {

    private static final int ARTICLES_NAMED = 3;
    private final RecoveryStore recovery;
    private final ProjectFileViewModel files;
    private final Consumer<String> messages;
    private final List<RecoveryStore.Recovery> found;
    private final DateTimeFormatter time;

    /** {@code found}: the copies, newest first ({@link RecoveryStore#find()}); {@code messages}: the status line. */
    public RecoveryChoices(RecoveryStore recovery, ProjectFileViewModel files, Consumer<String> messages,
                    List<RecoveryStore.Recovery> found, ZoneId zone) {
        this.recovery = recovery;
        this.files = files;
        this.messages = messages;
        this.found = List.copyOf(found);
        this.time = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(zone);
    }

    /** Whether there is no copy to offer. */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** One line per copy, newest first. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (RecoveryStore.Recovery r : found) {
            out.add(describe(r));
        }
        return out;
    }

    /** The prompt's first words: what was kept. */
    public String intro() {
        return found.size() == 1 ? "ClaimDiff was not closed properly. This unsaved work was kept:"
                : "ClaimDiff was not closed properly. These " + found.size() + " pieces of unsaved work were kept:";
    }

    /** What restoring does to what is open, or "" when nothing is. */
    public String whatRestoringDoes() {
        String onDisk = files.fileProperty().get() != null ? ", which stays on disk as saved."
                : ", whose article files stay where they are.";
        return files.openWorkDescription().map(open -> files.openWorkIsOnDisk()
                ? "Restoring replaces what is open, " + open + onDisk
                : "Restoring replaces what is open, " + open + ", which is first kept as a recovery copy "
                        + "you can restore later.").orElse("");
    }

    /**
     * Restores copy {@code index} of {@link #lines()} after keeping what is open; on failure what
     * is open stays and the copy is kept.
     */
    public void restore(int index) {
        RecoveryStore.Recovery chosen = found.get(index);
        io.claimdiff.project.ProjectState state;
        try {
            state = recovery.restore(chosen).snapshot();
        } catch (ProjectFileException | RuntimeException e) {
            messages.accept(chosen.file() + ": cannot be restored (" + e.getMessage() + "); the copy is kept");
            return;
        }
        if (files.openWorkDescription().isPresent() && !files.openWorkIsOnDisk()) {
            try {
                recovery.write(files.openWork(), files.fileProperty().get(), "kept-" + UUID.randomUUID()
                        .toString().substring(0, 8), 0);
            } catch (IOException e) {
                messages.accept("What is open could not be kept aside (" + e.getMessage() + "); nothing was restored");
                return;
            }
        }
        files.restore(state, chosen.project().orElse(null));
        discard(chosen);
        messages.accept("Restored " + describe(chosen));
    }

    /** Throws every copy away. */
    public void discardAll() {
        found.forEach(this::discard);
    }

    private void discard(RecoveryStore.Recovery r) {
        try {
            recovery.discard(r);
        } catch (IOException e) {
            messages.accept(r.file() + ": cannot be removed (" + e.getMessage() + ")");
        }
    }

    private String describe(RecoveryStore.Recovery r) {
        String project = r.project().map(p -> p.getFileName().toString()).orElse("Untitled project");
        List<String> names = r.articles();
        String articles = names.isEmpty() ? "" : ", " + names.size() + (names.size() == 1 ? " article (" : " articles (")
                + String.join(", ", names.subList(0, Math.min(ARTICLES_NAMED, names.size())))
                + (names.size() > ARTICLES_NAMED ? ", …)" : ")");
        String edits = r.edits() > 0 ? ", " + r.edits() + (r.edits() == 1 ? " unsaved edit" : " unsaved edits") : "";
        return project + ", kept " + time.format(r.savedAt()) + edits + articles;
    }
}
