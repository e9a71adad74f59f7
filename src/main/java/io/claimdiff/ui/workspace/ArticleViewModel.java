package io.claimdiff.ui.workspace;

import io.claimdiff.model.Article;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One open article as the window shows it. Its claims live in the project. */
public final class ArticleViewModel {

    private final Article article;
    private final ReadOnlyIntegerWrapper claimCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper analysisError = new ReadOnlyStringWrapper("");
    private PreparedHighlights precomputed;

    public ArticleViewModel(Article article) {
        this.article = article;
    }

    public Article article() {
        return article;
    }

    public String title() {
        return article.title();
    }

    public String fileName() {
        return article.fileName();
    }

    public ReadOnlyIntegerProperty claimCountProperty() {
        return claimCount.getReadOnlyProperty();
    }

    /** Set when analysis of this article failed; the pane shows it. */
    public ReadOnlyStringProperty analysisErrorProperty() {
        return analysisError.getReadOnlyProperty();
    }

    void setClaimCount(int value) {
        claimCount.set(value);
    }

    /** Shows {@code message} in the article's pane: its analysis or its highlighting failed. */
    public void setAnalysisError(String message) {
        analysisError.set(message);
    }

    /** Highlights worked out before the pane was built, for the pane to take once. */
    void offerHighlights(PreparedHighlights highlights) {
        precomputed = highlights;
    }

    /** The offered highlights, once; null when none were offered or they were taken already. */
    public PreparedHighlights takeHighlights() {
        PreparedHighlights taken = precomputed;
        precomputed = null;
        return taken;
    }
}
