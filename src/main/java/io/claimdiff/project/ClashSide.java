package io.claimdiff.project;

import java.util.List;

/**
 * One side of a {@link Clash}: the statements that say the disputed thing, or those that reject it.
 *
 * @param claims   claim ids, in the order the clash's links reach them (strongest link first)
 * @param articles ids of the articles those claims are in, in the project's article order
 * @param parties  the claims' parties, distinct, in the order of {@code claims}
 */
public record ClashSide(List<String> claims, List<String> articles, List<String> parties) {

    public ClashSide {
        claims = List.copyOf(claims);
        articles = List.copyOf(articles);
        parties = List.copyOf(parties);
    }
}
