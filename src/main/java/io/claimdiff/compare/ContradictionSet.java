package io.claimdiff.compare;

import io.claimdiff.model.Contradiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contradictions proposed so far, one per pair, each oriented from the claim that rejects to
 * the claim it rejects. Keeps the strongest link per pair and prunes each rejecting claim's weaker
 * targets.
 */
final class ContradictionSet {

    /** Proposals weaker than this are dropped. */
    static final double MIN_SCORE = 0.45;
    /** A rejecting claim keeps targets at least this close to its best one. */
    static final double NEAR_BEST = 0.65;
    /** A denial answers a few statements; beyond these it is matching on topic alone. */
    static final int MAX_TARGETS = 6;

    /** One proposal: {@code rejecting} disputes {@code affirming}. */
    record Link(ClaimProfile rejecting, ClaimProfile affirming, double score) {
    }

    private final Map<Long, Link> links = new HashMap<>();
    private final Map<Integer, Link> bestByRejecting = new HashMap<>();
    /** Links passed on from another (to the rest of a case, to other outlets): exempt from the per-claim caps. */
    private final Set<Long> derived = new HashSet<>();
    private final int size;

    ContradictionSet(int size) {
        this.size = size;
    }

    /** Adds or strengthens the link between two claims. */
    void offer(ClaimProfile rejecting, ClaimProfile affirming, double score) {
        long key = key(rejecting.index(), affirming.index());
        Link old = links.get(key);
        if (old == null || old.score() < score) {
            derived.remove(key);
            Link link = new Link(rejecting, affirming, score);
            links.put(key, link);
            bestByRejecting.merge(rejecting.index(), link, (x, y) -> x.score() >= y.score() ? x : y);
        }
    }

    /**
     * Adds a link passed on from another one; unlike a link judged on its own it is not capped per
     * rejecting claim, since it stands for the same dispute told again. A direct link wins.
     */
    void offerDerived(ClaimProfile rejecting, ClaimProfile affirming, double score) {
        long key = key(rejecting.index(), affirming.index());
        if (!links.containsKey(key)) {
            links.put(key, new Link(rejecting, affirming, score));
            derived.add(key);
            bestByRejecting.putIfAbsent(rejecting.index(), links.get(key));
        }
    }

    /** Withdraws a link, if there is one; the rejecting claim's best is worked out again. */
    void remove(ClaimProfile rejecting, ClaimProfile affirming) {
        long key = key(rejecting.index(), affirming.index());
        if (links.remove(key) == null) {
            return;
        }
        derived.remove(key);
        bestByRejecting.remove(rejecting.index());
        for (Link l : links.values()) {
            if (l.rejecting() == rejecting) {
                bestByRejecting.merge(rejecting.index(), l, (x, y) -> x.score() >= y.score() ? x : y);
            }
        }
    }

    /** The strongest target of a rejecting claim so far. */
    Link best(ClaimProfile rejecting) {
        return bestByRejecting.get(rejecting.index());
    }

    /**
     * Drops weak links and, per rejecting claim, the targets far below its best, all but the best
     * one in each other article (one outlet's version of a statement is enough), and those beyond
     * the few best.
     */
    void prune() {
        links.entrySet().removeIf(e -> e.getValue().score() < MIN_SCORE
                || !derived.contains(e.getKey())
                && e.getValue().score() < NEAR_BEST * bestByRejecting.get(e.getValue().rejecting().index()).score());
        derived.retainAll(links.keySet());
        bestByRejecting.values().removeIf(l -> l.score() < MIN_SCORE);
        Map<Integer, List<Link>> byRejecting = new HashMap<>();
        for (Link l : links()) {
            byRejecting.computeIfAbsent(l.rejecting().index(), k -> new ArrayList<>()).add(l);
        }
        for (List<Link> targets : byRejecting.values()) {
            targets.sort(Comparator.comparingDouble(Link::score).reversed()
                    .thenComparingInt(l -> l.affirming().index()));
            Set<Integer> otherArticles = new HashSet<>();
            int kept = 0;
            for (Link l : targets) {
                if (derived.contains(key(l.rejecting().index(), l.affirming().index()))) {
                    continue;
                }
                boolean across = l.affirming().article() != l.rejecting().article();
                if (kept >= MAX_TARGETS || across && !otherArticles.add(l.affirming().article())) {
                    links.remove(key(l.rejecting().index(), l.affirming().index()));
                } else {
                    kept++;
                }
            }
        }
    }

    /** The links in pair order (the order does not depend on how they were added). */
    List<Link> links() {
        List<Long> keys = new ArrayList<>(links.keySet());
        keys.sort(null);
        List<Link> out = new ArrayList<>(keys.size());
        keys.forEach(k -> out.add(links.get(k)));
        return out;
    }

    /** The proposals, strongest first, ties in claim order; {@code a} is the affirmed claim. */
    List<Contradiction> toContradictions() {
        List<Link> sorted = links();
        sorted.sort(Comparator.comparingDouble(Link::score).reversed()
                .thenComparingInt(l -> Math.min(l.rejecting().index(), l.affirming().index()))
                .thenComparingInt(l -> Math.max(l.rejecting().index(), l.affirming().index())));
        List<Contradiction> out = new ArrayList<>();
        for (Link l : sorted) {
            out.add(new Contradiction(l.affirming().claim().id(), l.rejecting().claim().id(),
                    Math.round(l.score() * 1000) / 1000.0, Reasons.contradiction(l.rejecting(), l.affirming())));
        }
        return out;
    }

    private long key(int a, int b) {
        return (long) Math.min(a, b) * size + Math.max(a, b);
    }
}
