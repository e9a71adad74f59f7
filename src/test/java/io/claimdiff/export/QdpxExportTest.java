package io.claimdiff.export;

import io.claimdiff.project.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The .qdpx export validates against the REFI-QDA schema and points at the right characters. */
class QdpxExportTest {

    @TempDir
    Path dir;

    private final Report report = new Report("Ukraine talks", ExportFormatsTest.AT, Fixtures.realistic().snapshot());

    @Test
    void projectQdeValidatesAgainstTheSchemaAndNamesItsSources() throws Exception {
        Path out = dir.resolve("talks.qdpx");
        new QdpxExporter("test").export(report, out);
        Map<String, byte[]> zip = ExportFormatsTest.unzip(out);
        byte[] qde = zip.get("project.qde");
        validate(qde);

        Document doc = parse(qde);
        NodeList sources = doc.getElementsByTagNameNS(QdeWriter.NS, "TextSource");
        assertEquals(5, sources.getLength());
        for (int i = 0; i < sources.getLength(); i++) {
            String path = ((Element) sources.item(i)).getAttribute("plainTextPath");
            assertTrue(path.startsWith("internal://"));
            assertTrue(zip.containsKey("sources/" + path.substring("internal://".length())), path);
        }
        // a selection's positions cut the claim's words out of its source file
        Element first = (Element) sources.item(0);
        String text = new String(zip.get("sources/" + first.getAttribute("plainTextPath").substring(11)),
                StandardCharsets.UTF_8);
        Element selection = (Element) first.getElementsByTagNameNS(QdeWriter.NS, "PlainTextSelection").item(0);
        int start = Integer.parseInt(selection.getAttribute("startPosition"));
        int end = Integer.parseInt(selection.getAttribute("endPosition"));
        assertEquals(report.text(report.claimsOf("a1").get(0).claim()),
                text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
        // contradictions and supports are links between selections that exist
        Set<String> selections = new HashSet<>();
        NodeList all = doc.getElementsByTagNameNS(QdeWriter.NS, "PlainTextSelection");
        for (int i = 0; i < all.getLength(); i++) {
            selections.add(((Element) all.item(i)).getAttribute("guid"));
        }
        NodeList links = doc.getElementsByTagNameNS(QdeWriter.NS, "Link");
        assertEquals(report.state().links().size(), links.getLength());
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            assertTrue(selections.contains(link.getAttribute("originGUID")));
            assertTrue(selections.contains(link.getAttribute("targetGUID")));
        }
        assertTrue(doc.getElementsByTagNameNS(QdeWriter.NS, "Code").getLength() > 10);
    }

