package io.claimdiff.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An oracle extractor for tests: builds the claims a perfect extractor would find from the gold
 * files in {@code gold-compare/} and the sample articles, and the gold contradiction pairs.
 */
public final class GoldClaims {

    static final List<String> FILES = List.of("000_d8922207816c192b", "001_df4687b789c341df",
            "002_888918fbb1469aa1", "003_96697f14995cd737", "004_80973514d3295959");
    private static final String QUOTES = "\"“”«»";

    /** The articles, their oracle claims, and the gold pairs as sets of two claim ids. */
    public record GoldSet(List<Article> articles, List<Claim> claims, Set<Set<String>> acceptable,
                          Set<Set<String>> directRequired) {
    }

    private GoldClaims() {
    }

    /** Loads all five samples. */
    public static GoldSet load() throws IOException {
        return load(false);
    }

    /**
     * Loads all five samples; with {@code noisy}, as a realistic extractor would give them: whole
     * sentences as contents and, for every other claim, the speaker's first alias instead of the
     * name and no party.
     */
    public static GoldSet load(boolean noisy) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Set<Set<String>> acceptable = new HashSet<>();
        Set<Set<String>> direct = new HashSet<>();
        for (String name : FILES) {
            String articleId = "n" + name.substring(0, 3);
            String raw = Files.readString(Path.of("sample-articles", name + ".txt"));
            Article article = new ArticleLoader().fromText(articleId, "sample-articles/" + name + ".txt", raw);
            articles.add(article);
            JsonNode gold;
            try (InputStream in = GoldClaims.class.getResourceAsStream("/gold-compare/" + name + ".json")) {
                gold = mapper.readTree(in);
            }
            Set<String> optional = new HashSet<>();
            for (JsonNode item : gold.get("attributions")) {
                JsonNode speaker = gold.get("speakers").get(item.get("speaker").asText());
                String id = articleId + "-" + item.get("id").asText();
                if (item.path("optional").asBoolean(false)) {
                    optional.add(id);
                }
                int at = find(article.text(), item.get("key").asText());
                if (at < 0) {
                    throw new IllegalStateException("key not found: " + item.get("key"));
                }
                TextSpan content = contentSpan(article.text(), at, at + item.get("key").asText().length(), noisy);
                boolean degrade = noisy && claims.size() % 2 == 1;
                claims.add(new Claim(id, articleId, content, new TextSpan(at, at), null,
                        degrade ? speaker.get("aliases").get(0).asText() : speaker.get("name").asText(),
                        degrade ? "" : speaker.get("party").asText(),
                        Stance.fromId(item.get("stance").get(0).asText()), "gold", 1.0));
            }
            for (JsonNode pair : gold.path("contradictions")) {
                String a = articleId + "-" + pair.get("a").asText();
                String b = articleId + "-" + pair.get("b").asText();
                acceptable.add(Set.of(a, b));
                if ("direct".equals(pair.path("strength").asText("direct"))
                        && !optional.contains(a) && !optional.contains(b)) {
                    direct.add(Set.of(a, b));
                }
            }
        }
        claims.sort((x, y) -> x.articleId().equals(y.articleId())
                ? Integer.compare(x.content().start(), y.content().start()) : x.articleId().compareTo(y.articleId()));
        return new GoldSet(articles, claims, acceptable, direct);
    }

    /** Recall on the direct pairs and precision of {@code proposed} against the acceptable pairs. */
    public static double[] score(GoldSet gold, List<Set<String>> proposed) {
        long found = gold.directRequired().stream().filter(proposed::contains).count();
        long good = proposed.stream().filter(gold.acceptable()::contains).count();
        return new double[] {
            gold.directRequired().isEmpty() ? 0 : (double) found / gold.directRequired().size(),
            proposed.isEmpty() ? 0 : (double) good / proposed.size()
        };
    }

    static int find(String text, String key) {
        return norm(text).indexOf(norm(key));
    }

    private static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case '“', '”', '«', '»' -> '"';
                case '‘', '’' -> '\'';
                case '–', '—' -> '-';
                case '\u00a0', '\n' -> ' ';
                default -> Character.toLowerCase(c);
            });
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The quoted passage holding the key, or else the sentence holding it. */
    static TextSpan contentSpan(String text, int start, int end, boolean sentenceOnly) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        List<Integer> quotes = new ArrayList<>();
        for (int i = lineStart; i < lineEnd; i++) {
            if (QUOTES.indexOf(text.charAt(i)) >= 0) {
                quotes.add(i);
            }
        }
        for (int q = 0; !sentenceOnly && q + 1 < quotes.size(); q += 2) {
            if (quotes.get(q) < start && quotes.get(q + 1) >= end) {
                return new TextSpan(quotes.get(q) + 1, quotes.get(q + 1));
            }
        }
        int s = start;
        while (s > lineStart && !boundary(text, s - 1)) {
            s--;
        }
        int e = end;
        while (e < lineEnd && !boundary(text, e)) {
            e++;
        }
        e = Math.min(lineEnd, e + 1);
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return new TextSpan(s, e);
    }

    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        if (c == ';') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /** Gold pairs keyed for lookups in tests. */
    static Map<String, Claim> byId(List<Claim> claims) {
        Map<String, Claim> m = new HashMap<>();
        claims.forEach(c -> m.put(c.id(), c));
        return m;
    }
}
