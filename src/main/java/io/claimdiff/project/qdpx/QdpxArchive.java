package io.claimdiff.project.qdpx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The parts of a {@code .qdpx} zip ClaimDiff reads: the {@code .qde} project and the plain-text
 * files (sources and memos). Pictures, PDFs and media are not read at all; what is read is capped,
 * so a zip bomb is refused rather than filling memory.
 *
 * @param qde   the project XML
 * @param texts plain-text entries by lower-case path inside the zip ("sources/abc.txt")
 */
record QdpxArchive(byte[] qde, Map<String, byte[]> texts) {

    /** Most bytes read from one entry. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    /** Most bytes read in all. */
    static final long MAX_TOTAL_BYTES = 300L * 1024 * 1024;
    /** Most entries looked at. */
    static final int MAX_ENTRIES = 100_000;

    /** The zip is not a readable REFI-QDA project; the message says why. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    static QdpxArchive read(Path file) throws IOException, Unreadable {
        byte[] qde = null;
        Map<String, byte[]> texts = new HashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new Unreadable("has more than " + MAX_ENTRIES + " files inside");
                }
                String name = entry.getName().replace('\\', '/').toLowerCase(Locale.ROOT);
                boolean project = name.endsWith(".qde") && !name.contains("/");
                if (entry.isDirectory() || !(project || name.endsWith(".txt"))) {
                    continue;
                }
                byte[] bytes = limited(zip, entry.getName());
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new Unreadable("holds more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB of text");
                }
                if (project && (qde == null || name.equals("project.qde"))) {
                    qde = bytes;
                } else if (!project) {
                    texts.put(name, bytes);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new Unreadable("is not a readable .qdpx (a zip archive): " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // the JDK's zip reader throws this for an entry name that is not UTF-8 (found by fuzzing)
            throw new Unreadable("is not a readable .qdpx (a file inside has a garbled name)");
        }
        if (qde == null) {
            throw new Unreadable(texts.isEmpty() && entries == 0 ? "is not a .qdpx (a zip archive with project.qde)"
                    : "has no project.qde inside");
        }
        return new QdpxArchive(qde, texts);
    }

    /** The text file a REFI-QDA path names ({@code internal://x.txt}: inside the zip's sources folder). */
    Optional<byte[]> text(String refiPath) {
        if (refiPath == null || !refiPath.startsWith("internal://")) {
            return Optional.empty();
        }
        String name = refiPath.substring("internal://".length()).replace('\\', '/').toLowerCase(Locale.ROOT);
        return Optional.ofNullable(texts.get("sources/" + name)).or(() -> Optional.ofNullable(texts.get(name)));
    }

    private static byte[] limited(InputStream in, String name) throws IOException, Unreadable {
        byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
        if (bytes.length > MAX_ENTRY_BYTES) {
            throw new Unreadable(name + " inside is larger than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
        }
        return bytes;
    }
}