    @Test
    void codeNamesAreUniqueAcrossTheCodebookAndSourceNamesAreFileNames() throws Exception {
        io.claimdiff.project.Project project = Fixtures.realistic();
        var edits = new io.claimdiff.project.ProjectEdits(project, new io.claimdiff.project.CommandStack());
        String claim = project.claims().get(0).id();
        edits.toggleTag(claim, "Russia"); // a tag named like a party
        edits.toggleTag(claim, "deny"); // and one like a stance
        edits.setNote(claim, "Check with AFP");
        String other = project.claims().stream().filter(e -> !e.claim().party().equals(project.claims().get(0).claim().party()))
                .findFirst().orElseThrow().id();
        edits.linkClaims(io.claimdiff.project.LinkKind.CONTRADICTS, claim, other);
        var state = project.snapshot();
        var first = state.articles().get(0);
        var renamed = new io.claimdiff.model.Article(first.id(), first.path(), "Russia / Ukraine: talks? \"No\" <deal>",
                first.text(), first.furniture());
        var articles = new java.util.ArrayList<>(state.articles());
        articles.set(0, renamed);
        var withTitle = new io.claimdiff.project.ProjectState(articles, state.sources(), state.claims(), state.parties(),
                state.links());
        Path out = dir.resolve("names.qdpx");
        new QdpxExporter("test").export(new Report("names", ExportFormatsTest.AT, withTitle), out);
        byte[] qde = ExportFormatsTest.unzip(out).get("project.qde");
        validate(qde);
        Document doc = parse(qde);
        NodeList codes = doc.getElementsByTagNameNS(QdeWriter.NS, "Code");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.getLength(); i++) {
            String name = ((Element) codes.item(i)).getAttribute("name").toLowerCase(java.util.Locale.ROOT);
            assertTrue(seen.add(name), "a code name twice: " + name);
        }
        assertTrue(seen.contains("russia (tag)") && seen.contains("deny (tag)"), seen.toString());
        assertTrue(seen.contains("speakers") && seen.contains(project.claims().get(0).claim().speaker().toLowerCase(
                java.util.Locale.ROOT)), "speakers are codes");
        Element selection = (Element) doc.getElementsByTagNameNS(QdeWriter.NS, "PlainTextSelection").item(0);
        assertTrue(selection.getElementsByTagNameNS(QdeWriter.NS, "Description").item(0).getTextContent()
                .endsWith("Note: Check with AFP"));
        long pairs = project.links().stream().filter(l -> l.status() == io.claimdiff.project.LinkStatus.ACCEPTED
                && (l.a().equals(claim) || l.b().equals(claim))).count();
        assertEquals(3 + project.claim(claim).orElseThrow().tags().size() + pairs,
                selection.getElementsByTagNameNS(QdeWriter.NS, "Coding").getLength(),
                "speaker, party, stance, each tag, each accepted pair");
        assertTrue(seen.contains("contradictions") && seen.stream().anyMatch(n -> n.startsWith("c1 ") && n.contains(" ↔ ")),
                "accepted contradictions are codes named after both sides: " + seen);
        String source = ((Element) doc.getElementsByTagNameNS(QdeWriter.NS, "TextSource").item(0)).getAttribute("name");
        assertEquals("Russia Ukraine talks No deal", source);
    }

    @Test
    void notesAreAnnotationsAndMemosAndDetailsAreVariables() throws Exception {
        Path out = dir.resolve("notes.qdpx");
        new QdpxExporter("test").export(new Report("notes", ExportFormatsTest.AT, QdpxRoundTripTest.worked()), out);
        Map<String, byte[]> zip = ExportFormatsTest.unzip(out);
        validate(zip.get("project.qde"));
        Document doc = parse(zip.get("project.qde"));
        // QualCoder keeps a note as an annotation only if the source itself refers to it and the
        // note holds its text and the annotated selection
        Set<String> sourceRefs = new HashSet<>();
        NodeList sources = doc.getElementsByTagNameNS(QdeWriter.NS, "TextSource");
        for (int i = 0; i < sources.getLength(); i++) {
            for (org.w3c.dom.Node n = sources.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if ("NoteRef".equals(n.getLocalName())) {
                    sourceRefs.add(((Element) n).getAttribute("targetGUID"));
                }
            }
        }
        int annotations = 0;
        Set<String> memoNames = new HashSet<>();
        NodeList notes = doc.getElementsByTagNameNS(QdeWriter.NS, "Note");
        for (int i = 0; i < notes.getLength(); i++) {
            Element note = (Element) notes.item(i);
            assertTrue(note.hasAttribute("creationDateTime"), "QualCoder fails on a note without a date");
            if (note.hasAttribute("plainTextPath")) {
                assertTrue(zip.containsKey("sources/" + note.getAttribute("plainTextPath").substring(11)));
                assertTrue(memoNames.add(note.getAttribute("name")), "QualCoder fails on two memos of one name");
            } else {
                annotations++;
                assertTrue(sourceRefs.contains(note.getAttribute("guid")));
                assertEquals(1, note.getElementsByTagNameNS(QdeWriter.NS, "PlainTextSelection").getLength());
                assertEquals(1, note.getElementsByTagNameNS(QdeWriter.NS, "PlainTextContent").getLength());
            }
        }
        assertEquals(3, annotations, "one per claim note");
        assertTrue(memoNames.contains("Project memo"), memoNames.toString());
        assertEquals(6, memoNames.size(), "the memo and each link's note: " + memoNames);
        Element project = doc.getDocumentElement();
        assertEquals("What this project is about.\nTwo lines.", ((Element) project.getElementsByTagNameNS(QdeWriter.NS,
                "Description").item(project.getElementsByTagNameNS(QdeWriter.NS, "Description").getLength() - 1))
                .getTextContent());
        NodeList values = doc.getElementsByTagNameNS(QdeWriter.NS, "TextValue");
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < values.getLength(); i++) {
            texts.add(values.item(i).getTextContent());
        }
        assertTrue(texts.containsAll(Set.of("Le Monde", "2022-02-08", "A. Writer; B. Writer", "https://example.org/talks",
                "Talks 🇫🇷/🇷🇺: \"deal\"?")), texts.toString());
    }

    @Test
    void exportingTwiceGivesTheSameBytes() throws Exception {
        new QdpxExporter("test").export(report, dir.resolve("1.qdpx"));
        new QdpxExporter("test").export(new Report("Ukraine talks", ExportFormatsTest.AT,
                Fixtures.realistic().snapshot()), dir.resolve("2.qdpx"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("1.qdpx")), Files.readAllBytes(dir.resolve("2.qdpx")));
    }

    static void validate(byte[] qde) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        URL xsd = QdpxExportTest.class.getResource("/refi-qda/Project-mrt2019.xsd");
        Schema schema = factory.newSchema(new StreamSource(xsd.openStream(), xsd.toString()));
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(qde)));
        } catch (SAXException e) {
            throw new AssertionError("project.qde is not valid: " + e.getMessage(), e);
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
