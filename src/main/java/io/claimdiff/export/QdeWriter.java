package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.Party;
import io.claimdiff.project.qdpx.QdaVocabulary;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes {@code project.qde} (urn:QDA-XML:project:1.0). GUIDs are name-based UUIDs of stable ids,
 * so exporting the same project twice gives the same file. Selection positions count Unicode
 * characters (code points), as REFI-QDA does, not Java's UTF-16 units.
 */
final class QdeWriter {

    static final String NS = "urn:QDA-XML:project:1.0";
    private final Report report;
    private final String version;
    private final String created;
    private XMLStreamWriter xml;
    private final QdaNames names = new QdaNames();
    private final List<QdaNotes.Note> notes;

    QdeWriter(Report report, String version) {
        this.report = report;
        this.version = version;
        this.created = DateTimeFormatter.ISO_INSTANT.format(report.generatedAt().truncatedTo(ChronoUnit.SECONDS));
        this.notes = QdaNotes.of(report);
    }

    /** The notes kept as files of their own ({@code sources/GUID.txt}), to go into the archive. */
    List<QdaNotes.Note> memoFiles() {
        return notes.stream().filter(QdaNotes.Note::isMemo).toList();
    }

    static String guid(String kind, String id) {
        return UUID.nameUUIDFromBytes(("claimdiff:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String sourceFile(Article article) {
        return guid("source", article.id()) + ".txt";
    }

    byte[] write() throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NS);
        xml.writeStartElement(NS, "Project");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("name", report.title());
        xml.writeAttribute("origin", "ClaimDiff " + version);
        xml.writeAttribute("creatingUserGUID", guid("user", "analyst"));
        xml.writeAttribute("creationDateTime", created);
        start("Users");
        empty("User", "guid", guid("user", "analyst"), "name", "ClaimDiff analyst");
        xml.writeEndElement();
        codeBook();
        variables();
        sources();
        notes();
        links();
        String memo = report.state().memo();
        if (!memo.isBlank()) {
            // QualCoder reads the project's Description as its memo; other readers, the project's note
            text("Description", memo);
            empty("NoteRef", "targetGUID", guid("memo", "project"));
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return bytes.toByteArray();
    }

    private void codeBook() throws XMLStreamException {
        start("CodeBook");
        start("Codes");
        group(QdaVocabulary.PARTIES, "Who the speaker speaks for");
        for (Party p : report.parties()) {
            empty("Code", "guid", guid("party", p.name()), "name", names.code(p.name(), "party"), "isCodable", "true",
                    "color", p.colour());
        }
        xml.writeEndElement();
        group(QdaVocabulary.STANCES, "How the speaker positions themselves");
        for (Stance s : Stance.values()) {
            empty("Code", "guid", guid("stance", s.id()), "name", names.code(s.id(), "stance"), "isCodable", "true");
        }
        xml.writeEndElement();
        // speakers as codes an analyst can filter by, not only words in each coding's memo
        group(QdaVocabulary.SPEAKERS, "Who made the statement");
        for (String speaker : new TreeSet<>(report.claims().stream().map(e -> e.claim().speaker()).toList())) {
            empty("Code", "guid", guid("speaker", speaker), "name", names.code(speaker, "speaker"), "isCodable", "true");
        }
        xml.writeEndElement();
        pairCodes(LinkKind.CONTRADICTS, QdaVocabulary.CONTRADICTIONS, "C", "Pairs of statements the analyst confirmed contradict each other");
        pairCodes(LinkKind.SUPPORTS, QdaVocabulary.SUPPORTS, "S", "Pairs of statements the analyst confirmed support each other");
        TreeSet<String> tags = new TreeSet<>();
        report.claims().forEach(e -> tags.addAll(e.tags()));
        if (!tags.isEmpty()) {
            group(QdaVocabulary.TAGS, "The analyst's tags");
            for (String tag : tags) {
                // a tag called like a party or a stance ("Russia", "deny") keeps a name of its own
                String name = names.code(tag, "tag");
                java.util.Optional<String> colour = java.util.Optional.ofNullable(report.state().tagColours().get(tag));
                if (colour.isPresent()) {
                    empty("Code", "guid", guid("tag", tag), "name", name, "isCodable", "true", "color", colour.get());
                } else {
                    empty("Code", "guid", guid("tag", tag), "name", name, "isCodable", "true");
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * Accepted links as codes every QDA tool keeps (QualCoder drops {@code Links}): one code per
     * pair, named after both sides, coded on both statements, its reason as the description.
     */
    private void pairCodes(LinkKind kind, String groupName, String prefix, String description) throws XMLStreamException {
        List<Link> accepted = acceptedPairs(kind);
        if (accepted.isEmpty()) {
            return;
        }
        group(groupName, description);
        int n = 0;
        for (Link l : accepted) {
            Claim a = report.claim(l.a()).claim();
            Claim b = report.claim(l.b()).claim();
            start("Code", "guid", guid("pair", l.id()), "name", names.code(prefix + (++n) + " " + a.party() + " ("
                    + a.speaker() + ") ↔ " + b.party() + " (" + b.speaker() + ")", "pair"), "isCodable", "true");
            text("Description", l.reason() + (l.note().isBlank() ? "" : ". Note: " + l.note()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    // the accepted pairs each statement is in, worked out once
    private java.util.Map<String, List<String>> pairsOf() {
        if (pairs == null) {
            pairs = new java.util.HashMap<>();
            for (LinkKind kind : LinkKind.values()) {
                for (Link l : acceptedPairs(kind)) {
                    pairs.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l.id());
                    pairs.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l.id());
                }
            }
        }
        return pairs;
    }

    private java.util.Map<String, List<String>> pairs;

    private List<Link> acceptedPairs(LinkKind kind) {
        return linksOf(report).stream().filter(l -> l.kind() == kind
                && l.status() == io.claimdiff.project.LinkStatus.ACCEPTED).toList();
    }

    private void group(String name, String description) throws XMLStreamException {
        start("Code", "guid", guid("group", name), "name", names.code(name, "group"), "isCodable", "false");
        text("Description", description);
    }

    private void variables() throws XMLStreamException {
        if (report.articles().isEmpty()) {
            return;
        }
        start("Variables");
        for (String name : QdaVocabulary.VARIABLES) {
            empty("Variable", "guid", guid("variable", name), "name", name, "typeOfVariable", "Text");
        }
        xml.writeEndElement();
    }

    // the article's details as document attributes, so they survive where a description is not parsed
    private void variableValues(Article article) throws XMLStreamException {
        io.claimdiff.model.ArticleMeta meta = article.meta();
        String[] values = {article.title(), meta.outlet(), meta.publishedDate().map(Object::toString).orElse(""),
                String.join(QdaVocabulary.AUTHOR_SEPARATOR, meta.authors()), meta.url(), article.path()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].isBlank()) {
                start("VariableValue");
                empty("VariableRef", "targetGUID", guid("variable", QdaVocabulary.VARIABLES.get(i)));
                text("TextValue", values[i]);
                xml.writeEndElement();
            }
        }
    }

    private void sources() throws XMLStreamException {
        start("Sources");
        for (Article article : report.articles()) {
            start("TextSource", "guid", guid("source", article.id()), "name", names.source(article.title()),
                    "plainTextPath", "internal://" + sourceFile(article), "creatingUser", guid("user", "analyst"),
                    "creationDateTime", created);
            // the full title and the address, which the name may have lost
            text("Description", report.citation(article.id()).map(c -> c.text() + c.url().map(u -> " · " + u).orElse(""))
                    .orElse(article.path()));
            for (ClaimEntry e : report.claimsOf(article.id())) {
                selection(article, e);
            }
            // QualCoder takes a note as an annotation only when the source itself refers to it
            for (QdaNotes.Note note : notes) {
                if (article.id().equals(note.articleId()) && note.span().end() <= article.text().length()) {
                    empty("NoteRef", "targetGUID", note.guid());
                }
            }
            variableValues(article);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void selection(Article article, ClaimEntry e) throws XMLStreamException {
        Claim c = e.claim();
        TextSpan span = c.content();
        String text = article.text();
        if (span.end() > text.length()) {
            return;
        }
        start("PlainTextSelection", "guid", guid("claim", c.id()), "name", c.speaker() + ": " + brief(report.text(c)),
                "startPosition", Integer.toString(text.codePointCount(0, span.start())),
                "endPosition", Integer.toString(text.codePointCount(0, span.end())),
                "creatingUser", guid("user", "analyst"), "creationDateTime", created);
        // the analyst's note travels in the description too: readers keep that where they drop note refs
        text("Description", c.speaker() + " (" + c.party() + "), " + c.stance().id() + ", found by "
                + e.provenance().name().toLowerCase(Locale.ROOT) + " (" + c.rule() + ")"
                + (e.note().isBlank() ? "" : ". Note: " + e.note()));
        coding(c.id(), "speaker", c.speaker());
        coding(c.id(), "party", c.party());
        coding(c.id(), "stance", c.stance().id());
        for (String tag : e.tags()) {
            coding(c.id(), "tag", tag);
        }
        for (String pair : pairsOf().getOrDefault(c.id(), List.of())) {
            coding(c.id(), "pair", pair);
        }
        if (!e.note().isBlank()) {
            empty("NoteRef", "targetGUID", guid("claim-note", c.id()));
        }
        xml.writeEndElement();
    }

    private void coding(String claimId, String kind, String code) throws XMLStreamException {
        start("Coding", "guid", guid("coding", claimId + "|" + kind + "|" + code), "creatingUser",
                guid("user", "analyst"), "creationDateTime", created);
        empty("CodeRef", "targetGUID", guid(kind, code));
        xml.writeEndElement();
    }

    private void notes() throws XMLStreamException {
        if (notes.isEmpty()) {
            return;
        }
        start("Notes");
        for (QdaNotes.Note note : notes) {
            if (note.isMemo()) {
                empty("Note", "guid", note.guid(), "name", note.name(), "plainTextPath", "internal://" + note.file(),
                        "creatingUser", guid("user", "analyst"), "creationDateTime", created);
                continue;
            }
            String text = report.article(note.articleId()).text();
            if (note.span().end() > text.length()) {
                continue;
            }
            start("Note", "guid", note.guid(), "name", note.name(), "creatingUser", guid("user", "analyst"),
                    "creationDateTime", created);
            text("PlainTextContent", note.text());
            empty("PlainTextSelection", "guid", guid("note-selection", note.guid()),
                    "startPosition", Integer.toString(text.codePointCount(0, note.span().start())),
                    "endPosition", Integer.toString(text.codePointCount(0, note.span().end())),
                    "creatingUser", guid("user", "analyst"), "creationDateTime", created);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void links() throws XMLStreamException {
        List<Link> links = linksOf(report);
        if (links.isEmpty()) {
            return;
        }
        start("Links");
        for (Link l : links) {
            start("Link", "guid", guid("link", l.id()),
                    "name", QdaVocabulary.linkName(l),
                    "direction", "Associative", "color", l.kind() == LinkKind.CONTRADICTS ? "#c0392b" : "#2e8b57",
                    "originGUID", guid("claim", l.a()), "targetGUID", guid("claim", l.b()));
            if (!l.note().isBlank()) {
                empty("NoteRef", "targetGUID", guid("link-note", l.id()));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The links the report lists: contradictions, then supports. */
    static List<Link> linksOf(Report report) {
        List<Link> links = new ArrayList<>(report.links(LinkKind.CONTRADICTS));
        links.addAll(report.links(LinkKind.SUPPORTS));
        return links;
    }

    static String brief(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }

    private void start(String name, String... attributes) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        attributes(attributes);
    }

    private void empty(String name, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(NS, name);
        attributes(attributes);
    }

    private void text(String name, String value) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            xml.writeAttribute(pairs[i], XmlText.clean(pairs[i + 1]));
        }
    }
}
