package io.claimdiff.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a saved web page into article text: the title and the article body as one paragraph per
 * line, without scripts, navigation, share bars, comment forms or other page chrome. Parsing only;
 * nothing is fetched and no script runs.
 */
final class HtmlArticleReader {

    /** What a page holds: its title, its text and its source details. */
    record Page(String title, String text, io.claimdiff.model.ArticleMeta meta) {
    }

    private static final String CHROME = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, form, button, input, select, textarea, aside, footer, [role=navigation], [role=banner], "
            + "[role=complementary], [aria-hidden=true], [hidden]";
    private static final List<String> CHROME_NAMES = List.of("share", "social", "comment", "related", "newsletter",
            "advert", "promo", "cookie", "subscribe", "sidebar", "breadcrumb", "menu", "navbar", "popup", "modal",
            "sponsor", "outbrain", "taboola", "tags", "teaser", "recommend", "more-stories", "read-more");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "figcaption", "pre", "dd", "dt", "td", "th", "caption", "address");

    private HtmlArticleReader() {
    }

    static Page read(String html) {
        Document doc = Jsoup.parse(html);
        String title = title(doc);
        io.claimdiff.model.ArticleMeta meta = PageMeta.read(doc);
        doc.select(CHROME).remove();
        int pCount = doc.select("p").size();
        for (Element e : doc.select("[class], [id]")) {
            if (e.parent() != null && chrome(e) && !holdsArticle(e, pCount)) {
                e.remove();
            }
        }
        Element root = root(doc);
        List<String> paragraphs = new ArrayList<>();
        collect(root, paragraphs);
        StringBuilder text = new StringBuilder();
        if (!title.isEmpty() && (paragraphs.isEmpty() || !paragraphs.get(0).equals(title))) {
            text.append(title).append("\n\n");
        }
        for (String p : paragraphs) {
            text.append(p).append("\n\n");
        }
        return new Page(title, text.toString().strip(), meta);
    }

    private static boolean chrome(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
        if (names.length() > 500 || names.contains("article-body") || names.contains("articlebody")) {
            return false;
        }
        for (String n : CHROME_NAMES) {
            if (names.contains(n)) {
                return true;
            }
        }
        return false;
    }

    // a wrapper whose class happens to say "social" must not take the story with it
    private static boolean holdsArticle(Element e, int paragraphs) {
        if (e.tagName().equals("body") || e.tagName().equals("article") || e.selectFirst("article, h1") != null) {
            return true;
        }
        int inside = e.select("p").size();
        return inside > 3 && inside * 2 > paragraphs;
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = doc.selectFirst("article h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return doc.title().strip();
    }

    private static Element root(Document doc) {
        Elements candidates = doc.select("[itemprop=articleBody], article, main, [role=main]");
        Element best = null;
        for (Element e : candidates) {
            if (best == null || e.select("p").size() > best.select("p").size()) {
                best = e;
            }
        }
        return best != null && !best.select("p").isEmpty() ? best : doc.body();
    }

    // one line per block element; inline text of a container outside blocks becomes its own line
    private static void collect(Element e, List<String> out) {
        StringBuilder inline = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                inline.append(t.text());
            } else if (child instanceof Element c) {
                if (BLOCKS.contains(c.tagName())) {
                    flush(inline, out);
                    add(c.text(), out);
                } else if (c.isBlock() || c.tagName().equals("br")) {
                    flush(inline, out);
                    collect(c, out);
                } else {
                    inline.append(c.text());
                }
            }
        }
        flush(inline, out);
    }

    private static void flush(StringBuilder inline, List<String> out) {
        add(inline.toString(), out);
        inline.setLength(0);
    }

    private static void add(String s, List<String> out) {
        String t = s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
