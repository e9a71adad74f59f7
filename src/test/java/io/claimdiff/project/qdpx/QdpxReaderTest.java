package io.claimdiff.project.qdpx;

import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.ProjectState;
import io.claimdiff.project.file.ProjectFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A .qdpx another QDA tool wrote opens as a ClaimDiff project; a broken one is refused by name. */
class QdpxReaderTest {

    private static final String NS = "urn:QDA-XML:project:1.0";
    // QualCoder writes its text files with a byte-order mark and counts positions without it
    private static final String TEXT = "\uFEFFPeskov 🙂 said the talks failed.\r\nKyiv denied it, officials said.\r\n";
    private static final String SOURCE = "aaaaaaaa-0000-0000-0000-000000000001";

    @TempDir
    Path dir;

    private final QdpxReader reader = new QdpxReader(new ArticleLoader(), Clock.systemUTC());

    /** A QualCoder-like project: its own categories, one selection per coding, an annotation, a journal. */
    private Path qualCoderProject() throws IOException {
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="%s" name="interviews.qda" origin="QualCoder 3.7">
                <CodeBook><Codes>
                  <Code guid="c0000000-0000-0000-0000-000000000001" name="Themes" isCodable="false">
                    <Description>themes</Description>
                    <Code guid="c0000000-0000-0000-0000-000000000002" name="Failure" isCodable="true" color="#E65100">
                      <Description>things that failed</Description></Code>
                    <Code guid="c0000000-0000-0000-0000-000000000003" name="Denial" isCodable="true"/>
                  </Code>
                </Codes></CodeBook>
                <Sources>
                  <TextSource guid="%s" name="Interview 1" plainTextPath="internal://%s.txt">
                    <Description>first interview</Description>
                    <PlainTextSelection guid="s0000000-0000-0000-0000-000000000001" startPosition="9" endPosition="30">
                      <Description>Check the date</Description>
                      <Coding guid="k0000000-0000-0000-0000-000000000001"><CodeRef targetGUID="c0000000-0000-0000-0000-000000000002"/></Coding>
                    </PlainTextSelection>
                    <PlainTextSelection guid="s0000000-0000-0000-0000-000000000002" startPosition="9" endPosition="30">
                      <Description>Check the date</Description>
                      <Coding guid="k0000000-0000-0000-0000-000000000002"><CodeRef targetGUID="c0000000-0000-0000-0000-000000000003"/></Coding>
                    </PlainTextSelection>
                    <PlainTextSelection guid="s0000000-0000-0000-0000-000000000003" startPosition="500" endPosition="510">
                      <Coding guid="k0000000-0000-0000-0000-000000000003"><CodeRef targetGUID="c0000000-0000-0000-0000-000000000003"/></Coding>
                    </PlainTextSelection>
                    <NoteRef targetGUID="n0000000-0000-0000-0000-000000000001"/>
                  </TextSource>
                  <PictureSource guid="p0000000-0000-0000-0000-000000000001" name="photo" path="internal://x.png"/>
                </Sources>
                <Notes>
                  <Note guid="n0000000-0000-0000-0000-000000000001" creationDateTime="2026-01-01T00:00:00Z">
                    <PlainTextContent>Kyiv's side</PlainTextContent>
                    <PlainTextSelection guid="s0000000-0000-0000-0000-000000000009" startPosition="33" endPosition="47"/>
                  </Note>
                  <Note guid="n0000000-0000-0000-0000-000000000002" name="Field diary" plainTextPath="internal://diary.txt"
                        creationDateTime="2026-01-01T00:00:00Z"/>
                </Notes>
                <Description>Interviews about the talks</Description>
                </Project>
                """.formatted(NS, SOURCE, SOURCE);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        files.put("Sources/" + SOURCE + ".txt", TEXT.getBytes(StandardCharsets.UTF_8));
        files.put("Sources/diary.txt", "\uFEFFMet two officials.".getBytes(StandardCharsets.UTF_8));
        return zip("interviews.qdpx", files);
    }

    @Test
    void codingsBecomeClaimsWithTheirCodesAsTagsAndNotesKeepTheirPlace() throws Exception {
        QdpxReader.Imported imported = reader.read(qualCoderProject());
        ProjectState state = imported.state();
        assertFalse(imported.fromClaimDiff(), "QualCoder's own codebook: the engine reads the articles too");
        assertEquals(1, state.articles().size());
        Article article = state.articles().get(0);
        assertEquals("Peskov 🙂 said the talks failed.\nKyiv denied it, officials said.\n", article.text(),
                "no byte-order mark, plain line ends");
        assertEquals(1, state.claims().size(), "two codings of the same words are one claim; the stray one is left out");
        ClaimEntry claim = state.claims().get(0);
        assertEquals("said the talks failed", claim.claim().content().of(article.text()),
                "positions count code points: the emoji is one");
        assertEquals(List.of("Failure", "Denial"), claim.tags());
        assertEquals("unknown", claim.claim().speaker());
        assertEquals("Check the date", claim.note(), "the coding memo is the claim's note");
        assertEquals("#e65100", state.tagColours().get("Failure"));
        // the annotation covers words no claim holds: it goes to the memo with its words, as does the journal
        assertTrue(state.memo().startsWith("Interviews about the talks"), state.memo());
        assertTrue(state.memo().contains("\"Kyiv denied it\":\nKyiv's side"), state.memo());
        assertTrue(state.memo().contains("Field diary\nMet two officials."), state.memo());
        assertEquals(2, imported.notices().size(), imported.notices().toString());
        assertTrue(imported.notices().get(0).contains("1 source is not text"), imported.notices().get(0));
        assertTrue(imported.notices().get(1).contains("1 coded selections lie outside"), imported.notices().get(1));
    }

    @Test
    void theEngineAddsItsClaimsBesideTheCodingsOfAnotherTool() throws Exception {
        var context = io.claimdiff.app.AppContext.standard();
        QdpxReader.Imported imported = context.importQdpx(qualCoderProject());
        ProjectState state = imported.state();
        assertTrue(state.claims().size() > 1, "the engine found statements too: " + state.claims().size());
        assertTrue(state.claims().stream().anyMatch(e -> e.tags().equals(List.of("Failure", "Denial"))),
                "the coding is still there");
        assertTrue(state.links().stream().allMatch(l -> l.status() == LinkStatus.PROPOSED));
    }

    @Test
    void aBrokenFileIsRefusedWithItsNameAndTheProblem() throws Exception {
        Path notZip = Files.writeString(dir.resolve("notes.qdpx"), "just text");
        assertProblem(notZip, "is not a .qdpx");
        assertProblem(zip("empty.qdpx", Map.of("sources/a.txt", new byte[] {'a'})), "has no project.qde inside");
        assertProblem(zip("bad.qdpx", Map.of("project.qde", "<Project".getBytes(StandardCharsets.UTF_8))),
                "not well-formed XML");
        assertProblem(zip("other.qdpx", Map.of("project.qde", "<html/>".getBytes(StandardCharsets.UTF_8))),
                "not a REFI-QDA project");
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"" + NS + "\" name=\"&x;\"/>";
        assertProblem(zip("xxe.qdpx", Map.of("project.qde", entity.getBytes(StandardCharsets.UTF_8))),
                "not well-formed XML");
        assertProblem(dir.resolve("missing.qdpx"), "no such file");
    }

    @Test
    void aSourceWhoseTextIsMissingIsLeftOutAndNamed() throws Exception {
        String qde = "<Project xmlns=\"" + NS + "\" name=\"p\"><Sources><TextSource guid=\"" + SOURCE
                + "\" name=\"Lost one\" plainTextPath=\"internal://gone.txt\"/></Sources></Project>";
        QdpxReader.Imported imported = reader.read(zip("lost.qdpx", Map.of("project.qde",
                qde.getBytes(StandardCharsets.UTF_8))));
        assertEquals(0, imported.state().articles().size());
        assertTrue(imported.notices().get(0).contains("the text of \"Lost one\" is not in the file"));
    }

    @Test
    void positionsCountCodePointsWithCrlfAsTwoAndNoByteOrderMark() {
        QdaText text = QdaText.of("\uFEFFa😀b\r\nc\rd");
        assertEquals("a😀b\nc\nd", text.text());
        assertEquals("😀", text.span(1, 2).of(text.text()));
        assertEquals("c", text.span(5, 6).of(text.text()), "CRLF counts as two");
        assertEquals("d", text.span(7, 8).of(text.text()));
        assertFalse(text.fits(0, 9));
    }

    private void assertProblem(Path file, String problem) {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    private Path zip(String name, Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }
}
