package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds hand-written articles and their claims for tests; content is located by its text. */
final class Fixture {

    final List<Article> articles = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();

    /** Adds an article whose first line is its title. */
    Article article(String id, String text) {
        Article a = new Article(id, "test/" + id + ".txt", text.substring(0, text.indexOf('\n')), text, List.of());
        articles.add(a);
        return a;
    }

    /** Adds a claim whose content is the first occurrence of {@code content} in the article. */
    Claim claim(Article article, String id, String content, String speaker, String party, Stance stance) {
        int at = article.text().indexOf(content);
        if (at < 0) {
            throw new IllegalArgumentException("not in " + article.id() + ": " + content);
        }
        Claim c = new Claim(id, article.id(), new TextSpan(at, at + content.length()), new TextSpan(at, at), null,
                speaker, party, stance, "test", 1.0);
        claims.add(c);
        return c;
    }

    /** True when the graph proposes a contradiction between the two claims, in either order. */
    static boolean paired(ClaimGraph g, String a, String b) {
        return g.contradictions().stream().anyMatch(c -> Set.of(c.a(), c.b()).equals(Set.of(a, b)));
    }
}
