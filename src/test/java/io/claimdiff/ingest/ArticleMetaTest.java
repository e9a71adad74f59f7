package io.claimdiff.ingest;

import io.claimdiff.model.Article;
import io.claimdiff.model.ArticleMeta;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Source details read from saved pages of three CMS families and from stamped text files. */
class ArticleMetaTest {

    private final ArticleLoader loader = new ArticleLoader();
    private static final String BODY = "<p>Dmitry Peskov said on Monday that no call had taken place.</p>"
            + "<p>The newspaper said the two men had spoken by phone.</p>";

    @Test
    void aWordPressStylePageGivesItsOpenGraphAndArticleTags() {
        String html = "<html><head><title>x</title>"
                + "<link rel=\"canonical\" href=\"https://example-news.com/2024/11/11/kremlin-call/\">"
                + "<meta property=\"og:site_name\" content=\"Example News\">"
                + "<meta property=\"og:title\" content=\"Kremlin denies call\">"
                + "<meta property=\"article:published_time\" content=\"2024-11-11T08:30:00+00:00\">"
                + "<meta name=\"author\" content=\"By Ana Reyes and Tom Hale\">"
                + "</head><body><article><h1>Kremlin denies call</h1>" + BODY + "</article></body></html>";
        ArticleMeta meta = loader.fromHtml("a1", "page.html", html).meta();
        assertEquals(new ArticleMeta("Example News", "https://example-news.com/2024/11/11/kremlin-call/",
                List.of("Ana Reyes", "Tom Hale"), LocalDate.of(2024, 11, 11)), meta);
    }

    @Test
    void aNewsCmsJsonLdGraphIsReadFirst() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"Site Name From Tags\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"ignored\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Kremlin denies call\",\"url\":\"https://daily.example/kremlin\","
                + "\"datePublished\":\"2024-11-12\",\"author\":[{\"@type\":\"Person\",\"name\":\"Lena Falk\"},"
                + "{\"@type\":\"Person\",\"name\":\"Ola Berg\"}],\"publisher\":{\"@type\":\"Organization\","
                + "\"name\":\"The Daily Example\"}}]}</script></head><body><article>" + BODY + "</article></body></html>";
        ArticleMeta meta = loader.fromHtml("a1", "page.html", html).meta();
        assertEquals(new ArticleMeta("The Daily Example", "https://daily.example/kremlin", List.of("Lena Falk", "Ola Berg"),
                LocalDate.of(2024, 11, 12)), meta);
    }

    @Test
    void anArrayOfBlocksWithAnArticleTypeListAndATimeElement() {
        String html = "<html><head><script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
                + "{\"@type\":[\"ReportageNewsArticle\"],\"author\":{\"name\":\"Ida Lind\"},"
                + "\"publisher\":[{\"name\":\"Wire Example\"}]}]</script>"
                + "<script type=\"application/ld+json\">{ not json</script></head>"
                + "<body><article><time datetime=\"2023-09-23T10:00\">Sept. 23</time>" + BODY + "</article></body></html>";
        Article a = loader.fromHtml("a1", "page.html", html);
        assertEquals(new ArticleMeta("Wire Example", "", List.of("Ida Lind"), LocalDate.of(2023, 9, 23)), a.meta());
        assertTrue(a.text().contains("no call had taken place"), "a broken block costs nothing else");
    }

    @Test
    void onlyAWebAddressIsAnAddress() {
        String html = "<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\">"
                + "<meta property=\"og:url\" content=\"file:///home/ana/page.html\"></head><body>" + BODY + "</body></html>";
        assertEquals("", loader.fromHtml("a1", "page.html", html).meta().url());
    }

    @Test
    void aDateStampOnTheFirstLineIsTheDateNotTheTitle() {
        Article a = loader.fromText("a1", "t.txt", " date 2018-09-30 Soccer star Ronaldo dismissed the allegations as fake news.\n\n"
                + "His lawyer said the report was illegal.\n");
        assertEquals(LocalDate.of(2018, 9, 30), a.meta().published());
        assertTrue(a.title().startsWith("Soccer star Ronaldo"), a.title());
        assertEquals(ArticleMeta.NONE, loader.fromText("a2", "u.txt", "A title\n\nThe minister said it rained.\n").meta());
    }
}
