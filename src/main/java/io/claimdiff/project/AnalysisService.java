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

    /** The longest paragraph {@link #readSelection} reads: a few sentences. */
    private static final int MAX_READ = 2_000;
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

    /**
     * The engine's reading of the paragraph that holds {@code selection}: the claim it finds there
     * that overlaps the selection, if any. The rest of the article is blanked, not cut, so offsets
     * stay those of the article; a paragraph read alone knows nothing of earlier pronouns.
     */
    public java.util.Optional<Claim> readSelection(Article article, io.claimdiff.model.TextSpan selection) {
        String text = article.text();
        int start = Math.max(0, Math.min(selection.start(), text.length()));
        int end = Math.max(start, Math.min(selection.end(), text.length()));
        int from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int to = text.indexOf('\n', end);
        to = to < 0 ? text.length() : to;
        if (to - from > MAX_READ) {
            return java.util.Optional.empty(); // a wall of text is no sentence to read on the UI's behalf
        }
        char[] blanked = new char[text.length()];
        java.util.Arrays.fill(blanked, ' ');
        text.getChars(from, to, blanked, from);
        Article paragraph = new Article(article.id(), article.path(), article.title(), new String(blanked), List.of());
        return extractor.extract(paragraph).stream().filter(c -> c.content().overlaps(selection)
                || c.cue().overlaps(selection)).findFirst();
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
