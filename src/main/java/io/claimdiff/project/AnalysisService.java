package io.claimdiff.project;

import io.claimdiff.compare.ClaimComparer;
import io.claimdiff.extract.ClaimExtractor;
import io.claimdiff.extract.SpeakerParties;
import io.claimdiff.model.Analysis;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;

import java.util.ArrayList;
import java.util.List;

/** Runs the engine over articles: extraction per article, then comparison over all claims. */
public final class AnalysisService {

    private final ClaimExtractor extractor;
    private final ClaimComparer comparer;

    public AnalysisService(ClaimExtractor extractor, ClaimComparer comparer) {
        this.extractor = extractor;
        this.comparer = comparer;
    }

    /** Claims of one article. */
    public List<Claim> extract(Article article) {
        return extractor.extract(article);
    }

    /** Compares claims already extracted. */
    public ClaimGraph compare(List<Article> articles, List<Claim> claims) {
        return comparer.compare(articles, claims);
    }

    /**
     * Extracts every article and compares all claims; an article whose extraction fails is left
     * out and handed to {@code failed}, so one bad article never costs the others.
     */
    public Analysis analyze(List<Article> articles, java.util.function.BiConsumer<Article, Throwable> failed) {
        List<Article> analysed = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (Article article : articles) {
            try {
                claims.addAll(extractor.extract(article));
                analysed.add(article);
            } catch (RuntimeException | StackOverflowError e) {
                failed.accept(article, e);
            }
        }
        List<Claim> agreed = SpeakerParties.agree(claims);
        return new Analysis(analysed, agreed, comparer.compare(analysed, agreed));
    }

    /** Extracts every article and compares all claims. */
    public Analysis analyze(List<Article> articles) {
        List<Claim> claims = new ArrayList<>();
        for (Article article : articles) {
            claims.addAll(extractor.extract(article));
        }
        List<Claim> agreed = SpeakerParties.agree(claims);
        return new Analysis(articles, agreed, comparer.compare(articles, agreed));
    }
}
