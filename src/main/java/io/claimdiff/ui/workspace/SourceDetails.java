package io.claimdiff.ui.workspace;

import io.claimdiff.model.ArticleMeta;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An article's source details as the window shows and edits them: one line under the pane's title
 * ("Reuters · 2024-11-11 · https://…"), and the four fields of the edit dialog read back, with a
 * plain reason when one is not acceptable.
 */
public final class SourceDetails {

    /** What the dialog's fields hold, or why they cannot be taken. */
    public record Parsed(ArticleMeta meta, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private SourceDetails() {
    }

    /** "Outlet · day · address", what is known of it; empty when nothing is. */
    public static String line(ArticleMeta meta) {
        StringBuilder out = new StringBuilder();
        append(out, meta.outlet());
        meta.publishedDate().ifPresent(d -> append(out, d.toString()));
        if (!meta.authors().isEmpty()) {
            append(out, "by " + String.join(", ", meta.authors()));
        }
        append(out, meta.url());
        return out.toString();
    }

    private static void append(StringBuilder out, String part) {
        if (!part.isEmpty()) {
            out.append(out.length() == 0 ? "" : " · ").append(part);
        }
    }

    /** The dialog's fields read back: authors comma-separated, the day as yyyy-mm-dd, an http(s) address. */
    public static Parsed parse(String outlet, String url, String authors, String published) {
        String address = url == null ? "" : url.strip();
        if (!address.isEmpty() && !address.startsWith("https://") && !address.startsWith("http://")) {
            return new Parsed(null, "The address must start with https:// or http://");
        }
        LocalDate day = null;
        String date = published == null ? "" : published.strip();
        if (!date.isEmpty()) {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                return new Parsed(null, "The publication date must be a day such as 2024-11-11");
            }
        }
        List<String> names = authors == null || authors.isBlank() ? List.of()
                : Arrays.stream(authors.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new Parsed(new ArticleMeta(outlet, address, names, day), null);
    }

    /** The articles in reading order for a dispute: oldest first by {@code day}, undated last, else as opened. */
    public static List<ArticleViewModel> oldestFirst(List<ArticleViewModel> articles,
                                                     java.util.function.Function<ArticleViewModel, LocalDate> day) {
        return articles.stream().sorted(java.util.Comparator.comparing((ArticleViewModel a) ->
                Optional.ofNullable(day.apply(a)).orElse(LocalDate.MAX))).toList();
    }
}
