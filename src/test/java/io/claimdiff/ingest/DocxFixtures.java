package io.claimdiff.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Word documents made by the tests: the parts a word processor writes, with the given text. */
final class DocxFixtures {

    private DocxFixtures() {
    }

    /** A document with a Title paragraph, body paragraphs, footnotes and core properties. */
    static byte[] docx(String title, List<String> paragraphs, List<String> footnotes, String creator, String created)
            throws IOException {
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        if (title != null) {
            body.append("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>").append(esc(title))
                    .append("</w:t></w:r></w:p>");
        }
        for (String p : paragraphs) {
            // split into two runs, as editors do, to check they are joined
            int half = p.length() / 2;
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(esc(p.substring(0, half)))
                    .append("</w:t></w:r><w:r><w:t xml:space=\"preserve\">").append(esc(p.substring(half)))
                    .append("</w:t></w:r></w:p>");
        }
        body.append("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell text</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
        body.append("</w:body></w:document>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
            put(zip, "word/document.xml", body.toString());
            StringBuilder notes = new StringBuilder("<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\">");
            footnotes.forEach(n -> notes.append("<w:footnote><w:p><w:r><w:t>").append(esc(n))
                    .append("</w:t></w:r></w:p></w:footnote>"));
            put(zip, "word/footnotes.xml", notes.append("</w:footnotes>").toString());
            put(zip, "docProps/core.xml", "<cp:coreProperties xmlns:cp=\"x\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                    + "xmlns:dcterms=\"http://purl.org/dc/terms/\"><dc:title>" + esc(title == null ? "" : title)
                    + "</dc:title><dc:creator>" + esc(creator) + "</dc:creator><dcterms:created>" + created
                    + "</dcterms:created></cp:coreProperties>");
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
