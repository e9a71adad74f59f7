package io.claimdiff.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.TextSpan;

import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the attribution engine (docs/fuzzing.md): any text, as the loader would present
 * it, must give claims whose spans lie inside the text, and no exception. Regression inputs:
 * {@code src/test/resources/io/claimdiff/extract/ExtractorFuzzTestInputs/}.
 */
class ExtractorFuzzTest {

    private static final AttributionExtractor EXTRACTOR = new AttributionExtractor();
    private final ArticleLoader loader = new ArticleLoader();

    @FuzzTest(maxDuration = "5m")
    void extract(byte[] bytes) {
        String raw = new String(bytes, StandardCharsets.UTF_8);
        Article article = loader.fromText("a1", "fuzz.txt", raw);
        int length = article.text().length();
        for (Claim claim : EXTRACTOR.extract(article)) {
            inside(claim.content(), length, "content");
            inside(claim.cue(), length, "cue");
            inside(claim.speakerSpan(), length, "speaker");
            if (claim.stance() == null || claim.speaker() == null) {
                throw new IllegalStateException("incomplete claim " + claim);
            }
        }
    }

    private static void inside(TextSpan span, int length, String what) {
        if (span != null && (span.start() < 0 || span.end() > length || span.start() > span.end())) {
            throw new IllegalStateException(what + " span " + span + " outside text of length " + length);
        }
    }
}
