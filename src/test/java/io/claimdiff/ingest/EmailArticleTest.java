package io.claimdiff.ingest;

import io.claimdiff.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Press releases as e-mails: subject, sender and date as details; the text part, else the HTML one. */
class EmailArticleTest {

    @TempDir
    Path dir;
    private final ArticleLoader loader = new ArticleLoader();

    static final String ALTERNATIVE = """
            From: "Ministry Press Office" <press@ministry.example>
            To: desk@paper.example
            Subject: =?UTF-8?Q?Ministry_rejects_report_on_pipeline_sabotage_=E2=80=93_statement?=
            Date: Tue, 19 Sep 2023 14:05:00 +0530
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b1"

            --b1
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: quoted-printable

            The ministry said on Tuesday that the allegations were =E2=80=9Cabsurd and motiv=
            ated=E2=80=9D.
            A spokesman said no information had been shared.
            --b1
            Content-Type: text/html; charset=UTF-8

            <html><body><p>HTML version that must not win.</p></body></html>
            --b1--
            """;

    @Test
    void aPlainTextPartWithItsSubjectSenderAndDate() throws Exception {
        Path file = Files.writeString(dir.resolve("release.eml"), ALTERNATIVE.replace("\n", "\r\n"));
        Article a = loader.read(file, "a1").article();
        assertEquals("Ministry rejects report on pipeline sabotage – statement", a.title());
        assertTrue(a.text().contains("the allegations were “absurd and motivated”."), a.text());
        assertFalse(a.text().contains("HTML version"));
        assertEquals(List.of("Ministry Press Office"), a.meta().authors());
        assertEquals(LocalDate.of(2023, 9, 19), a.meta().published());
    }

    @Test
    void anHtmlOnlyMessageInsideMixedIsReadLikeAPageAndAttachmentsAreLeftOut() throws Exception {
        String html = "<html><body><nav>Menu</nav><p>Kremlin spokesman Dmitry Peskov said no call took place.</p></body></html>";
        String eml = "From: press@kremlin.example\nSubject: Statement\nDate: Mon, 11 Nov 2024 10:00:00 +0300\n"
                + "Content-Type: multipart/mixed; boundary=outer\n\n--outer\nContent-Type: multipart/related; boundary=inner\n\n"
                + "--inner\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)) + "\n--inner--\n"
                + "--outer\nContent-Type: text/plain\nContent-Disposition: attachment; filename=notes.txt\n\n"
                + "Attachment text that is no part of the statement.\n--outer--\n";
        Article a = loader.read(Files.writeString(dir.resolve("statement.eml"), eml), "a1").article();
        assertTrue(a.text().contains("Dmitry Peskov said no call took place."), a.text());
        assertFalse(a.text().contains("Attachment text") || a.text().contains("Menu"), a.text());
        assertEquals(List.of("press@kremlin.example"), a.meta().authors());
    }

    @Test
    void aFileThatIsNoMessageIsRefusedWithItsName() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.eml"), "Just some notes\n\nwith no headers at all.\n");
        ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> loader.read(text, "a1"));
        assertTrue(e.getMessage().startsWith(text.toString()) && e.getMessage().contains("is not an e-mail"), e.getMessage());
        Path bare = Files.writeString(dir.resolve("bare.eml"), "From: a@b.example\nSubject: x\n"
                + "Content-Type: multipart/mixed; boundary=z\n\n--z\nContent-Type: image/png\n\nxx\n--z--\n");
        e = assertThrows(ArticleLoadException.class, () -> loader.read(bare, "a1"));
        assertTrue(e.getMessage().contains("no text or HTML part"), e.getMessage());
    }
}
