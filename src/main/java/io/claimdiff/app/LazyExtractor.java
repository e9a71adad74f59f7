package io.claimdiff.app;

import io.claimdiff.extract.ClaimExtractor;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;

import java.util.List;
import java.util.function.Supplier;

/**
 * An extractor built on first use. The attribution engine reads its gazetteer with Jackson,
 * some half a second of a cold start; the window should not wait for that before it shows.
 */
final class LazyExtractor implements ClaimExtractor {

    private final Lazy<ClaimExtractor> extractor;

    LazyExtractor(Supplier<ClaimExtractor> maker) {
        this.extractor = new Lazy<>(maker);
    }

    @Override
    public List<Claim> extract(Article article) {
        return extractor.get().extract(article);
    }
}
