package io.claimdiff.ui.workspace;

import io.claimdiff.app.AppContext;
import io.claimdiff.compare.ClaimComparer;
import io.claimdiff.extract.ClaimExtractor;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Contradiction;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, predictable engine for view-model tests (and the view's GUI tests): "X said Y." and
 * "X denied Y." sentences become claims by X (party = X's last word), and every deny contradicts
 * the assert before it.
 */
public final class FakeEngine implements ClaimExtractor, ClaimComparer {

    private static final Pattern SENTENCE = Pattern.compile("([A-Z][a-z]+(?: [A-Z][a-z]+)?) (said|denied) ([^.]+)\\.");

    /** An app context whose extractor and comparer are this engine. */
    public static AppContext context() {
        FakeEngine engine = new FakeEngine();
        return new AppContext(new ArticleLoader(), engine, engine);
    }

    @Override
    public List<Claim> extract(Article article) {
        List<Claim> claims = new ArrayList<>();
        Matcher m = SENTENCE.matcher(article.text());
        while (m.find()) {
            String speaker = m.group(1);
            String party = speaker.substring(speaker.lastIndexOf(' ') + 1);
            Stance stance = m.group(2).equals("denied") ? Stance.DENY : Stance.ASSERT;
            claims.add(new Claim(article.id() + "-c" + (claims.size() + 1), article.id(),
                    new TextSpan(m.start(3), m.end(3)), new TextSpan(m.start(2), m.end(2)),
                    new TextSpan(m.start(1), m.end(1)), speaker, party, stance, "fake", 0.5));
        }
        return claims;
    }

    @Override
    public ClaimGraph compare(List<Article> articles, List<Claim> claims) {
        List<Contradiction> found = new ArrayList<>();
        Claim lastAssert = null;
        for (Claim c : claims) {
            if (c.stance() == Stance.ASSERT) {
                lastAssert = c;
            } else if (lastAssert != null && !lastAssert.party().equals(c.party())) {
                found.add(new Contradiction(lastAssert.id(), c.id(), 0.9,
                        c.party() + " denies what " + lastAssert.party() + " asserts"));
            }
        }
        return new ClaimGraph(found, List.of(), List.of());
    }
}
