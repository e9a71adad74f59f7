package io.claimdiff.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/** PDFs made by the tests, the way word processors lay them out: columns written one after the other. */
final class PdfFixtures {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float SIZE = 10;
    private static final float LEADING = 13;

    private PdfFixtures() {
    }

    /** One page per entry of {@code pages}; each page a list of columns; each column a list of paragraphs of lines. */
    static byte[] pdf(List<List<List<List<String>>>> pages, String header, String title, String author, String password)
            throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int number = 0;
            for (List<List<List<String>>> columns : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                number++;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (header != null) {
                        line(cs, 50, 800, header);
                        line(cs, 290, 40, String.valueOf(number));
                    }
                    float width = columns.size() == 1 ? 0 : 250;
                    for (int c = 0; c < columns.size(); c++) {
                        float y = 760;
                        for (List<String> paragraph : columns.get(c)) {
                            for (String l : paragraph) {
                                line(cs, 50 + c * width, y, l);
                                y -= LEADING;
                            }
                            y -= LEADING; // a blank line between paragraphs
                        }
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2024, Calendar.NOVEMBER, 11, 9, 0);
            info.setCreationDate(created);
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream cs, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(FONT, SIZE);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** A page that has only a drawing on it, as a scan has only its image. */
    static byte[] scanned() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 400, 600);
                cs.fill();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Words wrapped into lines of at most {@code width} characters. */
    static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
