package io.claimdiff.extract;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately simple extractor: every line-bounded sentence containing "said" is one claim
 * with an unknown speaker. It stands in until the attribution engine replaces it.
 */
public final class SaidSentenceExtractor implements ClaimExtractor {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\n]+[.!?]?");
    private static final Pattern SAID = Pattern.compile("\\bsaid\\b");

    @Override
    public List<Claim> extract(Article article) {
        String text = article.text();
        List<Claim> claims = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            Matcher said = SAID.matcher(text).region(sentence.start(), sentence.end());
            if (said.find()) {
                claims.add(new Claim(article.id() + "-c" + (claims.size() + 1), article.id(),
                        new TextSpan(sentence.start(), sentence.end()), new TextSpan(said.start(), said.end()),
                        null, "unknown", "unknown", Stance.ASSERT, "said-sentence", 0.1));
            }
        }
        return claims;
    }
}
