package io.claimdiff.ui;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;

import java.util.List;

/**
 * What opening one file gave: its article and, once analysed, its claims; or the error that kept
 * it from opening.
 *
 * @param article       the article, or null when the file could not be opened
 * @param error         why the file could not be opened, naming it; null when it opened
 * @param notes         what the analyst should know about an opened file (an assumed charset)
 * @param claims        the engine's claims, or null when they were not (or could not be) extracted
 * @param analysisError why extraction failed, naming the file; null otherwise
 */
record OpenedFile(Article article, String error, List<String> notes, List<Claim> claims, String analysisError) {

    static OpenedFile loaded(Article article, List<String> notes) {
        return new OpenedFile(article, null, List.copyOf(notes), null, null);
    }

    static OpenedFile failed(String error) {
        return new OpenedFile(null, error, List.of(), null, null);
    }

    OpenedFile withClaims(List<Claim> found) {
        return new OpenedFile(article, error, notes, List.copyOf(found), null);
    }

    OpenedFile withAnalysisError(String message) {
        return new OpenedFile(article, error, notes, null, message);
    }
}
