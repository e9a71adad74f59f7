package io.claimdiff.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdiff.model.Analysis;
import io.claimdiff.model.Article;
import io.claimdiff.model.ArticleMeta;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Contradiction;
import io.claimdiff.model.Support;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.Json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code analyze --json} contract (shared/eval/README.md) from an {@link Analysis}:
 * {@code articles}, {@code claims}, {@code contradictions}, plus {@code supports} and {@code clusters}.
 * Claims also carry their speaker and cue spans, the rule and the confidence.
 */
public final class ContractJson {

    private final ObjectMapper mapper = Json.mapper();

    /** The contract as a JSON tree. */
    public ObjectNode toTree(Analysis analysis) {
        ObjectNode root = mapper.createObjectNode();
        Map<String, Article> byId = new HashMap<>();
        ArrayNode articles = root.putArray("articles");
        for (Article article : analysis.articles()) {
            byId.put(article.id(), article);
            ObjectNode node = articles.addObject()
                    .put("id", article.id())
                    .put("path", article.path())
                    .put("title", article.title());
            // the source details only where known, so a reader never takes "" for a fact
            ArticleMeta meta = article.meta();
            if (!meta.outlet().isEmpty()) {
                node.put("outlet", meta.outlet());
            }
            if (!meta.url().isEmpty()) {
                node.put("url", meta.url());
            }
            if (!meta.authors().isEmpty()) {
                meta.authors().forEach(node.putArray("authors")::add);
            }
            meta.publishedDate().ifPresent(d -> node.put("published", d.toString()));
        }
        ArrayNode claims = root.putArray("claims");
        for (Claim claim : analysis.claims()) {
            claims.add(claimNode(claim, byId.get(claim.articleId())));
        }
        ArrayNode contradictions = root.putArray("contradictions");
        for (Contradiction c : analysis.graph().contradictions()) {
            contradictions.addObject().put("a", c.a()).put("b", c.b()).put("score", round(c.score()))
                    .put("reason", c.reason());
        }
        ArrayNode supports = root.putArray("supports");
        for (Support s : analysis.graph().supports()) {
            supports.addObject().put("a", s.a()).put("b", s.b()).put("score", round(s.score()))
                    .put("reason", s.reason());
        }
        ArrayNode clusters = root.putArray("clusters");
        for (List<String> cluster : analysis.graph().clusters()) {
            ArrayNode ids = clusters.addArray();
            cluster.forEach(ids::add);
        }
        return root;
    }

    /** The contract as indented JSON text. */
    public String toJson(Analysis analysis) {
        try {
            return mapper.writeValueAsString(toTree(analysis));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise analysis", e);
        }
    }

    private ObjectNode claimNode(Claim claim, Article article) {
        String text = article == null ? "" : article.text();
        ObjectNode node = mapper.createObjectNode()
                .put("id", claim.id())
                .put("article", claim.articleId())
                .put("start", claim.content().start())
                .put("end", claim.content().end())
                .put("text", slice(text, claim.content()))
                .put("speaker", claim.speaker())
                .put("party", claim.party())
                .put("stance", claim.stance().id())
                .put("cue", claim.cue() == null ? "" : slice(text, claim.cue()))
                .put("rule", claim.rule())
                .put("confidence", round(claim.confidence()));
        putSpan(node, "cueSpan", claim.cue());
        putSpan(node, "speakerSpan", claim.speakerSpan());
        return node;
    }

    private static void putSpan(ObjectNode node, String field, TextSpan span) {
        if (span != null) {
            node.putArray(field).add(span.start()).add(span.end());
        }
    }

    private static String slice(String text, TextSpan span) {
        return span.end() <= text.length() ? span.of(text) : "";
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
