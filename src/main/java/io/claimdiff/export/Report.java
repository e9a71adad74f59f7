package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.project.ArticleSource;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Clashes;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Party;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectState;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A read-only view of a project for exporters: a snapshot plus the report's title and date,
 * with the look-ups every format needs. Immutable, so exports can run off the UI thread.
 */
public final class Report {

    private final String title;
    private final Instant generatedAt;
    private final ProjectState state;
    private final Map<String, Article> articles;
    private final Map<String, ClaimEntry> claims;
    private final Map<String, Party> parties;
    private final Clashes clashes;

    public Report(String title, Instant generatedAt, ProjectState state) {
        this.title = title;
        this.generatedAt = generatedAt;
        this.state = state;
        this.articles = index(state.articles(), Article::id);
        this.claims = index(state.claims(), ClaimEntry::id);
        this.parties = index(state.parties(), Party::name);
        this.clashes = Clashes.of(state);
    }

    /** A report of {@code project} as it is now. */
    public static Report of(Project project, String title, Instant generatedAt) {
        return new Report(title, generatedAt, project.snapshot());
    }

    public String title() {
        return title;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public ProjectState state() {
        return state;
    }

    public List<Article> articles() {
        return state.articles();
    }

    public Optional<ArticleSource> source(String articleId) {
        return Optional.ofNullable(state.sources().get(articleId));
    }

    /** Claims in article order, then text order. */
    public List<ClaimEntry> claims() {
        return state.claims();
    }

    public List<ClaimEntry> claimsOf(String articleId) {
        return state.claims().stream().filter(e -> e.claim().articleId().equals(articleId)).toList();
    }

    public List<Party> parties() {
        return state.parties();
    }

    public Article article(String id) {
        return articles.get(id);
    }

    public ClaimEntry claim(String id) {
        return claims.get(id);
    }

    /** The party's colour, grey for a party the project does not list. */
    public String colour(String party) {
        Party p = parties.get(party);
        return p == null ? "#7f7f7f" : p.colour();
    }

    /** The claim's content words. */
    public String text(Claim claim) {
        Article article = articles.get(claim.articleId());
        return article == null || claim.content().end() > article.text().length() ? ""
                : claim.content().of(article.text());
    }

    /** Links of one kind: accepted first, then proposed, then rejected; higher scores first. */
    public List<Link> links(LinkKind kind) {
        return state.links().stream().filter(l -> l.kind() == kind)
                .filter(l -> claims.containsKey(l.a()) && claims.containsKey(l.b()))
                .sorted(Comparator.<Link>comparingInt(l -> rank(l.status()))
                        .thenComparing(Comparator.comparingDouble(Link::score).reversed())
                        .thenComparing(Link::id))
                .toList();
    }

    /** The contradictions not rejected, grouped into clashes (one dispute, every outlet's version of it). */
    public Clashes clashes() {
        return clashes;
    }

    public long count(LinkKind kind, LinkStatus status) {
        return links(kind).stream().filter(l -> l.status() == status).count();
    }

    private static int rank(LinkStatus status) {
        return switch (status) {
            case ACCEPTED -> 0;
            case PROPOSED -> 1;
            case REJECTED -> 2;
        };
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, t -> t, (x, y) -> x, LinkedHashMap::new));
    }
}
