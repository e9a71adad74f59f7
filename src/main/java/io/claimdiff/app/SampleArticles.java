package io.claimdiff.app;

import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The five sample articles that ship inside the application (Help/File > Open sample articles). */
public final class SampleArticles {

    /** File names under {@code /sample-articles/} on the class path, in display order. */
    public static final List<String> NAMES = List.of(
            "000_d8922207816c192b.txt",
            "001_df4687b789c341df.txt",
            "002_888918fbb1469aa1.txt",
            "003_96697f14995cd737.txt",
            "004_80973514d3295959.txt");

    private final ArticleLoader loader;

    SampleArticles(ArticleLoader loader) {
        this.loader = loader;
    }

    /** Loads the samples, numbering their ids from {@code firstId} ("a" + n). */
    public List<Article> load(int firstId) {
        List<Article> articles = new ArrayList<>();
        int n = firstId;
        for (String name : NAMES) {
            String resource = "/sample-articles/" + name;
            try (InputStream in = SampleArticles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("sample article missing from the build: " + resource);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                articles.add(loader.fromText("a" + n++, "sample-articles/" + name, text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return articles;
    }
}
