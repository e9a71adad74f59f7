package io.claimdiff.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bad-input corpus (issue 8, docs/robustness.md): small files committed under
 * {@code src/test/resources/bad-input/}, large ones generated here at test time. Each case says
 * whether it must be refused (and with which words) or opened (and with which note, if any).
 */
public final class BadInputs {

    /** One bad input: its file name, and either the refusal's words or the note's words. */
    public record Case(String file, boolean refused, String expect) {
        public static Case refused(String file, String words) {
            return new Case(file, true, words);
        }

        public static Case opened(String file, String noteWords) {
            return new Case(file, false, noteWords);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    /** Committed files. */
    public static final List<Case> COMMITTED = List.of(
            Case.refused("empty.txt", "is empty (0 bytes)"),
            Case.refused("image-png.txt", "looks like a binary file (PNG image)"),
            Case.refused("archive-zip.txt", "looks like a binary file (ZIP archive"),
            Case.refused("document-pdf.txt", "looks like a binary file (PDF document)"),
            Case.refused("nul-bytes.md", "looks like a binary file"),
            Case.opened("invalid-utf8.txt", "is not valid UTF-8: 2 bytes could not be decoded"),
            Case.opened("utf8-bom.txt", null),
            Case.opened("utf16le-bom.txt", null),
            Case.opened("utf16be-bom.txt", null),
            Case.opened("utf16le-nobom.txt", "decoded as UTF-16LE (no byte-order mark"),
            Case.opened("utf16be-nobom.txt", "decoded as UTF-16BE (no byte-order mark"),
            Case.opened("windows-1252.txt", "decoded as windows-1252"),
            Case.opened("cr-only.txt", null),
            Case.opened("mixed-endings.txt", null),
            Case.opened("hostile.html", null));

    /** Files generated at test time (large, or not committable). */
    public static final List<Case> GENERATED = List.of(
            Case.refused("huge-50mb.txt", "is too large to open as an article (50.0 MB; the limit is 20.0 MB)"),
            Case.opened("long-line-1mb.txt", null),
            Case.opened("quotes-10000.txt", null),
            Case.opened("nested-10000.html", null),
            Case.opened("data-uri-5mb.html", null),
            Case.refused("truncated.docx", "is not a readable Word document (a damaged or truncated zip"),
            Case.refused("renamed-text.docx", "is not a Word document (not a zip archive, or a damaged one)"),
            Case.refused("bomb.docx", "is too large to open as an article (its text unpacks to more than 20 MB)"),
            Case.refused("locked.pdf", "is a password-protected PDF"),
            Case.refused("scanned.pdf", "has no text layer (a scanned PDF?)"),
            Case.refused("renamed-text.pdf", "is not a readable PDF"),
            Case.refused("huge-21mb.pdf", "is too large to open as an article (21.0 MB; the limit is 20.0 MB)"),
            Case.refused("no-headers.eml", "is not an e-mail (no From or Subject header)"),
            Case.refused("image-only.eml", "contains no text (an e-mail with no text or HTML part)"),
            Case.refused("folder.txt", "is a folder, not an article"),
            Case.refused("deleted.txt", "no such file"));

    private BadInputs() {
    }

    /** Every case. */
    public static List<Case> all() {
        List<Case> all = new ArrayList<>(COMMITTED);
        all.addAll(GENERATED);
        return all;
    }

    /** Writes every case's file into {@code dir} (a deleted file is named but absent). */
    public static void materialise(Path dir) {
        try {
            for (Case c : COMMITTED) {
                try (InputStream in = BadInputs.class.getResourceAsStream("/bad-input/" + c.file())) {
                    Files.write(dir.resolve(c.file()), in.readAllBytes());
                }
            }
            writeHuge(dir.resolve("huge-50mb.txt"), 50L * 1024 * 1024);
            StringBuilder line = new StringBuilder("Endless line\n\n");
            while (line.length() < 1024 * 1024) {
                line.append("the minister said talks went on and on without any pause ");
            }
            Files.writeString(dir.resolve("long-line-1mb.txt"), line);
            StringBuilder quotes = new StringBuilder("Quotes\n\nThe minister said ");
            for (int i = 0; i < 10_000; i++) {
                quotes.append(i % 3 == 0 ? '"' : i % 3 == 1 ? '“' : '”');
                if (i % 50 == 0) {
                    quotes.append(" he said. ");
                }
            }
            Files.writeString(dir.resolve("quotes-10000.txt"), quotes);
            Files.writeString(dir.resolve("nested-10000.html"), "<html><head><title>Deep</title></head><body>"
                    + "<div><span>".repeat(5_000) + "<p>The minister said the talks had failed.</p>"
                    + "</span></div>".repeat(5_000) + "</body></html>");
            byte[] payload = new byte[5 * 1024 * 1024 / 4 * 3];
            Arrays.fill(payload, (byte) 'x');
            Files.writeString(dir.resolve("data-uri-5mb.html"), "<html><body><article><h1>Picture</h1>"
                    + "<p>The minister said the picture was genuine.</p><img alt=\"photo\" src=\"data:image/png;base64,"
                    + java.util.Base64.getEncoder().encodeToString(payload) + "\"></article></body></html>");
            byte[] docx = DocxFixtures.docx("Statement", List.of("The minister said the talks had failed."),
                    List.of(), "", "");
            Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length * 2 / 3));
            Files.writeString(dir.resolve("renamed-text.docx"), "The minister said the talks had failed.");
            writeBomb(dir.resolve("bomb.docx"));
            Files.write(dir.resolve("locked.pdf"), PdfFixtures.pdf(List.of(List.of(List.of(List.of(
                    "The minister said the talks had failed.")))), null, null, null, "secret"));
            Files.write(dir.resolve("scanned.pdf"), PdfFixtures.scanned());
            Files.writeString(dir.resolve("renamed-text.pdf"), "The minister said the talks had failed.");
            writeHuge(dir.resolve("huge-21mb.pdf"), 21L * 1024 * 1024);
            Files.writeString(dir.resolve("no-headers.eml"), "The minister said the talks had failed.\n");
            Files.writeString(dir.resolve("image-only.eml"), "From: a@b.example\nSubject: Photo\n"
                    + "Content-Type: multipart/mixed; boundary=z\n\n--z\nContent-Type: image/png\n\nxx\n--z--\n");
            Files.createDirectories(dir.resolve("folder.txt"));
            Path deleted = Files.writeString(dir.resolve("deleted.txt"), "Chosen, then deleted before opening.");
            Files.delete(deleted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // a few kilobytes that unpack to 25 MB of XML
    private static void writeBomb(Path file) throws IOException {
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 25; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
    }

    // 50 MB of plausible text, written in blocks (a few hundred ms)
    private static void writeHuge(Path file, long size) throws IOException {
        byte[] block = "The minister said the talks had failed. \"We will not sign,\" said Anna Berg.\n"
                .repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            long written = 0;
            while (written < size) {
                int n = (int) Math.min(block.length, size - written);
                out.write(block, 0, n);
                written += n;
            }
        }
    }
}
