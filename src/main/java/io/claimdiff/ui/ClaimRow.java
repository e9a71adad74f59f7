package io.claimdiff.ui;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.project.ClaimEntry;

/** One line of the claims table. */
public record ClaimRow(String id, String articleId, String article, String speaker, String party, String stance,
                       String text, String tags, String note, String rule, boolean analyst) {

    static ClaimRow of(ClaimEntry entry, Article article) {
        Claim c = entry.claim();
        String text = article == null || c.content().end() > article.text().length() ? ""
                : c.content().of(article.text()).replaceAll("\\s+", " ").strip();
        return new ClaimRow(c.id(), c.articleId(), article == null ? c.articleId() : article.fileName(), c.speaker(),
                c.party(), c.stance().id(), text, String.join(", ", entry.tags()), entry.note(), c.rule(),
                entry.provenance() == io.claimdiff.project.Provenance.ANALYST);
    }

    /** Whether any column contains {@code needle} (lower case). */
    boolean matches(String needle) {
        return needle.isEmpty() || contains(text, needle) || contains(speaker, needle) || contains(party, needle)
                || contains(stance, needle) || contains(tags, needle) || contains(note, needle)
                || contains(article, needle);
    }

    private static boolean contains(String hay, String needle) {
        return hay != null && hay.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
