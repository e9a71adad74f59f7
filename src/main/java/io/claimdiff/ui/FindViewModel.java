package io.claimdiff.ui;

import io.claimdiff.model.Article;
import io.claimdiff.model.TextSpan;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Find in all open articles (Ctrl+F): matches in article order, stepping with wrap-around. */
public final class FindViewModel {

    /** One occurrence of the query. */
    public record Match(String articleId, TextSpan span) {
    }

    private final Supplier<List<Article>> articles;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private List<Match> matches = List.of();
    private String query = "";
    private int current = -1;

    FindViewModel(Supplier<List<Article>> articles) {
        this.articles = articles;
    }

    /** "3 of 12", "no matches", or empty. */
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
        summary.set((current + 1) + " of " + matches.size());
        return Optional.of(matches.get(current));
    }

    private List<Match> search(String text) {
        List<Match> found = new ArrayList<>();
        if (text.isEmpty()) {
            return found;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        for (Article article : articles.get()) {
            String hay = article.text().toLowerCase(Locale.ROOT);
            // lower-casing can change lengths for a few scripts; only trust offsets when it did not
            if (hay.length() != article.text().length()) {
                continue;
            }
            for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length())) {
                found.add(new Match(article.id(), new TextSpan(at, at + needle.length())));
            }
        }
        return found;
    }
}
