package io.claimdiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdiff.ingest.ArticleLoadException;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java port of {@code shared/eval/oracle_claims.py}, for measuring the comparison stage alone: each
 * gold item becomes one claim whose content is the sentence(s) holding its key, with the gold
 * speaker's name and party and the first gold stance. Articles are {@code a1..} in article-name order,
 * claims {@code c1..cN} in gold order, as the script numbers them and {@code claimdiff compare} reads them.
 */
final class OracleClaims {

    /** The loaded articles and the claims a perfect extractor would give for them. */
    record Oracle(List<Article> articles, List<Claim> claims) {

        /** The claims as {@link GoldScorer} takes them. */
        List<GoldScorer.Pred> preds() {
            List<GoldScorer.Pred> preds = new ArrayList<>();
            for (Claim c : claims) {
                Article a = articles.stream().filter(x -> x.id().equals(c.articleId())).findFirst().orElseThrow();
                preds.add(new GoldScorer.Pred(c.id(), a.fileName(), c.content().of(a.text()), c.speaker(),
                        c.party(), c.stance().id()));
            }
            return preds;
        }
    }

    private static final Map<Character, String> QUOTE_CLASS = Map.of(
            '"', "[\"\u201c\u201d\u201e\u00ab\u00bb]", '\'', "['\u2018\u2019\u201a\u2032]", '-', "[-\u2013\u2014\u2012]");

    private OracleClaims() {
    }

    /**
     * Builds the oracle claims for the gold of {@code scorer} and the articles of {@code articleDir}.
     *
     * @throws IllegalStateException when a gold key is not in its article (the script skips the item)
     */
    static Oracle build(GoldScorer scorer, Path articleDir) throws ArticleLoadException {
        ArticleLoader loader = new ArticleLoader();
        List<Article> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : scorer.articles().entrySet()) {
            Article article = loader.load(articleDir.resolve(e.getKey()), "a" + (articles.size() + 1));
            articles.add(article);
            for (JsonNode item : e.getValue().path("attributions")) {
                JsonNode speaker = e.getValue().path("speakers").path(item.path("speaker").asText());
                claims.add(new Claim("c" + (claims.size() + 1), article.id(), content(article, item),
                        null, null, speaker.path("name").asText(), speaker.path("party").asText(),
                        Stance.fromId(item.path("stance").get(0).asText()), "given", 1.0));
            }
        }
        return new Oracle(articles, claims);
    }

    private static TextSpan content(Article article, JsonNode item) {
        String key = item.path("key").asText();
        Matcher m = keyRegex(key).matcher(article.text());
        if (!m.find()) {
            throw new IllegalStateException("key not found in " + article.fileName() + ": " + key);
        }
        return sentenceAround(article.text(), m.start(), m.end());
    }

    /** The normalised key as a pattern that matches it in the raw text, whatever its quotes, dashes and spaces. */
    static Pattern keyRegex(String key) {
        StringBuilder re = new StringBuilder();
        for (char ch : GoldScorer.norm(key).toCharArray()) {
            if (ch == ' ') {
                re.append("[\\s\u00a0]+");
            } else {
                re.append(QUOTE_CLASS.getOrDefault(ch, Pattern.quote(String.valueOf(ch))));
            }
        }
        return Pattern.compile(re.toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /**
     * The script's sentence_around: back to a line start or a space after ".!?", on to a line end
     * (included) or a ".!?" before a space, line end, closing quote or the end of the text.
     */
    static TextSpan sentenceAround(String text, int start, int end) {
        int s = start;
        while (s > 0 && !(text.charAt(s - 1) == '\n'
                || text.charAt(s - 1) == ' ' && s >= 2 && ".!?".indexOf(text.charAt(s - 2)) >= 0)) {
            s--;
        }
        int e = end;
        while (e < text.length() && !(text.charAt(e) == '\n' || ".!?".indexOf(text.charAt(e)) >= 0
                && (e + 1 == text.length() || " \n\"\u201d'\u2019".indexOf(text.charAt(e + 1)) >= 0))) {
            e++;
        }
        return new TextSpan(s, Math.min(text.length(), e + 1));
    }
}
