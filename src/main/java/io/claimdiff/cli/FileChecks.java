package io.claimdiff.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Early checks on files named on the command line, so a mistyped path fails in one line. */
final class FileChecks {

    private FileChecks() {
    }

    /** The problem with {@code file} as "FILE: problem", or empty if it can be read. */
    static Optional<String> problem(Path file) {
        if (!Files.exists(file)) {
            return Optional.of(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            return Optional.of(file + ": is a folder, not an article");
        }
        if (!Files.isReadable(file)) {
            return Optional.of(file + ": permission denied");
        }
        return Optional.empty();
    }
}
