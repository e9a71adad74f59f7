package io.claimdiff.project;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Saved projects and exports get the permissions the user's other files get, not a temporary file's 0600. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "no POSIX permissions here");
    }

    @Test
    void aNewFileGetsWhatTheUmaskGivesAnyNewFile() throws Exception {
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt")));
        assumeFalse(usual.equals(PosixFilePermissions.fromString("rw-------")), "umask 077: every new file is private");
        Path written = dir.resolve("report.html");
        AtomicFiles.write(written, "<p>report</p>".getBytes());
        assertEquals(PosixFilePermissions.toString(usual), mode(written));
        Path project = dir.resolve("talks.claimdiff");
        new ProjectStore().save(Fixtures.realistic(), project);
        assertEquals(PosixFilePermissions.toString(usual), mode(project));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("talks.claimdiff");
        for (String mode : List.of("rw-r-----", "rw-rw-r--", "rw-------")) {
            Files.writeString(file, "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            AtomicFiles.write(file, "new".getBytes());
            assertEquals(mode, mode(file), "replacing a " + mode + " file");
            assertEquals("new", Files.readString(file));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
    }

    @Test
    void theBackupIsAsPrivateAsTheProject() throws Exception {
        Path project = dir.resolve("talks.claimdiff");
        ProjectStore store = new ProjectStore();
        store.save(Fixtures.realistic(), project);
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rw-------"));
        store.save(Fixtures.realistic(), project);
        assertEquals("rw-------", mode(ProjectStore.backupOf(project)));
        assertEquals("rw-------", mode(project));
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
