package io.claimdiff.extract;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;

import java.util.List;

/**
 * Finds the attributed statements in one article. Implementations are pure: the same article
 * gives the same claims, with ids unique to the article ({@code <articleId>-c<n>}), in text order.
 */
public interface ClaimExtractor {

    /** The claims of {@code article}; never throws on odd text. */
    List<Claim> extract(Article article);
}
