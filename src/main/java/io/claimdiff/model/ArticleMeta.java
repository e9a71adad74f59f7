package io.claimdiff.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where an article comes from, as far as its file tells: the outlet that published it, its web
 * address, its authors and the day it was published. Every part may be unknown.
 *
 * @param outlet    the publisher ("Reuters"), or "" when unknown
 * @param url       the canonical web address, or "" when unknown
 * @param authors   the bylines, in order; empty when unknown
 * @param published the day of publication, or null when unknown
 */
public record ArticleMeta(String outlet, String url, List<String> authors, LocalDate published) {

    /** Nothing known. */
    public static final ArticleMeta NONE = new ArticleMeta("", "", List.of(), null);

    public ArticleMeta {
        outlet = outlet == null ? "" : outlet.strip();
        url = url == null ? "" : url.strip();
        authors = authors == null ? List.of() : authors.stream().map(String::strip).filter(a -> !a.isEmpty())
                .distinct().toList();
    }

    /** The day of publication, if known. */
    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** True when nothing is known. */
    public boolean isEmpty() {
        return outlet.isEmpty() && url.isEmpty() && authors.isEmpty() && published == null;
    }

    /** These details, with the gaps filled from {@code other}. */
    public ArticleMeta orElse(ArticleMeta other) {
        return new ArticleMeta(outlet.isEmpty() ? other.outlet : outlet, url.isEmpty() ? other.url : url,
                authors.isEmpty() ? other.authors : authors, published != null ? published : other.published);
    }
}
