package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.project.ArticleSource;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * How a report cites an article: its label, its title and file name, and where it was read from,
 * with the import time and text hash the project keeps. Articles carry no outlet, web address or
 * publication date yet; when they do, they belong here, and every format that cites an article
 * takes them from here.
 *
 * @param label      "A1", the article's place in the report
 * @param title      the detected title; the file name when there is none
 * @param fileName   the file name of {@code path}
 * @param path       where it was read from, as given
 * @param importedAt when it was imported, or null when the project does not know
 * @param sha256     SHA-256 of its text, lower-case hex, or empty when the project does not know
 */
public record Citation(String label, String title, String fileName, String path, Instant importedAt, String sha256) {

    /** The citation of {@code article}, labelled as {@code report} labels it. */
    static Citation of(Report report, Article article) {
        ArticleSource source = report.source(article.id()).orElse(null);
        String title = article.title() == null || article.title().isBlank() ? article.fileName() : article.title().strip();
        return new Citation(report.label(article.id()), title, article.fileName(), article.path(),
                source == null ? null : source.importedAt(), source == null ? "" : source.sha256());
    }

    /** "Title · file.txt", or the file name alone when it is the title. */
    public String text() {
        return title.equals(fileName) ? fileName : title + " · " + fileName;
    }

    /**
     * Where the article can be found: its path when that is a web address, otherwise its file as a
     * {@code file:} URI (a relative path is taken from the working directory); empty when the path
     * is neither. A file URI names a place on the analyst's machine only.
     */
    public Optional<String> url() {
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
