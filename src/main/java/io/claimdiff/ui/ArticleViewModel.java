package io.claimdiff.ui;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;

/** One open article as the window shows it: the text and, once analysed, its claims. */
public final class ArticleViewModel {

    private final Article article;
    private final ReadOnlyObjectWrapper<List<Claim>> claims = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper analysisError = new ReadOnlyStringWrapper();

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

    public ReadOnlyObjectProperty<List<Claim>> claimsProperty() {
        return claims.getReadOnlyProperty();
    }

    /** Set when analysis of this article failed; the pane shows it. */
    public ReadOnlyStringProperty analysisErrorProperty() {
        return analysisError.getReadOnlyProperty();
    }

    void setClaims(List<Claim> value) {
        claims.set(List.copyOf(value));
    }

    void setAnalysisError(String message) {
        analysisError.set(message);
    }
}
