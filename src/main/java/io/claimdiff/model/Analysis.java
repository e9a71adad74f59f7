package io.claimdiff.model;

import java.util.List;

/**
 * The engine's full result for a set of articles.
 *
 * @param articles the articles, in the order given
 * @param claims   all claims, grouped by article in article order
 * @param graph    contradictions, supports and clusters over the claims
 */
public record Analysis(List<Article> articles, List<Claim> claims, ClaimGraph graph) {

    public Analysis {
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
    }
}
