package io.claimdiff.ingest;

import io.claimdiff.model.ArticleMeta;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an OpenDocument text ({@code .odt}) the way {@link DocxReader} reads Word: paragraphs and
 * headings of {@code content.xml} in order, footnotes and endnotes after them (to be furniture),
 * title, author and creation day from {@code meta.xml}. Same limits, same refusals.
 */
final class OdtReader {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private OdtReader() {
    }

    static DocxReader.Document read(byte[] bytes, long maxPartBytes) throws DocxReader.NotADocument {
        Map<String, byte[]> parts = DocxReader.parts(bytes, maxPartBytes, Set.of("content.xml", "meta.xml"),
                "OpenDocument text");
        byte[] content = parts.get("content.xml");
        if (content == null) {
            throw new DocxReader.NotADocument(parts.isEmpty()
                    ? "is not an OpenDocument text (not a zip archive, or a damaged one)"
                    : "is not an OpenDocument text (no content.xml in it)");
        }
        List<String> body = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        read(content, body, notes, headings);
        Map<String, String> props = parts.containsKey("meta.xml") ? DocxReader.properties(parts.get("meta.xml")) : Map.of();
        String title = props.getOrDefault("title", "").strip();
        if (title.isEmpty() && !headings.isEmpty()) {
            title = headings.get(0);
        }
        String creator = props.getOrDefault("creator", props.getOrDefault("initial-creator", "")).strip();
        ArticleMeta meta = new ArticleMeta("", "", creator.isEmpty() ? List.of() : List.of(creator),
                PageMeta.day(props.getOrDefault("creation-date", "")));
        return new DocxReader.Document(title, body, notes, meta);
    }

    // text:p and text:h are paragraphs; a note's body (text:note-body) holds paragraphs of its own
    private static void read(byte[] xml, List<String> body, List<String> notes, List<String> headings)
            throws DocxReader.NotADocument {
        List<StringBuilder> open = new ArrayList<>();
        List<Boolean> isHeading = new ArrayList<>();
        int inNote = 0;
        try {
            XMLStreamReader r = DocxReader.XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (r.hasNext()) {
                int event = r.next();
                boolean ours = TEXT.equals(r.getNamespaceURI());
                if (event == XMLStreamConstants.START_ELEMENT && ours) {
                    switch (r.getLocalName()) {
                        case "p", "h" -> {
                            open.add(new StringBuilder());
                            isHeading.add(r.getLocalName().equals("h"));
                        }
                        case "note-body" -> inNote++;
                        case "s", "tab", "line-break" -> {
                            if (!open.isEmpty()) {
                                open.get(open.size() - 1).append(' ');
                            }
                        }
                        case "note-citation" -> r.getElementText(); // the footnote's number is no text
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && !open.isEmpty()) {
                    open.get(open.size() - 1).append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && ours) {
                    if (r.getLocalName().equals("note-body")) {
                        inNote--;
                    } else if ((r.getLocalName().equals("p") || r.getLocalName().equals("h")) && !open.isEmpty()) {
                        String line = open.remove(open.size() - 1).toString().replace('\u00a0', ' ').strip()
                                .replaceAll("\\s+", " ");
                        boolean heading = isHeading.remove(isHeading.size() - 1);
                        if (!line.isEmpty()) {
                            (inNote > 0 ? notes : body).add(line);
                            if (heading && inNote == 0) {
                                headings.add(line);
                            }
                        }
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new DocxReader.NotADocument("is not a readable OpenDocument text (its text is not well-formed XML)");
        }
    }
}
