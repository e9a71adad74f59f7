package io.claimdiff.ingest;

import io.claimdiff.model.ArticleMeta;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a Word {@code .docx} (Office Open XML: a zip of XML parts) with the JDK alone: the body's
 * paragraphs in order, one per line (table cells too), headings included; footnotes and endnotes
 * after the body, to be marked as furniture; the title, author and creation day from the document
 * properties. Refuses damaged or outsized files with a plain reason. No DTDs, no external entities,
 * no part larger than the article limit (a zip bomb inflates no further).
 *
 * <p>Apache POI reads Word files too, but adds some 16 MB to an app that must stay under 100 MB
 * for what is, for text, a short walk over two XML parts (ADR 0009).
 */
final class DocxReader {

    /** What a document holds: title, body lines, note lines, source details. */
    record Document(String title, List<String> body, List<String> notes, ArticleMeta meta) {
    }

    /** Why a file is not a readable Word document. */
    static final class NotADocument extends Exception {
        NotADocument(String reason) {
            super(reason);
        }
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int MAX_ENTRIES = 2_000;
    static final XMLInputFactory XML = safeFactory();

    private DocxReader() {
    }

    static Document read(byte[] bytes, long maxPartBytes) throws NotADocument {
        Map<String, byte[]> parts = parts(bytes, maxPartBytes);
        byte[] body = parts.get("word/document.xml");
        if (body == null) {
            throw new NotADocument(parts.isEmpty() ? "is not a Word document (not a zip archive, or a damaged one)"
                    : "is not a Word document (no word/document.xml in it)");
        }
        List<String> headings = new ArrayList<>();
        List<String> lines = paragraphs(body, headings);
        List<String> notes = new ArrayList<>();
        for (String part : List.of("word/footnotes.xml", "word/endnotes.xml")) {
            if (parts.containsKey(part)) {
                notes.addAll(paragraphs(parts.get(part), new ArrayList<>()));
            }
        }
        Map<String, String> props = parts.containsKey("docProps/core.xml") ? properties(parts.get("docProps/core.xml"))
                : Map.of();
        String title = props.getOrDefault("title", "").strip();
        if (title.isEmpty() && !headings.isEmpty()) {
            title = headings.get(0);
        }
        String creator = props.getOrDefault("creator", "");
        ArticleMeta meta = new ArticleMeta("", "", creator.isBlank() ? List.of() : List.of(creator),
                PageMeta.day(props.getOrDefault("created", "")));
        return new Document(title, lines, notes, meta);
    }

    private static Map<String, byte[]> parts(byte[] bytes, long maxPartBytes) throws NotADocument {
        return parts(bytes, maxPartBytes, java.util.Set.of("word/document.xml", "word/footnotes.xml",
                "word/endnotes.xml", "docProps/core.xml"), "Word document");
    }

    /** The {@code wanted} parts of an office zip, each at most {@code maxPartBytes} unpacked. */
    static Map<String, byte[]> parts(byte[] bytes, long maxPartBytes, java.util.Set<String> wanted, String kind)
            throws NotADocument {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new NotADocument("is not a readable " + kind + " (more than " + MAX_ENTRIES + " parts)");
                }
                String name = entry.getName();
                if (wanted.contains(name)) {
                    parts.put(name, limited(zip, maxPartBytes));
                }
            }
        } catch (IOException e) {
            throw new NotADocument("is not a readable " + kind + " (a damaged or truncated zip: " + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            // the JDK's zip reader throws this for a part name that is not UTF-8 (found by fuzzing)
            throw new NotADocument("is not a readable " + kind + " (a part inside has a garbled name)");
        }
        return parts;
    }

    private static byte[] limited(InputStream in, long max) throws IOException, NotADocument {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() + (long) n > max) {
                throw new NotADocument("is too large to open as an article (its text unpacks to more than "
                        + max / (1024 * 1024) + " MB)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    // w:p is a paragraph, w:t its text, w:tab and w:br spaces inside it; a heading's style names it
    private static List<String> paragraphs(byte[] xml, List<String> headings) throws NotADocument {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean heading = false;
        boolean inText = false;
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "p" -> {
                            paragraph.setLength(0);
                            heading = false;
                        }
                        case "t" -> inText = true;
                        case "tab", "br", "cr" -> paragraph.append(' ');
                        case "pStyle" -> {
                            String style = r.getAttributeValue(W, "val");
                            heading = style != null && (style.startsWith("Heading") || style.equals("Title"));
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                    paragraph.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    if (r.getLocalName().equals("t")) {
                        inText = false;
                    } else if (r.getLocalName().equals("p")) {
                        String line = paragraph.toString().replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
                        if (!line.isEmpty()) {
                            out.add(line);
                            if (heading) {
                                headings.add(line);
                            }
                        }
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new NotADocument("is not a readable Word document (its text is not well-formed XML)");
        }
        return out;
    }

    static Map<String, String> properties(byte[] xml) {
        Map<String, String> out = new HashMap<>();
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            String current = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    current = r.getLocalName();
                } else if (event == XMLStreamConstants.CHARACTERS && current != null) {
                    out.merge(current, r.getText(), String::concat);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    current = null;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Map.of(); // damaged properties cost the details, not the text
        }
        return out;
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }
}
