package io.claimdiff.project;

import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contradiction links of a project grouped into {@link Clash}es: two claims are in one clash
 * when a chain of contradiction links the analyst has not rejected joins them. Engine proposals
 * carry a dispute to every outlet's version of both statements, so one clash stands for many
 * links. Pure and deterministic: the same claims and links give the same clashes.
 */
public final class Clashes {

    /**
     * Strongest first: links the analyst accepted before proposals, then by score, then by id. This
     * is also the order of {@link Project#links()} within those two statuses.
     */
    public static final Comparator<Link> STRONGEST_FIRST = Comparator
            .<Link>comparingInt(l -> l.status() == LinkStatus.ACCEPTED ? 0 : 1)
            .thenComparing(Comparator.comparingDouble(Link::score).reversed())
            .thenComparing(Link::id);

    private final List<Clash> all;
    private final Map<String, Clash> byLink = new HashMap<>();

    private Clashes(List<Clash> all) {
        this.all = List.copyOf(all);
        for (Clash clash : all) {
            clash.links().forEach(l -> byLink.put(l.id(), clash));
        }
    }

    /** The clashes of a saved or exported project. */
    public static Clashes of(ProjectState state) {
        return of(state.claims(), state.links());
    }

    /**
     * The clashes among {@code links}; links of other kinds, rejected ones and those naming a claim
     * not in {@code claims} are left out.
     *
     * @param claims the project's claims in article order, then text order (it orders the articles)
     */
    public static Clashes of(List<ClaimEntry> claims, List<Link> links) {
        Map<String, Claim> byId = new HashMap<>();
        Map<String, Integer> articleOrder = new HashMap<>();
        for (ClaimEntry e : claims) {
            byId.put(e.id(), e.claim());
            articleOrder.putIfAbsent(e.claim().articleId(), articleOrder.size());
        }
        List<Link> usable = links.stream()
                .filter(l -> l.kind() == LinkKind.CONTRADICTS && l.status() != LinkStatus.REJECTED)
                .filter(l -> !l.a().equals(l.b()) && byId.containsKey(l.a()) && byId.containsKey(l.b()))
                .sorted(STRONGEST_FIRST).toList();
        Components components = new Components();
        usable.forEach(l -> components.join(l.a(), l.b()));
        // insertion order is the order of each component's strongest link: that gives the labels
        Map<String, List<Link>> groups = new LinkedHashMap<>();
        usable.forEach(l -> groups.computeIfAbsent(components.root(l.a()), k -> new ArrayList<>()).add(l));
        List<Clash> clashes = new ArrayList<>();
        for (List<Link> group : groups.values()) {
            clashes.add(clash("K" + (clashes.size() + 1), group, byId, articleOrder));
        }
        return new Clashes(clashes);
    }

    /** Every clash, K1 first. */
    public List<Clash> all() {
        return all;
    }

    /** The clash a link belongs to; empty for rejected links, supports and unknown ids. */
    public Optional<Clash> containing(String linkId) {
        return Optional.ofNullable(byLink.get(linkId));
    }

    private static Clash clash(String label, List<Link> links, Map<String, Claim> claims,
                               Map<String, Integer> articleOrder) {
        // a claim reached from both sides stays where its strongest link put it
        Map<String, Boolean> affirmedById = new LinkedHashMap<>();
        for (Link link : links) {
            boolean aRejects = rejectsFirst(link, claims);
            affirmedById.putIfAbsent(aRejects ? link.b() : link.a(), true);
            affirmedById.putIfAbsent(aRejects ? link.a() : link.b(), false);
        }
        return new Clash(label, side(affirmedById, true, claims, articleOrder),
                side(affirmedById, false, claims, articleOrder), links);
    }

    /**
     * Whether {@code a} is the rejecting claim. The engine always puts the affirmed claim in
     * {@code a} (see {@link io.claimdiff.model.Contradiction}); the analyst's own link reads "a
     * contradicts b", unless only {@code b} is a denial, which then is the side that rejects.
     */
    private static boolean rejectsFirst(Link link, Map<String, Claim> claims) {
        if (link.provenance() != Provenance.ANALYST) {
            return false;
        }
        boolean aDenies = claims.get(link.a()).stance() == Stance.DENY;
        boolean bDenies = claims.get(link.b()).stance() == Stance.DENY;
        return aDenies || !bDenies;
    }

    private static ClashSide side(Map<String, Boolean> affirmedById, boolean affirmed, Map<String, Claim> claims,
                                  Map<String, Integer> articleOrder) {
        List<String> ids = new ArrayList<>();
        affirmedById.forEach((id, isAffirmed) -> {
            if (isAffirmed == affirmed) {
                ids.add(id);
            }
        });
        Set<String> parties = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        ids.forEach(id -> {
            if (claims.get(id).party() != null) {
                parties.add(claims.get(id).party());
            }
            articles.add(claims.get(id).articleId());
        });
        List<String> sortedArticles = new ArrayList<>(articles);
        sortedArticles.sort(Comparator.comparingInt((String a) -> articleOrder.getOrDefault(a, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder()));
        return new ClashSide(ids, sortedArticles, List.copyOf(parties));
    }

    /** Union-find over claim ids. */
    private static final class Components {
        private final Map<String, String> parent = new HashMap<>();

        void join(String a, String b) {
            String ra = root(a);
            String rb = root(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }

        String root(String id) {
            String at = id;
            while (true) {
                String up = parent.getOrDefault(at, at);
                if (up.equals(at)) {
                    return at;
                }
                String grand = parent.getOrDefault(up, up);
                parent.put(at, grand);
                at = grand;
            }
        }
    }
}
