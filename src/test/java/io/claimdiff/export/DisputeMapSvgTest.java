package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Contradiction;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ArticleSource;
import io.claimdiff.project.DisputeMap;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectState;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dispute map as SVG: well-formed, every row and its parties drawn, first in the HTML report. */
class DisputeMapSvgTest {

    @TempDir
    Path dir;

    private static ProjectState state() {
        String text = "Call\n\nThe Post said Trump and Putin spoke by phone. Peskov denied that any call took place.\n";
        Project p = new Project();
        Article a = new Article("a1", "a.txt", "Call", text, List.of());
        p.addArticle(a, ArticleSource.of("a.txt", text, Instant.EPOCH));
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("a1-c1", text, "Trump and Putin spoke by phone", "Washington Post", "The Washington Post", Stance.ASSERT));
        claims.add(claim("a1-c2", text, "any call took place", "Dmitry Peskov", "Russia", Stance.DENY));
        p.setEngineClaims("a1", claims);
        p.setEngineLinks(new ClaimGraph(List.of(new Contradiction("a1-c1", "a1-c2", 0.9, "Russia denies")), List.of(),
                List.of()));
        return p.snapshot();
    }

    private static Claim claim(String id, String text, String words, String speaker, String party, Stance stance) {
        int at = text.indexOf(words);
        return new Claim(id, "a1", new TextSpan(at, at + words.length()), new TextSpan(at, at), null, speaker, party,
                stance, "t", 0.9);
    }

    @Test
    void theMapIsWellFormedSvgWithBothSidesInTheirStanceColours() throws Exception {
        ProjectState s = state();
        String svg = DisputeMapSvg.render(DisputeMap.of(s, DisputeMap.Filter.ALL), s.parties());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("dispute-map", doc.getDocumentElement().getAttribute("id"));
        assertTrue(svg.contains(">K1<") && svg.contains("Trump and Putin spoke by phone") && svg.contains("any call took place"));
        assertTrue(svg.contains("class=\"cell assert\"") && svg.contains("class=\"cell deny\""), svg);
        assertTrue(svg.contains(">Russia<") && svg.contains(">The Washingto…<"), "party columns, long names clipped");
    }

    @Test
    void theReportOpensWithTheMapAndSvgExportWritesItAlone() throws Exception {
        Report report = new Report("r", Instant.now(), state());
        Path html = dir.resolve("r.html");
        new HtmlExporter("test").export(report, html);
        var main = Jsoup.parse(html.toFile()).selectFirst("main");
        assertEquals("dispute-map", main.child(0).className());
        assertEquals("dispute-map", main.child(0).child(0).id());
        Path svg = dir.resolve("map.svg");
        new SvgExporter().export(report, svg);
        String written = Files.readString(svg);
        assertTrue(written.startsWith("<?xml") && written.contains("id=\"dispute-map\""));
    }

    @Test
    void pngExportIsARealPictureOfTheSameMap() throws Exception {
        Report report = new Report("r", Instant.now(), state());
        Path png = dir.resolve("map.png");
        new DisputeMapPng().export(report, png);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG file");
        var image = javax.imageio.ImageIO.read(png.toFile());
        String svg = DisputeMapSvg.render(DisputeMap.of(state(), DisputeMap.Filter.ALL), state().parties());
        int width = Integer.parseInt(svg.replaceAll("(?s).*?width=\"(\\d+)\".*", "$1"));
        assertEquals(2 * width, image.getWidth(), "drawn at twice the SVG's size");
        boolean red = false;
        for (int x = 0; x < image.getWidth() && !red; x += 3) {
            for (int y = 0; y < image.getHeight() && !red; y += 3) {
                red = image.getRGB(x, y) == (0xff000000 | 0xb3261e);
            }
        }
        assertTrue(red, "the denial's cell is in the deny colour");
    }
}
