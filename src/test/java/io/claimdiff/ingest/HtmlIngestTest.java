package io.claimdiff.ingest;

import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved web pages load as title plus article body; chrome is dropped, furniture is marked, nothing runs. */
class HtmlIngestTest {

    static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Minister resigns over budget row | The Daily Example</title>
              <meta property="og:title" content="Minister resigns over budget row">
              <script>document.title = 'HACKED'; fetch('https://tracker.example/beacon');</script>
              <style>body { color: red }</style>
            </head>
            <body>
              <nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
              <div class="share-bar"><a>Share on Facebook</a> <a>Share on Twitter</a></div>
              <article>
                <h1>Minister resigns over budget row</h1>
                <figure><img src="https://cdn.example/p.jpg"><figcaption>The minister in parliament. File photo by Jane Roe/Reuters</figcaption></figure>
                <p>Finance Minister Anna Berg resigned on Monday after a row over spending cuts.</p>
                <p>&ldquo;I could not defend this budget,&rdquo; Berg told reporters in Stockholm.</p>
                <p>The prime minister&rsquo;s office said a successor would be named this week.</p>
                <script>document.write('<p>INJECTED PARAGRAPH</p>');</script>
                <div class="related-stories"><h3>Related stories</h3><a href="/x">Opposition says cuts went too far</a></div>
              </article>
              <section id="comments"><h3>Leave a Reply</h3>
                <form><p>Please enter your comment!</p><textarea></textarea><input value="Post Comment"></form>
              </section>
              <footer><p>Back to top</p><p>&copy; 2025 The Daily Example</p></footer>
            </body></html>
            """;

    private final ArticleLoader loader = new ArticleLoader();

    @Test
    void keepsTitleAndBodyAndDropsChrome() {
        Article a = loader.fromHtml("h1", "page.html", PAGE);
        String text = a.text();
        assertEquals("Minister resigns over budget row", a.title());
        assertTrue(text.startsWith("Minister resigns over budget row"), text);
        assertTrue(text.contains("Finance Minister Anna Berg resigned on Monday"));
        assertTrue(text.contains("“I could not defend this budget,” Berg told reporters in Stockholm."));
        for (String gone : List.of("HACKED", "tracker", "INJECTED", "color: red", "Home", "Share on", "Related stories",
                "Please enter your comment", "Post Comment", "Back to top", "2025 The Daily Example")) {
            assertFalse(text.contains(gone), "should be gone: " + gone + "\n" + text);
        }
    }

    @Test
    void marksCaptionsAsFurnitureAndExtractsTheBody() {
        Article a = loader.fromHtml("h1", "page.html", PAGE);
        List<String> furniture = a.furniture().stream().map(s -> s.of(a.text())).toList();
        assertTrue(furniture.stream().anyMatch(f -> f.contains("File photo by")), furniture.toString());
        List<Claim> claims = new AttributionExtractor().extract(a);
        assertTrue(claims.stream().anyMatch(c -> c.speaker().equals("Anna Berg")
                && c.content().of(a.text()).equals("I could not defend this budget,")), claims.toString());
        for (Claim c : claims) {
            for (TextSpan f : a.furniture()) {
                assertFalse(f.overlaps(c.content()), "claim in furniture: " + c);
            }
        }
    }

    @Test
    void loadsHtmAndHtmlFilesWithoutFetching(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("saved.htm");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);
        Article a = loader.load(file, "a1");
        assertEquals("Minister resigns over budget row", a.title());
        assertFalse(a.text().contains("<"));
        Path latin = dir.resolve("old.html");
        Files.write(latin, "<html><body><p>Caf\u00e9 owner said prices rose.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(loader.load(latin, "a2").text().contains("Café owner said prices rose."));
    }

    @Test
    void marksFurnitureInPlainText() {
        String text = "Politics\n\nTalks collapse in Geneva\n\nTalks collapse in Geneva\n\nThe envoy said talks had failed."
                + "\n\nLEAVE A REPLY\n\nPlease enter your comment!\n\nNEXT Rebels claim new gains\n\nBack to top button\n\nMarch 3, 2025 by Jane Roe";
        Article a = loader.fromText("t", "t.txt", text);
        List<String> furniture = a.furniture().stream().map(s -> s.of(text)).toList();
        assertEquals("Talks collapse in Geneva", a.title());
        assertEquals(List.of("Politics", "Talks collapse in Geneva", "LEAVE A REPLY", "Please enter your comment!",
                "NEXT Rebels claim new gains", "Back to top button",
                "March 3, 2025 by Jane Roe"), furniture);
    }
}
