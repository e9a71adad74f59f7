package io.claimdiff.export;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.claimdiff.cli.CliRunner;
import io.claimdiff.project.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Exports to a full disk or a folder that cannot be written: an error, and no half-written file. */
class ExportFailureTest {

    @TempDir
    Path dir;

    private final Report report = new Report("Ukraine talks", ExportFormatsTest.AT, Fixtures.realistic().snapshot());
    private final ReportExporters exporters = ReportExporters.standard("test");

    @Test
    void aFullDiskLeavesTheOldFileAndNoTemporaryFiles() throws Exception {
        // an in-memory disk filled to its last kilobyte: every report is larger, so each write runs out of space part-way
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setMaxSize(256 * 1024).setBlockSize(1024).build())) {
            Path out = Files.createDirectories(fs.getPath("/reports"));
            for (ReportExporter exporter : exporters.all()) {
                Path target = out.resolve("report" + (exporter.extension().isEmpty() ? "" : "." + exporter.extension()));
                if (!exporter.extension().isEmpty()) {
                    Files.writeString(target, "previous");
                }
                // fill the disk up to its last kilobyte
                long free = Files.getFileStore(out).getUsableSpace();
                Files.write(out.resolve("filler.bin"), new byte[(int) Math.max(0, free - 1024)]);
                IOException e = assertThrows(IOException.class, () -> exporter.export(report, target), exporter.id());
                assertTrue(String.valueOf(e.getMessage()).contains("space"), exporter.id() + ": " + e.getMessage());
                if (!exporter.extension().isEmpty()) {
                    assertEquals("previous", Files.readString(target), exporter.id() + " kept the old file");
                }
                try (Stream<Path> files = Files.walk(out)) {
                    List<Path> left = files.filter(p -> p.getFileName() != null
                            && p.getFileName().toString().endsWith(".tmp")).toList();
                    assertEquals(List.of(), left, exporter.id() + " left temporary files");
                }
                if (!exporter.extension().isEmpty()) {
                    Files.delete(target);
                }
                Files.delete(out.resolve("filler.bin"));
            }
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsOneLineOnTheCommandLine() throws Exception {
        // running as root, a mode-555 folder is still writable; a path under a regular file
        // cannot be created by anyone and stands in for a read-only folder
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path out = blocker.resolve("report.html");
        CliRunner.Result r = CliRunner.run("export", "-f", "html", "-o", out.toString(),
                "sample-articles/003_96697f14995cd737.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("claimdiff: " + out + ": cannot write ("), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "));
        assertEquals("x", Files.readString(blocker));
    }

    @Test
    void aReadOnlyFolderIsOneLineOnTheCommandLine() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into read-only folders");
        Path ro = Files.createDirectories(dir.resolve("ro"));
        assumeFalse(!ro.toFile().setWritable(false, false) || Files.isWritable(ro), "cannot make read-only");
        try {
            Path out = ro.resolve("report.html");
            CliRunner.Result r = CliRunner.run("export", "-f", "html", "-o", out.toString(),
                    "sample-articles/003_96697f14995cd737.txt");
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("claimdiff: " + out + ": cannot write ("), r.err());
            try (Stream<Path> files = Files.list(ro)) {
                assertEquals(0, files.count());
            }
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }
}
