package io.claimdiff.ui.workspace;

import io.claimdiff.model.Article;

/**
 * An article's highlights worked out off the FX thread before its pane exists, in whatever form the
 * view shows them. The workspace only carries them from the job that opened the article to the
 * article's view model; a pane takes them only if its own {@link HighlightInputs} equal
 * {@link #inputs()}.
 */
public interface PreparedHighlights {

    /** What the highlights were worked out from. */
    HighlightInputs inputs();

    /** Works out an article's highlights in the job that opens it. */
    @FunctionalInterface
    interface Preparer {

        /** Prepares nothing: every pane works out its own highlights once it is shown. */
        Preparer NONE = (article, inputs) -> null;

        /**
         * The highlights of {@code article} from {@code inputs}, or null for none. Pure; runs on a
         * background thread.
         */
        PreparedHighlights prepare(Article article, HighlightInputs inputs);
    }
}
