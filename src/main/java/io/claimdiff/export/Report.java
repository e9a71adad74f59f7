package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.project.ArticleSource;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Clash;
import io.claimdiff.project.Clashes;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Party;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A read-only view of a project for exporters: a snapshot plus the report's title, date and
 * {@link ReportOptions}, with the look-ups every format needs. Immutable, so exports can run off
 * the UI thread. Rejected links are never listed as contradictions or supports; with
 * {@link ReportOptions#confirmedOnly()} only accepted ones are listed at all.
 */
public final class Report {

    private final String title;
    private final Instant generatedAt;
    private final ProjectState state;
    private final Map<String, Article> articles;
    private final Map<String, ClaimEntry> claims;
    private final Map<String, Party> parties;
    private final ReportOptions options;
    private final List<Clash> confirmedClashes;
    private final List<Clash> unreviewedClashes;

    /** A report that lists everything ({@link ReportOptions#ALL}). */
    public Report(String title, Instant generatedAt, ProjectState state) {
        this(title, generatedAt, state, ReportOptions.ALL);
    }

    public Report(String title, Instant generatedAt, ProjectState state, ReportOptions options) {
        this.title = title;
        this.generatedAt = generatedAt;
        this.state = state;
        this.options = options;
        this.articles = index(state.articles(), Article::id);
        this.claims = index(state.claims(), ClaimEntry::id);
        this.parties = index(state.parties(), Party::name);
        this.confirmedClashes = Clashes.of(state.claims(), links(LinkKind.CONTRADICTS, LinkStatus.ACCEPTED)).all();
        this.unreviewedClashes = numberedOn(Clashes.of(state.claims(),
                links(LinkKind.CONTRADICTS, LinkStatus.PROPOSED)).all(), confirmedClashes.size());
    }

    /** A report of {@code project} as it is now that lists everything. */
    public static Report of(Project project, String title, Instant generatedAt) {
        return of(project, title, generatedAt, ReportOptions.ALL);
    }

    /** A report of {@code project} as it is now. */
    public static Report of(Project project, String title, Instant generatedAt, ReportOptions options) {
        return new Report(title, generatedAt, project.snapshot(), options);
    }

    public ReportOptions options() {
        return options;
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

    /** "A1", "A2", ... by the article's place in the report; the id itself for an article not in it. */
    public String label(String articleId) {
        for (int i = 0; i < state.articles().size(); i++) {
            if (state.articles().get(i).id().equals(articleId)) {
                return "A" + (i + 1);
            }
        }
        return articleId;
    }

    /** How the report cites the article {@code articleId}, or empty for an article not in it. */
    public Optional<Citation> citation(String articleId) {
        return Optional.ofNullable(articles.get(articleId)).map(a -> Citation.of(this, a));
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

    /**
     * The links of one kind the report lists, each with its status: accepted first, then proposed,
     * then rejected; higher scores first. With {@link ReportOptions#confirmedOnly()}, accepted ones only.
     */
    public List<Link> links(LinkKind kind) {
        return inProject(kind).filter(l -> !options.confirmedOnly() || l.status() == LinkStatus.ACCEPTED)
                .sorted(Comparator.<Link>comparingInt(l -> rank(l.status()))
                        .thenComparing(Comparator.comparingDouble(Link::score).reversed())
                        .thenComparing(Link::id))
                .toList();
    }

    /** The listed links of one kind with one status, strongest first. */
    public List<Link> links(LinkKind kind, LinkStatus status) {
        return links(kind).stream().filter(l -> l.status() == status).toList();
    }

    /** The listed links with one status: contradictions first, then supports. */
    public List<Link> links(LinkStatus status) {
        return Stream.concat(links(LinkKind.CONTRADICTS, status).stream(), links(LinkKind.SUPPORTS, status).stream())
                .toList();
    }

    /**
     * The accepted contradictions grouped into clashes (one dispute, every outlet's version of it),
     * K1 first.
     */
    public List<Clash> confirmedClashes() {
        return confirmedClashes;
    }

    /**
     * The unreviewed contradiction proposals grouped into clashes, numbered on from the confirmed
     * ones; none with {@link ReportOptions#confirmedOnly()}.
     */
    public List<Clash> unreviewedClashes() {
        return unreviewedClashes;
    }

    /** How many links of this kind and status the project has, whether the report lists them or not. */
    public long count(LinkKind kind, LinkStatus status) {
        return inProject(kind).filter(l -> l.status() == status).count();
    }

    private Stream<Link> inProject(LinkKind kind) {
        return state.links().stream().filter(l -> l.kind() == kind)
                .filter(l -> claims.containsKey(l.a()) && claims.containsKey(l.b()));
    }

    // K1, K2, ... after the confirmed ones, so that no two clashes of one report share a label
    private static List<Clash> numberedOn(List<Clash> clashes, int after) {
        List<Clash> out = new ArrayList<>(clashes.size());
        for (Clash c : clashes) {
            out.add(new Clash("K" + (after + out.size() + 1), c.affirmed(), c.rejecting(), c.links()));
        }
        return List.copyOf(out);
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
