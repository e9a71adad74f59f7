package io.claimdiff.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader (or a crash) sees either the old file or the complete new one:
 * a temporary file in the same directory, flushed to disk, then renamed over the target.
 *
 * <p>The file ends up with the permissions a plain new file gets (the user's umask, e.g. 0644
 * with umask 022); a replaced file keeps its own permissions, and a copy takes its source's.
 * Permissions are only handled on file systems with POSIX permissions; elsewhere (Windows) the
 * file gets what the folder hands down.
 */
public final class AtomicFiles {

    private static final int ATTEMPTS = 100;

    /** Writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} with what {@code body} writes. If {@code body} throws, the target is
     * untouched and the temporary file is removed.
     */
    public static void write(Path target, Body body) throws IOException {
        Path file = target.toAbsolutePath();
        replace(file, body, file);
    }

    /** Writes {@code tree} as ClaimDiff's indented JSON with a final newline, atomically. */
    public static void writeJson(Path target, com.fasterxml.jackson.databind.JsonNode tree) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(tree);
        write(target, stream -> {
            stream.write(bytes);
            stream.write('\n');
        });
    }

    /**
     * Copies {@code source} to {@code target} atomically (used for the {@code .bak} copy); the copy
     * gets the source's permissions.
     */
    public static void copy(Path source, Path target) throws IOException {
        // a backup must not be readable by more people than the project it backs up
        replace(target.toAbsolutePath(), out -> Files.copy(source, out), source);
    }

    /** Writes {@code file} through a temporary file that gets the permissions of {@code model}, if it has any. */
    private static void replace(Path file, Body body, Path model) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Optional<Set<PosixFilePermission>> permissions = permissionsOf(model);
        Path temp = createTemp(dir, file.getFileName().toString(), permissions);
        boolean done = false;
        try {
            if (permissions.isPresent()) {
                // created no more open than the umask allows; the file it replaces may have been more open
                Files.setPosixFilePermissions(temp, permissions.get());
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, file);
            done = true;
            syncDirectory(dir);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * A new, empty file beside the target. Without {@code permissions} it gets what any new file
     * gets (0666 less the umask), unlike {@link Files#createTempFile}, which makes it 0600.
     */
    private static Path createTemp(Path dir, String name, Optional<Set<PosixFilePermission>> permissions)
            throws IOException {
        FileAttribute<?>[] attributes = permissions.map(p -> new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(p)}).orElse(new FileAttribute<?>[0]);
        for (int attempt = 1; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                return Files.createFile(temp, attributes);
            } catch (FileAlreadyExistsException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The POSIX permissions of a regular file, or empty where it does not exist or the file system has none. */
    private static Optional<Set<PosixFilePermission>> permissionsOf(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return Optional.empty();
        }
        return Optional.of(Files.getPosixFilePermissions(file));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some network shares cannot rename atomically; a plain replace is the best left
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncDirectory(Path dir) {
        // makes the rename itself durable on Linux; not possible (nor needed) on Windows
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }
}
