package io.claimdiff.ingest;

import io.claimdiff.model.Article;

import java.util.List;

/**
 * An article as loaded, with notes for the analyst about how it was read ("FILE: decoded as
 * windows-1252 …"). Notes are not errors: the article is usable; the GUI shows them as
 * notifications and the command line as stderr lines.
 */
public record LoadedArticle(Article article, List<String> notes) {

    public LoadedArticle {
        notes = List.copyOf(notes);
    }
}
