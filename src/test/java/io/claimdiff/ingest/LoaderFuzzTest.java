package io.claimdiff.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.claimdiff.model.Article;
import io.claimdiff.model.TextSpan;

/**
 * Fuzz targets for the article loaders (docs/fuzzing.md). Without {@code JAZZER_FUZZ=1} they run
 * their regression inputs from {@code src/test/resources/io/claimdiff/ingest/LoaderFuzzTestInputs/}
 * as ordinary tests. Any exception other than a clean {@link ArticleLoadException} is a finding.
 */
class LoaderFuzzTest {

    private final ArticleLoader loader = new ArticleLoader();

    @FuzzTest(maxDuration = "5m")
    void text(byte[] bytes) {
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode("fuzz.txt", bytes);
            check(loader.fromText("a1", "fuzz.txt", decoded.text()));
        } catch (ArticleLoadException e) {
            if (!e.getMessage().startsWith("fuzz.txt: ")) {
                throw new IllegalStateException("message does not name the file: " + e.getMessage());
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void html(byte[] bytes) {
        try {
            TextDecoder.Decoded decoded = TextDecoder.decodeHtml("fuzz.html", bytes);
            check(loader.fromHtml("a1", "fuzz.html", decoded.text()));
        } catch (ArticleLoadException e) {
            if (!e.getMessage().startsWith("fuzz.html: ")) {
                throw new IllegalStateException("message does not name the file: " + e.getMessage());
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void docx(byte[] bytes) {
        try {
            check(loader.fromDocx("a1", "fuzz.docx", bytes));
        } catch (ArticleLoadException e) {
            if (!e.getMessage().startsWith("fuzz.docx: ")) {
                throw new IllegalStateException("message does not name the file: " + e.getMessage());
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void email(byte[] bytes) {
        try {
            check(loader.fromEmail("a1", "fuzz.eml", bytes));
        } catch (ArticleLoadException e) {
            if (!e.getMessage().startsWith("fuzz.eml: ")) {
                throw new IllegalStateException("message does not name the file: " + e.getMessage());
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void pdf(byte[] bytes) {
        try {
            check(loader.fromPdf("a1", "fuzz.pdf", bytes));
        } catch (ArticleLoadException e) {
            if (!e.getMessage().startsWith("fuzz.pdf: ")) {
                throw new IllegalStateException("message does not name the file: " + e.getMessage());
            }
        }
    }

    static void check(Article article) {
        String text = article.text();
        if (text.indexOf('\r') >= 0) {
            throw new IllegalStateException("line ending not normalised");
        }
        if (article.title() == null) {
            throw new IllegalStateException("no title");
        }
        for (TextSpan span : article.furniture()) {
            if (span.start() < 0 || span.end() > text.length() || span.start() > span.end()) {
                throw new IllegalStateException("furniture span out of the text: " + span);
            }
        }
    }
}
