package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;

import java.util.List;

/** Proposes contradictions, supports and clusters over the claims of a set of articles. Pure. */
public interface ClaimComparer {

    ClaimGraph compare(List<Article> articles, List<Claim> claims);
}
