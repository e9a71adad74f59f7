package io.claimdiff.project;

import io.claimdiff.model.Article;

import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of a {@link Project}: what is saved, autosaved and exported. Safe to
 * hand to another thread.
 *
 * @param articles   articles in display order
 * @param sources    where each article came from, by article id
 * @param claims     claims in article order, then text order
 * @param parties    parties in order of first appearance
 * @param links      links sorted by id
 * @param memo       the analyst's memo on the whole project, never null
 * @param tagColours {@code #rrggbb} by tag, for the tags the analyst gave a colour
 */
public record ProjectState(List<Article> articles, Map<String, ArticleSource> sources, List<ClaimEntry> claims,
                           List<Party> parties, List<Link> links, String memo, Map<String, String> tagColours) {

    public ProjectState {
        articles = List.copyOf(articles);
        sources = Map.copyOf(sources);
        claims = List.copyOf(claims);
        parties = List.copyOf(parties);
        links = List.copyOf(links);
        memo = memo == null ? "" : memo;
        tagColours = tagColours == null ? Map.of() : Map.copyOf(tagColours);
    }

    /** A state with no memo and no tag colours. */
    public ProjectState(List<Article> articles, Map<String, ArticleSource> sources, List<ClaimEntry> claims,
                        List<Party> parties, List<Link> links) {
        this(articles, sources, claims, parties, links, "", Map.of());
    }
}
