package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.model.ArticleMeta;
import io.claimdiff.project.ArticleSource;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * How a report cites an article: its label, its title, outlet and date where known, its file name,
 * and where it was read from, with the import time and text hash the project keeps. Every format
 * that cites an article takes it from here.
 *
 * @param label      "A1", the article's place in the report
 * @param title      the detected title; the file name when there is none
 * @param fileName   the file name of {@code path}
 * @param path       where it was read from, as given
 * @param importedAt when it was imported, or null when the project does not know
 * @param sha256     SHA-256 of its text, lower-case hex, or empty when the project does not know
 * @param meta       its outlet, web address, authors and date, as far as known
 */
public record Citation(String label, String title, String fileName, String path, Instant importedAt, String sha256,
                       ArticleMeta meta) {

    public Citation {
        meta = meta == null ? ArticleMeta.NONE : meta;
    }

    /** The citation of {@code article}, labelled as {@code report} labels it. */
    static Citation of(Report report, Article article) {
        ArticleSource source = report.source(article.id()).orElse(null);
        String title = article.title() == null || article.title().isBlank() ? article.fileName() : article.title().strip();
        return new Citation(report.label(article.id()), title, article.fileName(), article.path(),
                source == null ? null : source.importedAt(), source == null ? "" : source.sha256(), article.meta());
    }

    /** "Title · Outlet · 2024-11-11 · file.txt": what is known, the file name last (alone when it is the title). */
    public String text() {
        StringBuilder out = new StringBuilder(title.equals(fileName) ? "" : title + " · ");
        if (!meta.outlet().isEmpty()) {
            out.append(meta.outlet()).append(" · ");
        }
        meta.publishedDate().ifPresent(d -> out.append(d).append(" · "));
        return out.append(fileName).toString();
    }

    /**
     * Where the article can be found: its web address when known, its path when that is one, otherwise its file as a
     * {@code file:} URI (a relative path is taken from the working directory); empty when the path
     * is neither. A file URI names a place on the analyst's machine only.
     */
    public Optional<String> url() {
        if (!meta.url().isEmpty()) {
            return Optional.of(meta.url());
        }
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return Optional.of(path);
        }
        try {
            return path.isBlank() ? Optional.empty()
                    : Optional.of(Path.of(path).toAbsolutePath().normalize().toUri().toString());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
