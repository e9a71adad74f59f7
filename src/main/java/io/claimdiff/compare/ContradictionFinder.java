package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison engine: proposes contradictions between claims of different sides, supports
 * (two sides saying the same), and clusters of one source's statement reported several times,
 * within and across articles. Lexical: names, content words, event concepts, negation and stance,
 * plus linking a pointing denial ("a pure invention") to the statement it answers. Only pairs that
 * share rare features are compared across articles, so the cost grows with overlap, not with the
 * square of the number of claims. Pure and deterministic.
 */
public final class ContradictionFinder implements ClaimComparer {

    /** Creates a finder with the default thresholds. */
    public ContradictionFinder() {
        // stateless: everything lives in one compare() call
    }

    @Override
    public ClaimGraph compare(List<Article> articles, List<Claim> claims) {
        List<String> texts = articles.stream().map(Article::text).toList();
        Set<String> names = Tokens.names(texts);
        List<ClaimProfile> profiles = Profiles.of(articles, claims, names);
        Events events = Events.of(articles.stream().map(ContradictionFinder::withoutFurniture).toList(), names);
        Similarity similarity = new Similarity(profiles);
        PairJudge judge = new PairJudge(similarity, events);
        ContradictionSet contradictions = new ContradictionSet(profiles.size());
        Clusters clusters = new Clusters(profiles.size());
        List<Support> supports = new ArrayList<>();
        int n = profiles.size();
        for (long pair : CandidateIndex.pairs(profiles, events)) {
            ClaimProfile a = profiles.get((int) (pair / n));
            ClaimProfile b = profiles.get((int) (pair % n));
            PairJudge.Verdict v = judge.judge(a, b);
            if (v.kind() == PairJudge.Kind.SAME_SOURCE) {
                clusters.join(a.index(), b.index());
            } else if (v.kind() != PairJudge.Kind.NONE && headlinesMatch(a, b)) {
                if (v.kind() == PairJudge.Kind.CONTRADICTION) {
                    ClaimProfile rejecting = Opposition.rejecting(a, b);
                    contradictions.offer(rejecting, rejecting == a ? b : a, v.score());
                } else {
                    supports.add(new Support(a.claim().id(), b.claim().id(), round(v.score()), Reasons.support(a, b)));
                }
            }
        }
        resolvePointing(profiles, new DenialTargeter(similarity), contradictions, supports);
        contradictions.prune();
        new Rebuttals(similarity, clusters.members(profiles)).extend(profiles, events, contradictions);
        new DisputeSpreader(profiles, similarity, clusters).spread(contradictions);
        contradictions.prune();
        return new ClaimGraph(contradictions.toContradictions(), sortSupports(supports), clusterIds(profiles, clusters));
    }

    /** Links each pointing reaction to what it answers; a follow-up denial inherits its predecessor's target. */
    private static void resolvePointing(List<ClaimProfile> profiles, DenialTargeter targeter,
                                        ContradictionSet contradictions, List<Support> supports) {
        Map<Integer, List<ClaimProfile>> byArticle = Profiles.byArticle(profiles);
        for (List<ClaimProfile> article : byArticle.values()) {
            for (int k = 0; k < article.size(); k++) {
                ClaimProfile p = article.get(k);
                if (!p.anaphoric()) {
                    continue;
                }
                ClaimProfile prev = k > 0 ? article.get(k - 1) : null;
                ContradictionSet.Link inherited = prev != null && p.rejects() && prev.rejects()
                        && PairJudge.sameSource(prev, p) ? contradictions.best(prev) : null;
                if (inherited != null) {
                    contradictions.offer(p, inherited.affirming(), inherited.score() * DisputeSpreader.PASSED_ON);
                    continue;
                }
                targeter.resolve(p, article).ifPresent(t -> {
                    if (p.rejects()) {
                        contradictions.offer(p, t.claim(), t.score());
                    } else {
                        supports.add(new Support(t.claim().claim().id(), p.claim().id(), round(t.score()),
                                Reasons.support(t.claim(), p)));
                    }
                });
            }
        }
    }

    /** The article's text with its page furniture (comment forms, captions) blanked: it names no event. */
    private static String withoutFurniture(Article article) {
        if (article.furniture().isEmpty()) {
            return article.text();
        }
        char[] chars = article.text().toCharArray();
        for (var span : article.furniture()) {
            java.util.Arrays.fill(chars, Math.min(span.start(), chars.length), Math.min(span.end(), chars.length), ' ');
        }
        return new String(chars);
    }

    /** Within one article, a headline is compared with the headline only; the body with the body. */
    static boolean headlinesMatch(ClaimProfile a, ClaimProfile b) {
        return a.article() != b.article() || a.headline() == b.headline();
    }

    private static List<Support> sortSupports(List<Support> supports) {
        Map<String, Support> unique = new HashMap<>();
        for (Support s : supports) {
            String key = s.a().compareTo(s.b()) < 0 ? s.a() + "\n" + s.b() : s.b() + "\n" + s.a();
            unique.merge(key, s, (x, y) -> x.score() >= y.score() ? x : y);
        }
        List<Support> out = new ArrayList<>(unique.values());
        out.sort(Comparator.comparingDouble(Support::score).reversed()
                .thenComparing(Support::a).thenComparing(Support::b));
        return out;
    }

    private static List<List<String>> clusterIds(List<ClaimProfile> profiles, Clusters clusters) {
        List<List<String>> out = new ArrayList<>();
        for (List<Integer> group : clusters.groups()) {
            out.add(group.stream().map(i -> profiles.get(i).claim().id()).toList());
        }
        return out;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
