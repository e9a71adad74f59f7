package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;

import java.util.List;

/** Proposes nothing; stands in until the comparison engine exists. */
public final class NoComparer implements ClaimComparer {

    @Override
    public ClaimGraph compare(List<Article> articles, List<Claim> claims) {
        return ClaimGraph.empty();
    }
}
