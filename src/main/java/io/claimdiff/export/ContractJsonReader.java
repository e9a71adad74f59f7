package io.claimdiff.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.Json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code analyze --json} contract back: its articles (their texts come from a loader, since
 * the contract names only their paths) and its claims, which may have been edited by hand or written
 * by another tool. Problems are reported one per line, naming the article or claim; what is sound is
 * kept.
 */
public final class ContractJsonReader {

    /** Loads an article's text from the path the contract gives. */
    @FunctionalInterface
    public interface ArticleSource {
        /** The article at {@code path}, with {@code id}; throws with a message naming the file. */
        Article load(String path, String id) throws IOException;
    }

    /** The articles and claims read, and a message for everything that was left out. */
    public record Contents(List<Article> articles, List<Claim> claims, List<String> problems) {
    }

    private final ObjectMapper mapper = Json.mapper();
    private final ArticleSource source;

    /** A reader that loads article texts through {@code source}. */
    public ContractJsonReader(ArticleSource source) {
        this.source = source;
    }

    /** Reads one contract document; throws when it is not JSON or has no {@code articles} list. */
    public Contents read(InputStream in) throws IOException {
        JsonNode root = mapper.readTree(in);
        if (root == null || !root.path("articles").isArray()) {
            throw new IOException("not the JSON that analyze --json prints: no \"articles\" list");
        }
        List<String> problems = new ArrayList<>();
        Map<String, Article> articles = new HashMap<>();
        List<Article> ordered = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        for (JsonNode node : root.path("articles")) {
            String id = node.path("id").asText("");
            String path = node.path("path").asText("");
            if (id.isEmpty() || path.isEmpty() || articles.containsKey(id)) {
                problems.add("article " + (id.isEmpty() ? "without an id" : id) + ": "
                        + (articles.containsKey(id) ? "the id is used twice" : "needs an id and a path") + "; skipped");
                continue;
            }
            try {
                Article article = source.load(path, id);
                articles.put(id, article);
                ordered.add(article);
            } catch (IOException e) {
                problems.add(e.getMessage() + "; its claims are skipped");
                unreadable.add(id);
            }
        }
        List<Claim> claims = new ArrayList<>();
        Set<String> claimIds = new HashSet<>();
        for (JsonNode node : root.path("claims")) {
            if (unreadable.contains(node.path("article").asText(""))) {
                continue;
            }
            String problem = claimProblem(node, articles, claimIds);
            if (problem != null) {
                problems.add(problem);
            } else {
                claims.add(claim(node));
                claimIds.add(node.path("id").asText());
            }
        }
        return new Contents(ordered, claims, problems);
    }

    private static String claimProblem(JsonNode node, Map<String, Article> articles, Set<String> seen) {
        String id = node.path("id").asText("");
        String name = "claim " + (id.isEmpty() ? "without an id" : id);
        if (id.isEmpty() || seen.contains(id)) {
            return name + ": " + (id.isEmpty() ? "has no id" : "the id is used twice") + "; skipped";
        }
        Article article = articles.get(node.path("article").asText(""));
        if (article == null) {
            return name + ": its article \"" + node.path("article").asText("") + "\" is not loaded; skipped";
        }
        int start = node.path("start").asInt(-1);
        int end = node.path("end").asInt(-1);
        if (start < 0 || end < start || end > article.text().length()) {
            return name + ": offsets " + start + ".." + end + " are outside " + article.fileName() + "; skipped";
        }
        try {
            Stance.fromId(node.path("stance").asText("assert"));
        } catch (IllegalArgumentException e) {
            return name + ": unknown stance \"" + node.path("stance").asText() + "\"; skipped";
        }
        return null;
    }

    private static Claim claim(JsonNode node) {
        return new Claim(node.path("id").asText(), node.path("article").asText(),
                new TextSpan(node.path("start").asInt(), node.path("end").asInt()),
                span(node.get("cueSpan")), span(node.get("speakerSpan")),
                node.path("speaker").asText(""), node.path("party").asText(""),
                Stance.fromId(node.path("stance").asText("assert")),
                node.path("rule").asText("given"), node.path("confidence").asDouble(1.0));
    }

    private static TextSpan span(JsonNode node) {
        if (node == null || !node.isArray() || node.size() != 2) {
            return null;
        }
        int start = node.get(0).asInt();
        int end = node.get(1).asInt();
        return start >= 0 && end >= start ? new TextSpan(start, end) : null;
    }
}
