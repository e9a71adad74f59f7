package io.claimdiff.project;

import io.claimdiff.project.file.ProjectFileException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Recovery copies of unsaved work, one per project, in a directory of their own
 * ({@code ~/.claimdiff/recovery} in the app). Each copy is a {@code .claimdiff} file with a
 * {@code .origin} file beside it naming the project it belongs to (empty for an unsaved one).
 * A copy is deleted when its project is saved or closed cleanly, so one found at start-up was
 * left by a crash.
 */
public final class RecoveryStore {

    /**
     * A recovery copy found on disk.
     *
     * @param file     the recovery copy
     * @param project  the project file it belongs to, empty if the project was never saved
     * @param savedAt  when the copy was written
     * @param articles the file names of its articles, in order
     * @param edits    how many edits it holds that were never saved (0 when the copy does not say)
     */
    public record Recovery(Path file, Optional<Path> project, Instant savedAt, List<String> articles, int edits) {

        public Recovery {
            articles = List.copyOf(articles);
        }
    }

    /** What the sidecar beside a copy says of it. */
    private record Origin(String project, List<String> articles, int edits) {
    }

    private static final String ORIGIN = ".origin";
    private final Path dir;
    private final ProjectStore store;

    public RecoveryStore(Path dir, ProjectStore store) {
        this.dir = dir;
        this.store = store;
    }

    /** {@code ~/.claimdiff/recovery}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".claimdiff", "recovery");
    }

    /**
     * Writes the recovery copy of the project saved at {@code project} (null: never saved), holding
     * {@code edits} unsaved edits.
     */
    public void write(ProjectState state, Path project, String session, int edits) throws IOException {
        Path copy = copyFor(project, session);
        Origin origin = new Origin(project == null ? "" : project.toAbsolutePath().toString(),
                state.articles().stream().map(io.claimdiff.model.Article::fileName).toList(), edits);
        AtomicFiles.write(originOf(copy), Json.mapper().writeValueAsBytes(origin));
        AtomicFiles.write(copy, store.bytes(state));
    }

    /** Deletes the recovery copy of that project, after a clean save or close. */
    public void delete(Path project, String session) throws IOException {
        Path copy = copyFor(project, session);
        Files.deleteIfExists(copy);
        Files.deleteIfExists(originOf(copy));
    }

    /** Recovery copies left behind, newest first. */
    public List<Recovery> find() throws IOException {
        List<Recovery> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.claimdiff")) {
            for (Path file : files) {
                Origin origin = readOrigin(originOf(file));
                found.add(new Recovery(file, origin.project().isEmpty() ? Optional.empty()
                        : Optional.of(Path.of(origin.project())), Files.getLastModifiedTime(file).toInstant(),
                        origin.articles(), origin.edits()));
            }
        }
        found.sort(Comparator.comparing(Recovery::savedAt).reversed());
        return found;
    }

    // copies written before the sidecar was JSON hold the project's path alone; a damaged sidecar
    // still leaves the copy restorable
    private static Origin readOrigin(Path origin) {
        try {
            String text = Files.exists(origin) ? Files.readString(origin, StandardCharsets.UTF_8).strip() : "";
            if (!text.startsWith("{")) {
                return new Origin(text, List.of(), 0);
            }
            Origin read = Json.mapper().readValue(text, Origin.class);
            return new Origin(read.project() == null ? "" : read.project(),
                    read.articles() == null ? List.of() : read.articles(), Math.max(0, read.edits()));
        } catch (IOException | RuntimeException e) {
            return new Origin("", List.of(), 0);
        }
    }

    /** Opens a recovery copy. */
    public Project restore(Recovery recovery) throws ProjectFileException {
        return store.open(recovery.file());
    }

    /** Throws a recovery copy away (the analyst declined it). */
    public void discard(Recovery recovery) throws IOException {
        Files.deleteIfExists(recovery.file());
        Files.deleteIfExists(originOf(recovery.file()));
    }

    /** The recovery copy's path: by the project's path, or by the session for an unsaved one. */
    Path copyFor(Path project, String session) {
        String name = project == null ? "untitled-" + session
                : stem(project) + "-" + ArticleSource.sha256(project.toAbsolutePath().toString()).substring(0, 12);
        return dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".claimdiff");
    }

    private static Path originOf(Path copy) {
        return copy.resolveSibling(copy.getFileName() + ORIGIN);
    }

    private static String stem(Path project) {
        String name = project.getFileName().toString();
        return name.endsWith(".claimdiff") ? name.substring(0, name.length() - ".claimdiff".length()) : name;
    }
}
