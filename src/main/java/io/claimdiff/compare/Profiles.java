package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Profiles all claims in a stable order: by article (as given), then by position in the text. */
final class Profiles {

    /** A title line is short; a longer first line is body text. */
    private static final int MAX_HEADLINE = 200;

    private Profiles() {
    }

    static List<ClaimProfile> of(List<Article> articles, List<Claim> claims) {
        return of(articles, claims, Tokens.names(articles.stream().map(Article::text).toList()));
    }

    /** As {@link #of(List, List)}, with the words known as names ({@link Tokens#names}) given. */
    static List<ClaimProfile> of(List<Article> articles, List<Claim> claims, Set<String> names) {
        Map<String, Integer> position = new HashMap<>();
        Map<String, Article> byId = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            position.putIfAbsent(articles.get(i).id(), i);
            byId.putIfAbsent(articles.get(i).id(), articles.get(i));
        }
        // claims of articles not passed in still get a stable place, after the known ones
        Map<String, Integer> extra = new HashMap<>();
        for (Claim c : claims) {
            if (!position.containsKey(c.articleId()) && !extra.containsKey(c.articleId())) {
                extra.put(c.articleId(), articles.size() + extra.size());
            }
        }
        position.putAll(extra);
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.<Claim>comparingInt(c -> position.get(c.articleId()))
                .thenComparingInt(c -> c.content().start())
                .thenComparingInt(c -> c.content().end())
                .thenComparing(Claim::id));
        Map<String, Set<String>> known = knownSides(sorted);
        Set<String> allSides = new HashSet<>();
        sorted.forEach(c -> allSides.addAll(Sources.sides(c.party(), c.speaker())));
        List<ClaimProfile> out = new ArrayList<>(sorted.size());
        Map<String, Integer> bodyStarts = new HashMap<>();
        int order = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Claim c = sorted.get(i);
            order = i > 0 && sorted.get(i - 1).articleId().equals(c.articleId()) ? order + 1 : 0;
            Article article = byId.get(c.articleId());
            String text = article == null ? null : article.text();
            int body = article == null ? 0 : bodyStarts.computeIfAbsent(article.id(), k -> bodyStart(article.text()));
            out.add(Profiler.profile(i, c, text, position.get(c.articleId()), order, isHeadline(article, c, body),
                    sides(c, known, allSides), names));
        }
        return out;
    }

    /**
     * The side of each speaker whose party some claim names: a claim that names no party borrows
     * it from another claim of the same speaker ("Peskov" elsewhere given as Russia). The first
     * claim in order wins, so the result does not depend on the input order.
     */
    private static Map<String, Set<String>> knownSides(List<Claim> sorted) {
        Map<String, Set<String>> known = new HashMap<>();
        for (Claim c : sorted) {
            if (!Sources.isUnknown(c.party()) && !Sources.isUnknown(c.speaker())) {
                Set<String> sides = Sources.sides(c.party(), c.speaker());
                known.putIfAbsent(Sources.speakerKey(c.speaker(), sides), sides);
            }
        }
        return known;
    }

    private static Set<String> sides(Claim c, Map<String, Set<String>> known, Set<String> allSides) {
        Set<String> own = Sources.sides(c.party(), c.speaker());
        if (Sources.isUnknown(c.party()) && !own.isEmpty()) {
            Set<String> borrowed = known.get(Sources.speakerKey(c.speaker(), own));
            own = borrowed != null ? borrowed : own;
        }
        return Sources.fold(own, allSides);
    }

    /** The profiles grouped by article, each group in text order. */
    static Map<Integer, List<ClaimProfile>> byArticle(List<ClaimProfile> profiles) {
        Map<Integer, List<ClaimProfile>> out = new LinkedHashMap<>();
        for (ClaimProfile p : profiles) {
            out.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** True when the claim starts on the article's title line, a repeat of it, or a line above the body. */
    static boolean isHeadline(Article article, Claim claim) {
        return article != null && isHeadline(article, claim, bodyStart(article.text()));
    }

    private static boolean isHeadline(Article article, Claim claim, int bodyStart) {
        if (article == null) {
            return false;
        }
        String text = article.text();
        int at = Math.min(claim.content().start(), text.length());
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        while (line.startsWith("#")) {
            line = line.substring(1).strip();
        }
        String title = article.title() == null ? "" : article.title().strip();
        if (!title.isEmpty() && line.equals(title)) {
            return true;
        }
        // a short unpunctuated line above the first paragraph of body text is a headline
        return lineStart < bodyStart && headingLike(line);
    }

    /** Where the first line of body text (long, or ending a sentence) starts; the text length if none. */
    private static int bodyStart(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty() && !headingLike(line)) {
                return start;
            }
            start = end + 1;
        }
        return text.length();
    }

    private static boolean headingLike(String line) {
        return line.length() <= MAX_HEADLINE && !line.endsWith(".") && !line.endsWith("\"");
    }
}
