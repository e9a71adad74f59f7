package io.claimdiff.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;

import java.nio.file.Path;

/**
 * Throwaway cross-check: prints the {@code analyze --json} contract for the given article files so
 * that shared/eval/score.py can score this branch before the real CLI lands.
 * Usage: {@code java -cp target/classes:target/test-classes:<deps> io.claimdiff.eval.ContractJsonDump FILE...}
 */
public final class ContractJsonDump {

    private ContractJsonDump() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        ArrayNode claims = root.putArray("claims");
        root.putArray("contradictions");
        AttributionExtractor extractor = new AttributionExtractor();
        ArticleLoader loader = new ArticleLoader();
        int n = 0;
        for (String file : args) {
            Article a = loader.load(Path.of(file), "a" + (++n));
            articles.addObject().put("id", a.id()).put("path", file).put("title", a.title());
            for (Claim c : extractor.extract(a)) {
                ObjectNode o = claims.addObject();
                o.put("id", c.id()).put("article", a.id()).put("start", c.content().start())
                        .put("end", c.content().end()).put("text", c.content().of(a.text()))
                        .put("speaker", c.speaker()).put("party", c.party()).put("stance", c.stance().id())
                        .put("cue", c.cue().of(a.text())).put("rule", c.rule());
            }
        }
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
