package io.claimdiff.project;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Contradiction;
import io.claimdiff.model.Support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the analyst works on: articles, claims with their tags and notes, parties and
 * links with decisions. Engine results come in through {@link #setEngineClaims} and
 * {@link #setEngineLinks}; the analyst's changes come in only through {@link ProjectEdits}
 * commands, so they can be undone. Not thread-safe: the UI uses it from its own thread.
 */
public final class Project {

    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, ClaimEntry> claims = new HashMap<>();
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final Map<String, Link> links = new HashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private int manualClaims;

    // ---- queries

    public List<Article> articles() {
        return List.copyOf(articles.values());
    }

    public Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** All claims, in article order, then text order. */
    public List<ClaimEntry> claims() {
        List<String> order = new ArrayList<>(articles.keySet());
        return claims.values().stream()
                .sorted(Comparator.<ClaimEntry>comparingInt(e -> order.indexOf(e.claim().articleId()))
                        .thenComparingInt(e -> e.claim().content().start())
                        .thenComparingInt(e -> e.claim().content().end())
                        .thenComparing(ClaimEntry::id))
                .toList();
    }

    public List<ClaimEntry> claimsOf(String articleId) {
        return claims().stream().filter(e -> e.claim().articleId().equals(articleId)).toList();
    }

    public Optional<ClaimEntry> claim(String id) {
        return Optional.ofNullable(claims.get(id));
    }

    /** Parties in order of first appearance. */
    public List<Party> parties() {
        return List.copyOf(parties.values());
    }

    public Optional<Party> party(String name) {
        return Optional.ofNullable(parties.get(name));
    }

    /** Links, accepted first, then proposed, then rejected; higher scores first within each. */
    public List<Link> links() {
        return links.values().stream()
                .sorted(Comparator.<Link>comparingInt(l -> switch (l.status()) {
                    case ACCEPTED -> 0;
                    case PROPOSED -> 1;
                    case REJECTED -> 2;
                }).thenComparing(Comparator.comparingDouble(Link::score).reversed()).thenComparing(Link::id))
                .toList();
    }

    public List<Link> links(LinkKind kind) {
        return links().stream().filter(l -> l.kind() == kind).toList();
    }

    public Optional<Link> link(String id) {
        return Optional.ofNullable(links.get(id));
    }

    /** Every tag used in the project, sorted. */
    public List<String> tags() {
        Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        claims.values().forEach(e -> tags.addAll(e.tags()));
        return List.copyOf(tags);
    }

    public int claimCount(String party) {
        return (int) claims.values().stream().filter(e -> e.claim().party().equals(party)).count();
    }

    // ---- engine results (not undoable: proposals, not the analyst's edits)

    public void addArticle(Article article) {
        articles.put(article.id(), article);
        changed();
    }

    /** Removes an article with its claims and every link that touches them. */
    public void removeArticle(String articleId) {
        if (articles.remove(articleId) == null) {
            return;
        }
        Set<String> gone = new HashSet<>();
        claims.values().removeIf(e -> {
            boolean remove = e.claim().articleId().equals(articleId);
            if (remove) {
                gone.add(e.id());
            }
            return remove;
        });
        links.values().removeIf(l -> gone.contains(l.a()) || gone.contains(l.b()));
        changed();
    }

    /**
     * Replaces the engine's claims of one article. Claims the analyst created, edited, tagged or
     * annotated stay; a new engine claim over the same span as one of those is dropped.
     */
    public void setEngineClaims(String articleId, List<Claim> engineClaims) {
        Set<String> removed = new HashSet<>();
        claims.values().removeIf(e -> {
            boolean drop = e.claim().articleId().equals(articleId) && !isAnalystWork(e);
            if (drop) {
                removed.add(e.id());
            }
            return drop;
        });
        links.values().removeIf(l -> l.status() == LinkStatus.PROPOSED && l.provenance() == Provenance.ENGINE
                && (removed.contains(l.a()) || removed.contains(l.b())));
        Set<String> keptSpans = new HashSet<>();
        claims.values().stream().filter(e -> e.claim().articleId().equals(articleId))
                .forEach(e -> keptSpans.add(e.claim().content().toString()));
        for (Claim claim : engineClaims) {
            if (!keptSpans.contains(claim.content().toString()) && !claims.containsKey(claim.id())) {
                claims.put(claim.id(), ClaimEntry.fromEngine(claim));
                ensureParty(claim.party());
            }
        }
        changed();
    }

    /**
     * Replaces the engine's undecided proposals; links the analyst decided on or made stay, and
     * a new proposal for a pair already decided is dropped.
     */
    public void setEngineLinks(ClaimGraph graph) {
        links.values().removeIf(l -> l.status() == LinkStatus.PROPOSED && l.provenance() == Provenance.ENGINE);
        for (Contradiction c : graph.contradictions()) {
            proposeLink(LinkKind.CONTRADICTS, c.a(), c.b(), c.score(), c.reason());
        }
        for (Support s : graph.supports()) {
            proposeLink(LinkKind.SUPPORTS, s.a(), s.b(), s.score(), s.reason());
        }
        changed();
    }

    /** The engine's claims as they stand, for comparing across articles. */
    public List<Claim> currentClaims() {
        return claims().stream().map(ClaimEntry::claim).toList();
    }

    /** A fresh id for a claim the analyst creates in {@code articleId}. */
    public String newManualClaimId(String articleId) {
        String id;
        do {
            id = articleId + "-m" + (++manualClaims);
        } while (claims.containsKey(id));
        return id;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    // ---- used by commands

    void putClaim(String id, ClaimEntry entry) {
        if (entry == null) {
            claims.remove(id);
        } else {
            claims.put(id, entry);
            ensureParty(entry.claim().party());
        }
    }

    void putLink(String id, Link link) {
        if (link == null) {
            links.remove(id);
        } else {
            links.put(id, link);
        }
    }

    void putParty(String name, Party party) {
        if (party == null) {
            parties.remove(name);
        } else {
            parties.put(name, party);
        }
    }

    void changed() {
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }

    private void proposeLink(LinkKind kind, String a, String b, double score, String reason) {
        String id = Link.idFor(kind, a, b);
        if (!links.containsKey(id) && claims.containsKey(a) && claims.containsKey(b)) {
            links.put(id, new Link(id, kind, a, b, score, reason, LinkStatus.PROPOSED, Provenance.ENGINE, ""));
        }
    }

    private void ensureParty(String name) {
        parties.computeIfAbsent(name, n -> new Party(n, PartyPalette.colour(parties.size()), false));
    }

    private static boolean isAnalystWork(ClaimEntry e) {
        return e.provenance() == Provenance.ANALYST || !e.tags().isEmpty() || !e.note().isEmpty();
    }
}
