package io.claimdiff.ingest;

import io.claimdiff.model.ArticleMeta;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved page's source details: the canonical address ({@code <link rel=canonical>},
 * {@code og:url}), the outlet ({@code og:site_name}, the JSON-LD publisher), the authors
 * ({@code meta name=author}, JSON-LD {@code author}) and the day of publication
 * ({@code article:published_time}, JSON-LD {@code datePublished}, a {@code <time>}). JSON-LD
 * {@code NewsArticle} wins where both say something, as news CMSs keep it most carefully.
 */
final class PageMeta {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle", "WebPage");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private PageMeta() {
    }

    /** Reads the details; call before scripts are stripped (JSON-LD sits in a script element). */
    static ArticleMeta read(Document doc) {
        return jsonLd(doc).orElse(tags(doc));
    }

    private static ArticleMeta tags(Document doc) {
        String url = attr(doc, "link[rel=canonical]", "href");
        if (url.isEmpty()) {
            url = attr(doc, "meta[property=og:url]", "content");
        }
        String outlet = attr(doc, "meta[property=og:site_name]", "content");
        List<String> authors = new ArrayList<>();
        for (Element e : doc.select("meta[name=author], meta[property=article:author], meta[name=byl]")) {
            String a = e.attr("content").replaceFirst("(?i)^by\\s+", "");
            if (!a.isBlank() && !a.startsWith("http")) {
                authors.addAll(List.of(a.split("\\s*(?:,|\\band\\b|&)\\s*")));
            }
        }
        String date = attr(doc, "meta[property=article:published_time]", "content");
        for (String q : List.of("meta[name=date]", "meta[itemprop=datePublished]", "meta[name=pubdate]")) {
            date = date.isEmpty() ? attr(doc, q, "content") : date;
        }
        if (date.isEmpty()) {
            date = attr(doc, "time[datetime]", "datetime");
        }
        return new ArticleMeta(outlet, web(url), authors, day(date));
    }

    private static ArticleMeta jsonLd(Document doc) {
        ArticleMeta found = ArticleMeta.NONE;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            for (Map<?, ?> node : nodes(JsonLd.parse(script.data()))) {
                if (isArticle(node.get("@type"))) {
                    found = found.orElse(new ArticleMeta(name(node.get("publisher")), web(text(node.get("url"))),
                            names(node.get("author")), day(text(node.get("datePublished")))));
                }
            }
        }
        return found;
    }

    // a block may hold one node, a list of them or an @graph
    private static List<Map<?, ?>> nodes(Object value) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            out.add(map);
            out.addAll(nodes(map.get("@graph")));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> out.addAll(nodes(v)));
        }
        return out;
    }

    private static boolean isArticle(Object type) {
        if (type instanceof List<?> list) {
            return list.stream().anyMatch(PageMeta::isArticle);
        }
        return type instanceof String s && ARTICLE_TYPES.contains(s);
    }

    private static String name(Object value) {
        if (value instanceof Map<?, ?> map) {
            return text(map.get("name"));
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            return name(list.get(0));
        }
        return text(value);
    }

    private static List<String> names(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(name(v)));
        } else if (value != null) {
            out.add(name(value));
        }
        out.removeIf(n -> n.isBlank() || n.startsWith("http"));
        return out;
    }

    private static String text(Object value) {
        return value instanceof String s ? s.strip() : "";
    }

    private static String attr(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        return e == null ? "" : e.attr(attribute).strip();
    }

    // only a web address is an address: a page saved from disk may carry "file:" or a relative path
    private static String web(String url) {
        return url.startsWith("https://") || url.startsWith("http://") ? url : "";
    }

    /** The day an ISO date or date-time starts with, or null. */
    static LocalDate day(String value) {
        Matcher m = ISO_DAY.matcher(value == null ? "" : value);
        if (!m.lookingAt()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
