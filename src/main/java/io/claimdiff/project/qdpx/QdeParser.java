package io.claimdiff.project.qdpx;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code project.qde} into a {@link QdeProject}. Elements are matched by local name, so the
 * namespace versions tools write ({@code urn:QDA-XML:project:1.0}, {@code :0.4}) all read; no DTD or
 * external entity is ever loaded.
 */
final class QdeParser {

    /** The file is not a REFI-QDA project; the message says why, for the analyst. */
    static final class NotAProject extends Exception {
        NotAProject(String message) {
            super(message);
        }
    }

    private static final org.xml.sax.ErrorHandler SILENT = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final List<QdeProject.Code> codes = new ArrayList<>();
    private final List<QdeProject.Source> sources = new ArrayList<>();
    private final Map<String, QdeProject.Note> notes = new LinkedHashMap<>();
    private final List<QdeProject.LinkElement> links = new ArrayList<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private int skipped;

    private QdeParser() {
    }

    static QdeProject parse(byte[] xml) throws NotAProject {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT); // the default handler prints "[Fatal Error]" on stderr
            root = builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXException e) {
            throw new NotAProject("project.qde is not well-formed XML (" + e.getMessage() + ")");
        } catch (ParserConfigurationException | IOException e) {
            throw new NotAProject("project.qde cannot be read (" + e.getMessage() + ")");
        }
        if (!"Project".equals(root.getLocalName()) || root.getNamespaceURI() == null
                || !root.getNamespaceURI().startsWith("urn:QDA-XML:project")) {
            throw new NotAProject("project.qde is not a REFI-QDA project (its root is <" + root.getNodeName() + ">)");
        }
        return new QdeParser().read(root);
    }

    private QdeProject read(Element root) {
        String description = "";
        for (Element part : children(root)) {
            switch (part.getLocalName()) {
                case "CodeBook" -> children(part, "Codes").forEach(c -> children(c, "Code").forEach(code -> code(code, null)));
                case "Variables" -> children(part, "Variable").forEach(v -> variables.put(v.getAttribute("guid"),
                        v.getAttribute("name")));
                case "Sources" -> sources(part);
                case "Notes" -> {
                    for (Element note : children(part, "Note")) {
                        Element selection = first(note, "PlainTextSelection");
                        notes.put(note.getAttribute("guid"), new QdeProject.Note(note.getAttribute("guid"),
                                note.getAttribute("name"), text(note, "PlainTextContent"), attribute(note, "plainTextPath"),
                                selection == null ? null : selection(selection)));
                    }
                }
                case "Links" -> children(part, "Link").forEach(l -> links.add(new QdeProject.LinkElement(
                        l.getAttribute("guid"), l.getAttribute("name"), l.getAttribute("originGUID"),
                        l.getAttribute("targetGUID"), refs(l, "NoteRef"))));
                case "Description" -> description = part.getTextContent();
                default -> {
                    // Users, Cases, Sets, Graphs: nothing ClaimDiff keeps
                }
            }
        }
        return new QdeProject(root.getAttribute("name"), root.getAttribute("origin"), codes, sources, notes, links,
                description == null ? "" : description, variables, skipped);
    }

    private void code(Element code, String category) {
        codes.add(new QdeProject.Code(code.getAttribute("guid"), code.getAttribute("name"), category,
                !"false".equals(code.getAttribute("isCodable")), orEmpty(text(code, "Description")),
                attribute(code, "color")));
        String outermost = category == null ? code.getAttribute("name") : category;
        children(code, "Code").forEach(child -> code(child, outermost));
    }

    private void sources(Element part) {
        for (Element source : children(part)) {
            if (!"TextSource".equals(source.getLocalName())) {
                skipped++;
                continue;
            }
            List<QdeProject.Selection> selections = new ArrayList<>();
            for (Element s : children(source, "PlainTextSelection")) {
                QdeProject.Selection selection = selection(s);
                if (selection != null) {
                    selections.add(selection);
                }
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Element value : children(source, "VariableValue")) {
                Element ref = first(value, "VariableRef");
                for (Element v : children(value)) {
                    if (ref != null && v.getLocalName().endsWith("Value")) {
                        values.put(ref.getAttribute("targetGUID"), v.getTextContent().strip());
                    }
                }
            }
            sources.add(new QdeProject.Source(source.getAttribute("guid"), source.getAttribute("name"),
                    orEmpty(text(source, "Description")), attribute(source, "plainTextPath"),
                    text(source, "PlainTextContent"), selections, refs(source, "NoteRef"), values));
        }
    }

    // a selection with positions that are not numbers in order is no selection: left out
    private static QdeProject.Selection selection(Element s) {
        int start;
        int end;
        try {
            start = Integer.parseInt(s.getAttribute("startPosition").strip());
            end = Integer.parseInt(s.getAttribute("endPosition").strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (start < 0 || end < start) {
            return null;
        }
        List<String> codeRefs = new ArrayList<>();
        for (Element coding : children(s, "Coding")) {
            codeRefs.addAll(refs(coding, "CodeRef"));
        }
        return new QdeProject.Selection(s.getAttribute("guid"), start, end, orEmpty(text(s, "Description")), codeRefs,
                refs(s, "NoteRef"));
    }

    private static List<String> refs(Element parent, String name) {
        return children(parent, name).stream().map(e -> e.getAttribute("targetGUID")).toList();
    }

    private static String text(Element parent, String name) {
        Element e = first(parent, name);
        return e == null ? null : e.getTextContent();
    }

    private static String attribute(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(e -> name.equals(e.getLocalName())).toList();
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName() != null) {
                out.add(e);
            }
        }
        return out;
    }
}
