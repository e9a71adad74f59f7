package io.claimdiff.ingest;

import io.claimdiff.model.ArticleMeta;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a PDF's text layer with Apache PDFBox: pages in order and, within a page, the order the
 * text was written in (which is column by column for what word processors and typesetters make);
 * lines joined into paragraphs, a word broken at a line's end made whole again; the lines that
 * repeat at the top or bottom of the pages (running heads, page numbers) kept as furniture. A PDF
 * with no text layer (a scan) or a password is refused with a plain reason.
 */
final class PdfReader {

    /** What a document holds: title, its paragraphs (each flagged furniture or not), details. */
    record Document(String title, List<Paragraph> paragraphs, ArticleMeta meta) {
    }

    /** One paragraph, or one running head or page number ({@code furniture}). */
    record Paragraph(String text, boolean furniture) {
    }

    /** Why a file cannot be read as an article. */
    static final class NotReadable extends Exception {
        NotReadable(String reason) {
            super(reason);
        }
    }

    private static final String LINE = "\u2028";
    private static final String PARAGRAPH = "\u2029";
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?");
    private static final int EDGE_LINES = 2;
    /** A gap this many times the usual line spacing ends a paragraph (a blank line between them). */
    private static final float PARAGRAPH_GAP = 1.5f;

    private PdfReader() {
    }

    static Document read(byte[] bytes) throws NotReadable {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new NotReadable("is a PDF whose owner forbids copying its text; ClaimDiff cannot read it");
            }
            List<List<String>> pages = pages(doc);
            if (pages.stream().allMatch(List::isEmpty)) {
                throw new NotReadable("has no text layer (a scanned PDF?): ClaimDiff reads text, not images; run it"
                        + " through OCR first");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            String title = info.getTitle() == null ? "" : info.getTitle().strip();
            String author = info.getAuthor() == null ? "" : info.getAuthor().strip();
            ArticleMeta meta = new ArticleMeta("", "", author.isEmpty() ? List.of() : List.of(author),
                    info.getCreationDate() == null ? null
                            : info.getCreationDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
            return new Document(title, paragraphs(pages), meta);
        } catch (InvalidPasswordException e) {
            throw new NotReadable("is a password-protected PDF; open it in a PDF reader and save a copy without"
                    + " the password");
        } catch (IOException e) {
            throw new NotReadable("is not a readable PDF (" + e.getMessage() + ")");
        }
    }

    // each page's lines; a gap clearly wider than the usual line spacing marks a paragraph break
    private static List<List<String>> pages(PDDocument doc) throws IOException {
        LineCollector collector = new LineCollector();
        collector.getText(doc);
        List<Float> gaps = new ArrayList<>();
        for (List<LineCollector.Line> page : collector.pages) {
            for (int i = 1; i < page.size(); i++) {
                float gap = page.get(i).y() - page.get(i - 1).y();
                if (gap > 0) {
                    gaps.add(gap);
                }
            }
        }
        gaps.sort(Float::compare);
        // the line spacing is among the smallest gaps: many paragraphs are one line long, so the
        // median may well be a paragraph gap
        float usual = gaps.isEmpty() ? Float.MAX_VALUE : gaps.get(gaps.size() / 5);
        List<List<String>> pages = new ArrayList<>();
        for (List<LineCollector.Line> page : collector.pages) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                float gap = i == 0 ? 0 : page.get(i).y() - page.get(i - 1).y();
                // a gap upwards is a new column; a wide one downwards a new paragraph
                if (i > 0 && (gap < 0 || gap > usual * PARAGRAPH_GAP)) {
                    lines.add(PARAGRAPH);
                }
                lines.add(page.get(i).text());
            }
            pages.add(lines);
        }
        return pages;
    }

    /** The stripper's lines with where each sits on its page, page by page, in the order written. */
    private static final class LineCollector extends PDFTextStripper {
        record Line(String text, float y) {
        }

        final List<List<Line>> pages = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private float lineY = Float.NaN;

        LineCollector() throws IOException {
            setLineSeparator(LINE);
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            pages.add(new ArrayList<>());
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
            if (Float.isNaN(lineY) && !positions.isEmpty()) {
                lineY = positions.get(0).getYDirAdj();
            }
            line.append(text);
        }

        @Override
        protected void writeWordSeparator() throws IOException {
            line.append(' ');
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            finishLine();
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            finishLine();
            super.endPage(page);
        }

        private void finishLine() {
            String text = line.toString().replace('\u00a0', ' ').strip();
            if (!text.isEmpty() && !pages.isEmpty()) {
                pages.get(pages.size() - 1).add(new Line(text, lineY));
            }
            line.setLength(0);
            lineY = Float.NaN;
        }
    }

    private static List<Paragraph> paragraphs(List<List<String>> pages) {
        Map<String, Integer> edges = new HashMap<>();
        for (List<String> page : pages) {
            for (String l : edgeLines(page)) {
                edges.merge(shape(l), 1, Integer::sum);
            }
        }
        int repeated = Math.max(2, (pages.size() + 1) / 2);
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (List<String> page : pages) {
            List<String> edge = edgeLines(page);
            for (String line : page) {
                boolean furniture = line.equals(PARAGRAPH) ? false : edge.contains(line)
                        && (pages.size() > 1 && edges.getOrDefault(shape(line), 0) >= repeated
                        || PAGE_NUMBER.matcher(line).matches());
                if (line.equals(PARAGRAPH) || furniture) {
                    flush(current, out);
                    if (furniture) {
                        out.add(new Paragraph(line, true));
                    }
                } else {
                    join(current, line);
                }
            }
        }
        flush(current, out);
        return out;
    }

    private static List<String> edgeLines(List<String> page) {
        List<String> text = page.stream().filter(l -> !l.equals(PARAGRAPH)).toList();
        List<String> out = new ArrayList<>(text.subList(0, Math.min(EDGE_LINES, text.size())));
        out.addAll(text.subList(Math.max(0, text.size() - EDGE_LINES), text.size()));
        return out;
    }

    // running heads differ only by their page number: "Ministry bulletin — 3" is "Ministry bulletin — #"
    private static String shape(String line) {
        return line.replaceAll("\\d+", "#");
    }

    // "inter-" at a line's end and "national" at the next's start make "international" again
    private static void join(StringBuilder paragraph, String line) {
        int n = paragraph.length();
        if (n > 1 && paragraph.charAt(n - 1) == '-' && Character.isLetter(paragraph.charAt(n - 2))
                && !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
            paragraph.setLength(n - 1);
        } else if (n > 0) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private static void flush(StringBuilder paragraph, List<Paragraph> out) {
        if (!paragraph.isEmpty()) {
            out.add(new Paragraph(paragraph.toString(), false));
            paragraph.setLength(0);
        }
    }
}
