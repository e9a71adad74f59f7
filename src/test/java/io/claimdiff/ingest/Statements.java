package io.claimdiff.ingest;

import io.claimdiff.extract.AttributionExtractor;
import io.claimdiff.model.Article;

import java.util.List;

/** What the extractor finds in an article, as "speaker | stance | words", to compare two formats of one text. */
final class Statements {

    private Statements() {
    }

    // a word processor or a PDF keeps no run of spaces or no-break space: the words are compared
    static List<String> of(AttributionExtractor extractor, Article a) {
        return extractor.extract(a).stream().map(c -> c.speaker() + " | " + c.stance() + " | "
                + c.content().of(a.text()).replace('\u00a0', ' ').replaceAll("\\s+", " ")).toList();
    }
}
