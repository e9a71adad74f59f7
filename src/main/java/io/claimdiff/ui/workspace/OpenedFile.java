package io.claimdiff.ui.workspace;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.project.ArticleSource;

import java.util.List;

/**
 * What opening one file gave: its article and, once analysed, its claims; or the error that kept
 * it from opening.
 *
 * @param article       the article, or null when the file could not be opened
 * @param source        where it came from (path, SHA-256 of the text, when), worked out with it
 * @param error         why the file could not be opened, naming it; null when it opened
 * @param notes         what the analyst should know about an opened file (an assumed charset)
 * @param claims        the engine's claims, or null when they were not (or could not be) extracted
 * @param analysisError why extraction failed, naming the file; null otherwise
 */
record OpenedFile(Article article, ArticleSource source, String error, List<String> notes, List<Claim> claims,
                  String analysisError) {

    /** An article read now; its text's hash is worked out here, off the FX thread. */
    static OpenedFile loaded(Article article, List<String> notes) {
        return new OpenedFile(article, ArticleSource.of(article.path(), article.text(), java.time.Instant.now()), null,
                List.copyOf(notes), null, null);
    }

    static OpenedFile failed(String error) {
        return new OpenedFile(null, null, error, List.of(), null, null);
    }

    OpenedFile withClaims(List<Claim> found) {
        return new OpenedFile(article, source, error, notes, List.copyOf(found), null);
    }

    OpenedFile withAnalysisError(String message) {
        return new OpenedFile(article, source, error, notes, null, message);
    }
}
