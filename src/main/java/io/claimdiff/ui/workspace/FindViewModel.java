package io.claimdiff.ui.workspace;

import io.claimdiff.model.Article;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.Project;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Find (Ctrl+F) in all open articles, then in the analyst's notes and tags: matches in the text in
 * article order, then claims whose note or tag matches, then contradictions and supports whose
 * note matches; stepping wraps around. Stepping onto a note or tag selects its claim or link.
 */
public final class FindViewModel {

    /** Where a match is. */
    public enum Where {
        TEXT, CLAIM_NOTE, CLAIM_TAG, LINK_NOTE
    }

    /**
     * One occurrence of the query.
     *
     * @param articleId the article whose text matched; null for a note or tag
     * @param span      where in that text; null for a note or tag
     * @param where     the text, or whose note or tag
     * @param id        the claim or link whose note or tag matched; null in the text
     */
    public record Match(String articleId, TextSpan span, Where where, String id) {

        /** A match in an article's text. */
        public Match(String articleId, TextSpan span) {
            this(articleId, span, Where.TEXT, null);
        }
    }

    private final Project project;
    private final ClaimsViewModel claims;
    private final ContradictionsViewModel links;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private List<Match> matches = List.of();
    private String query = "";
    private int current = -1;

    public FindViewModel(Project project, ClaimsViewModel claims, ContradictionsViewModel links) {
        this.project = project;
        this.claims = claims;
        this.links = links;
    }

    /** "3 of 12", "3 of 12 · in a claim's note", "no matches", or empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Searches for {@code text} (case-insensitive) and returns the first match. */
    public Optional<Match> find(String text) {
        query = text == null ? "" : text;
        matches = search(query);
        current = -1;
        return next();
    }

    public Optional<Match> next() {
        return step(1);
    }

    public Optional<Match> previous() {
        return step(-1);
    }

    public List<Match> matches() {
        return matches;
    }

    private Optional<Match> step(int direction) {
        if (matches.isEmpty()) {
            summary.set(query.isEmpty() ? "" : "no matches");
            return Optional.empty();
        }
        current = current < 0 ? (direction > 0 ? 0 : matches.size() - 1)
                : Math.floorMod(current + direction, matches.size());
        Match match = matches.get(current);
        summary.set((current + 1) + " of " + matches.size() + label(match));
        switch (match.where()) {
            case CLAIM_NOTE, CLAIM_TAG -> claims.select(match.id());
            case LINK_NOTE -> links.select(match.id());
            case TEXT -> { }
        }
        return Optional.of(match);
    }

    private String label(Match match) {
        return switch (match.where()) {
            case TEXT -> "";
            case CLAIM_NOTE -> " · in a claim's note";
            case CLAIM_TAG -> " · in a claim's tag";
            case LINK_NOTE -> project.link(match.id()).filter(l -> l.kind() == LinkKind.SUPPORTS).isPresent()
                    ? " · in a support's note" : " · in a contradiction's note";
        };
    }

    private List<Match> search(String text) {
        List<Match> found = new ArrayList<>();
        if (text.isEmpty()) {
            return found;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        for (Article article : project.articles()) {
            String hay = article.text().toLowerCase(Locale.ROOT);
            // lower-casing can change lengths for a few scripts; only trust offsets when it did not
            if (hay.length() != article.text().length()) {
                continue;
            }
            for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length())) {
                found.add(new Match(article.id(), new TextSpan(at, at + needle.length())));
            }
        }
        for (ClaimEntry e : project.claims()) {
            if (contains(e.note(), needle)) {
                found.add(new Match(null, null, Where.CLAIM_NOTE, e.id()));
            } else if (e.tags().stream().anyMatch(tag -> contains(tag, needle))) {
                found.add(new Match(null, null, Where.CLAIM_TAG, e.id()));
            }
        }
        for (Link link : project.links()) {
            if (contains(link.note(), needle)) {
                found.add(new Match(null, null, Where.LINK_NOTE, link.id()));
            }
        }
        return found;
    }

    private static boolean contains(String hay, String needle) {
        return hay.toLowerCase(Locale.ROOT).contains(needle);
    }
}
