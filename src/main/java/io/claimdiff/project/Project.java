package io.claimdiff.project;

import io.claimdiff.extract.SpeakerParties;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Contradiction;
import io.claimdiff.model.Support;
import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the analyst works on: articles, claims with their tags and notes, parties and
 * links with decisions. Engine results come in through {@link #setEngineClaims} and
 * {@link #setEngineLinks}; the analyst's changes come in only through {@link ProjectEdits}
 * commands, so they can be undone. Not thread-safe: the UI uses it from its own thread.
 */
public final class Project {

    private static final Comparator<ClaimEntry> IN_TEXT_ORDER = Comparator
            .<ClaimEntry>comparingInt(e -> e.claim().content().start())
            .thenComparingInt(e -> e.claim().content().end())
            .thenComparing(ClaimEntry::id);

    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, ArticleSource> sources = new HashMap<>();
    private final Map<String, ClaimEntry> claims = new HashMap<>();
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final Map<String, Link> links = new HashMap<>();
    private final Map<String, String> tagColours = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String memo = "";
    private final List<Runnable> listeners = new ArrayList<>();
    private int manualClaims;
    private int batchDepth;
    private boolean changedInBatch;

    // ---- queries

    public List<Article> articles() {
        return List.copyOf(articles.values());
    }

    public Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** Where the article's text came from: file, SHA-256 of the text, import time. */
    public Optional<ArticleSource> source(String articleId) {
        return Optional.ofNullable(sources.get(articleId));
    }

    /** An immutable copy of everything, for saving, autosaving and exporting. */
    public ProjectState snapshot() {
        return new ProjectState(articles(), sources, claims(), parties(),
                links.values().stream().sorted(Comparator.comparing(Link::id)).toList(), memo, tagColours);
    }

    /** A project holding exactly {@code state} (an opened file), with no listeners. */
    public static Project fromState(ProjectState state) {
        Project project = new Project();
        state.articles().forEach(a -> project.articles.put(a.id(), a));
        project.sources.putAll(state.sources());
        state.parties().forEach(p -> project.parties.put(p.name(), p));
        state.claims().forEach(e -> project.putClaim(e.id(), e));
        state.links().forEach(l -> project.links.put(l.id(), l));
        project.tagColours.putAll(state.tagColours());
        project.memo = state.memo();
        return project;
    }

    /** Replaces everything with {@code state} (a project opened in the window); listeners stay. */
    public void replaceWith(ProjectState state) {
        Project loaded = fromState(state);
        articles.clear();
        articles.putAll(loaded.articles);
        sources.clear();
        sources.putAll(loaded.sources);
        claims.clear();
        claims.putAll(loaded.claims);
        parties.clear();
        parties.putAll(loaded.parties);
        links.clear();
        links.putAll(loaded.links);
        tagColours.clear();
        tagColours.putAll(loaded.tagColours);
        memo = loaded.memo;
        changed();
    }

    /** All claims, in article order, then text order. */
    public List<ClaimEntry> claims() {
        // positions looked up in a map: List.indexOf in the comparator made sorting O(n log n x articles)
        Map<String, Integer> order = new HashMap<>();
        for (String id : articles.keySet()) {
            order.put(id, order.size());
        }
        return claims.values().stream()
                .sorted(Comparator.<ClaimEntry>comparingInt(e -> order.getOrDefault(e.claim().articleId(), -1))
                        .thenComparing(IN_TEXT_ORDER))
                .toList();
    }

    /** The claims of one article in text order; the same as filtering {@link #claims()}, without sorting the rest. */
    public List<ClaimEntry> claimsOf(String articleId) {
        return claims.values().stream().filter(e -> e.claim().articleId().equals(articleId))
                .sorted(IN_TEXT_ORDER).toList();
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

    /** Every tag used in the project, sorted, each in the spelling most of its claims use. */
    public List<String> tags() {
        return tagsInUse().entrySet().stream().filter(t -> t.getValue() > 0).map(Map.Entry::getKey).toList();
    }

    /**
     * Every tag with the number of claims carrying it, sorted and looked up ignoring case; a tag
     * the analyst gave a colour is here even when no claim carries it any more.
     */
    public Map<String, Integer> tagCounts() {
        Map<String, Integer> counts = tagsInUse();
        tagColours.keySet().forEach(tag -> counts.putIfAbsent(tag, 0));
        return counts;
    }

    // tags that differ only in case are one tag, spelled as most of its claims spell it (ties: the
    // first in code-point order), so the spelling does not depend on the order claims are stored in
    private Map<String, Integer> tagsInUse() {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        claims.values().forEach(e -> e.tags().forEach(tag ->
                spellings.computeIfAbsent(tag, t -> new TreeMap<>()).merge(tag, 1, Integer::sum)));
        Map<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map<String, Integer> forms : spellings.values()) {
            String spelling = forms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            counts.put(spelling, forms.values().stream().mapToInt(Integer::intValue).sum());
        }
        return counts;
    }

    /** The colour the analyst gave {@code tag} ({@code #rrggbb}), ignoring case. */
    public Optional<String> tagColour(String tag) {
        return Optional.ofNullable(tagColours.get(tag));
    }

    /** The analyst's tag colours, by tag. */
    public Map<String, String> tagColours() {
        return Map.copyOf(tagColours);
    }

    /** The analyst's memo on the whole project; empty when there is none. */
    public String memo() {
        return memo;
    }

    /** How many claims each article has, by article id; articles without claims are absent. */
    public Map<String, Integer> claimCountsByArticle() {
        Map<String, Integer> counts = new HashMap<>();
        claims.values().forEach(e -> counts.merge(e.claim().articleId(), 1, Integer::sum));
        return counts;
    }

    /** How many claims each party has, by party name; parties without claims are absent. */
    public Map<String, Integer> claimCountsByParty() {
        Map<String, Integer> counts = new HashMap<>();
        claims.values().forEach(e -> counts.merge(e.claim().party(), 1, Integer::sum));
        return counts;
    }

    // ---- engine results (not undoable: proposals, not the analyst's edits)

    /** Adds an article loaded from {@code article.path()} now. */
    public void addArticle(Article article) {
        addArticle(article, ArticleSource.of(article.path(), article.text(), java.time.Instant.now()));
    }

    public void addArticle(Article article, ArticleSource source) {
        articles.put(article.id(), article);
        sources.put(article.id(), source);
        changed();
    }

    /**
     * Replaces an article's text with a newer version (the file changed on disk), moving every
     * claim to where its words now are. Claims whose words are gone are dropped unless they hold
     * analyst work or a decided link; those stay, clamped to the text.
     *
     * @return ids of kept claims whose words could not be found, for the UI to point out
     */
    public List<String> updateArticle(Article newVersion, ArticleSource source) {
        Article old = articles.get(newVersion.id());
        List<String> lost = new ArrayList<>();
        if (old != null && !old.text().equals(newVersion.text())) {
            Set<String> pinned = pinnedClaimIds();
            Set<String> gone = new HashSet<>();
            for (ClaimEntry e : claimsOf(old.id())) {
                Optional<Claim> moved = SpanRelocator.relocate(e.claim(), old.text(), newVersion.text());
                if (moved.isPresent()) {
                    claims.put(e.id(), new ClaimEntry(moved.get(), e.provenance(), e.tags(), e.note()));
                } else if (EngineClaimMerge.isAnalystWork(e) || pinned.contains(e.id())) {
                    int length = newVersion.text().length();
                    Claim c = e.claim();
                    claims.put(e.id(), e.withContentKeepingProvenance(SpanRelocator.clamp(c.content(), length),
                            c.cue() == null ? null : SpanRelocator.clamp(c.cue(), length)));
                    lost.add(e.id());
                } else {
                    claims.remove(e.id());
                    gone.add(e.id());
                }
            }
            links.values().removeIf(l -> gone.contains(l.a()) || gone.contains(l.b()));
        }
        // details the analyst corrected (or the file gave before) stay; the new file fills gaps only
        articles.put(newVersion.id(), old == null ? newVersion : newVersion.withMeta(old.meta().orElse(newVersion.meta())));
        sources.put(newVersion.id(), source);
        changed();
        return lost;
    }

    /** Removes an article with its claims and every link that touches them. */
    public void removeArticle(String articleId) {
        if (articles.remove(articleId) == null) {
            return;
        }
        sources.remove(articleId);
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
     * annotated stay, and so do claims named by a decided link; a new engine claim over the same
     * span or words as an old one takes the old id, so links, tags and notes keep their target.
     */
    public void setEngineClaims(String articleId, List<Claim> engineClaims) {
        String text = article(articleId).map(Article::text).orElse("");
        List<ClaimEntry> old = claimsOf(articleId);
        EngineClaimMerge.Result merge = EngineClaimMerge.merge(text, old, engineClaims, pinnedClaimIds(),
                id -> claims.containsKey(id) && !claims.get(id).claim().articleId().equals(articleId));
        merge.removed().forEach(claims::remove);
        merge.claims().forEach(this::putClaim);
        links.values().removeIf(l -> l.status() == LinkStatus.PROPOSED && l.provenance() == Provenance.ENGINE
                && (merge.removed().contains(l.a()) || merge.removed().contains(l.b())));
        agreeParties();
        changed();
    }

    /**
     * Gives claims read from an exchange file, which keeps only the reported words, the cue and
     * speaker words the engine finds for the same words. Nothing else about them changes.
     */
    public void fillInWords(String articleId, List<Claim> engineClaims) {
        Map<TextSpan, Claim> bySpan = new HashMap<>();
        engineClaims.forEach(c -> bySpan.putIfAbsent(c.content(), c));
        for (ClaimEntry e : claimsOf(articleId)) {
            Claim c = e.claim();
            Claim found = bySpan.get(c.content());
            if (found != null && c.cue().isEmpty() && c.speakerSpan() == null) {
                claims.put(e.id(), new ClaimEntry(new Claim(c.id(), c.articleId(), c.content(), found.cue(),
                        found.speakerSpan(), c.speaker(), c.party(), c.stance(), c.rule(), found.confidence()),
                        e.provenance(), e.tags(), e.note()));
            }
        }
        changed();
    }

    // one speaker, one party in every article: the engine's claims follow what all claims reveal
    // (the analyst's corrections among them); the analyst's own claims are never changed
    private void agreeParties() {
        Set<String> left = new HashSet<>();
        for (Claim agreed : SpeakerParties.agree(currentClaims())) {
            ClaimEntry e = claims.get(agreed.id());
            if (e != null && e.provenance() == Provenance.ENGINE && !Objects.equals(agreed.party(), e.claim().party())) {
                left.add(e.claim().party());
                putClaim(agreed.id(), new ClaimEntry(agreed, Provenance.ENGINE, e.tags(), e.note()));
            }
        }
        // a party the engine gave and then took back from all of its claims is no party
        left.removeIf(name -> claims.values().stream().anyMatch(e -> name.equals(e.claim().party())));
        left.forEach(parties::remove);
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

    void setTagColours(Map<String, String> colours) {
        tagColours.clear();
        tagColours.putAll(colours);
    }

    void setMemo(String value) {
        memo = value;
    }

    void setArticleMeta(String articleId, io.claimdiff.model.ArticleMeta meta) {
        articles.computeIfPresent(articleId, (id, a) -> a.withMeta(meta));
    }

    void putParty(String name, Party party) {
        if (party == null) {
            parties.remove(name);
        } else {
            parties.put(name, party);
        }
    }

    /**
     * Runs {@code changes} and tells the listeners once at the end instead of after every step
     * (opening many articles at once would otherwise refresh every panel once per article).
     */
    public void batch(Runnable changes) {
        batchDepth++;
        try {
            changes.run();
        } finally {
            batchDepth--;
            if (batchDepth == 0 && changedInBatch) {
                changedInBatch = false;
                changed();
            }
        }
    }

    void changed() {
        if (batchDepth > 0) {
            changedInBatch = true;
            return;
        }
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
        parties.computeIfAbsent(name, n -> new Party(n, PartyPalette.colourFor(n, usedColours()), false));
    }

    /** Colours already given to parties. */
    public List<String> usedColours() {
        return parties.values().stream().map(Party::colour).toList();
    }

    /** Claims that links the analyst decided on or made point at. */
    private Set<String> pinnedClaimIds() {
        Set<String> pinned = new HashSet<>();
        links.values().stream().filter(l -> l.status() != LinkStatus.PROPOSED || l.provenance() == Provenance.ANALYST)
                .forEach(l -> {
                    pinned.add(l.a());
                    pinned.add(l.b());
                });
        return pinned;
    }
}
