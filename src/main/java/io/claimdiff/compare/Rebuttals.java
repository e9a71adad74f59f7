package io.claimdiff.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A blanket rebuttal ("denied the report", "it is fake news", "there is no merit to this filing")
 * answers a whole case, not one sentence of it: it disputes every statement in which the side it
 * rebuts makes that case. The side rebutted is the one the rebuttal names ("Bloomberg's story is
 * wrong"), else the side whose statements are about the one rebutting (what Mayorga says about
 * Ronaldo, not what the police say about the case), else the side of its best answer so far. Of
 * that side's statements within ten of the rebuttal, those about the one rebutting and those alike
 * in words are disputed, and anywhere those that stand by the case itself ("we stand by our
 * story"); then the same case as the other outlets of the event tell it.
 */
final class Rebuttals {

    /** Nouns for a case as a whole: denying one of these denies what it says. */
    private static final Set<String> CASE_WORDS = Set.of(
            "report", "reports", "reporting", "story", "stories", "claim", "claims", "allegation",
            "allegations", "accusation", "accusations", "charge", "charges", "lawsuit", "suit", "filing",
            "complaint", "statement", "statements", "news", "article", "articles", "assertion", "assertions",
            "remarks", "comments", "account", "version");
    /** Relations by which a speaker calls someone his own: "our client", "my colleague". */
    private static final Set<String> OURS = Set.of("client", "clients", "colleague", "colleagues", "president",
            "leader", "candidate", "member", "friend", "partner", "player", "captain", "boss", "chairman", "founder");
    /** How far apart (in claims) two statements of one article can be one case or one position. */
    static final int CASE_REACH = 10;
    /** At most this many sides saying as much about the one rebutting are all his accusers. */
    private static final int MAX_ACCUSERS = 2;
    /** Prepositions whose object is dealt with, not accused. */
    private static final Set<String> PARTNER = Set.of("with", "to", "toward", "towards");
    private static final Set<String> STAND = Set.of("stand", "stands", "stood", "standing");
    /** A rebuttal passed on to the rest of a case counts a little less than its best answer. */
    private static final double PASSED_ON = 0.9;
    /** What a rebuttal with no answer yet is worth when it names the side it rebuts. */
    private static final double NAMED = 0.6;

    private final Similarity similarity;

    private final Map<Integer, List<ClaimProfile>> clusters;

    /** {@code clusters}: each clustered claim's cluster, by index ({@link Clusters#members}). */
    Rebuttals(Similarity similarity, Map<Integer, List<ClaimProfile>> clusters) {
        this.similarity = similarity;
        this.clusters = clusters;
    }

    /** Links each blanket rebuttal to the rest of the case it rebuts: in its article, then in the event's others. */
    void extend(List<ClaimProfile> profiles, Events events, ContradictionSet contradictions) {
        Map<Integer, List<ClaimProfile>> byArticle = Profiles.byArticle(profiles);
        for (List<ClaimProfile> article : byArticle.values()) {
            List<ClaimProfile> others = new ArrayList<>();
            Set<Integer> close = new HashSet<>();
            for (var e : byArticle.entrySet()) {
                if (e.getKey() != article.get(0).article() && events.together(e.getKey(), article.get(0).article())) {
                    others.addAll(e.getValue());
                    if (events.close(e.getKey(), article.get(0).article())) {
                        close.add(e.getKey());
                    }
                }
            }
            for (ClaimProfile rebuttal : article) {
                if (rebuttal.rejects() && blanket(rebuttal)) {
                    extend(rebuttal, article, others, close, contradictions);
                }
            }
        }
    }

    private void extend(ClaimProfile rebuttal, List<ClaimProfile> article, List<ClaimProfile> others,
                        Set<Integer> close, ContradictionSet contradictions) {
        ContradictionSet.Link best = contradictions.best(rebuttal);
        Set<String> named = namedSides(rebuttal, article);
        Set<String> rebutted = !named.isEmpty() ? named : sidesSpeakingAbout(rebuttal, article);
        if (rebutted.isEmpty() && best != null) {
            rebutted = best.affirming().sides();
        }
        if (rebutted.isEmpty()) {
            rebutted = answeredBefore(rebuttal, article, contradictions);
        }
        if (rebutted.isEmpty()) {
            return;
        }
        if (best != null && Collections.disjoint(best.affirming().sides(), rebutted)) {
            // it answers its accuser: a bystander's nearby statement that says nothing of it is not the case
            for (ClaimProfile claim : article) {
                if (Collections.disjoint(claim.sides(), rebutted) && !about(claim, rebuttal)) {
                    contradictions.remove(rebuttal, claim);
                }
            }
            best = contradictions.best(rebuttal);
        }
        double score = PASSED_ON * (best == null ? NAMED : best.score());
        List<ClaimProfile> told = new ArrayList<>();
        for (ClaimProfile claim : article) {
            // a live blog or a round-up tells many stories: far from the rebuttal, "about him" is not enough
            boolean near = Math.abs(claim.order() - rebuttal.order()) <= CASE_REACH;
            if (partOfCase(claim, rebuttal, rebutted) && (standsBy(claim) || near
                    && (about(claim, rebuttal) || similarity.score(claim, rebuttal) >= PairJudge.SIM_IN_ARTICLE))) {
                contradictions.offerDerived(rebuttal, claim, score);
                told.add(claim);
            }
        }
        acrossOutlets(rebuttal, rebutted, caseWords(rebuttal, told), others, close, contradictions, score * PASSED_ON);
    }

    /**
     * The same case as other outlets tell it: what the rebutted side says there about the one
     * rebutting, sharing a word with the case. A whole country is named by half of any story, so it
     * counts as naming him only in an article surely of the same event.
     */
    private void acrossOutlets(ClaimProfile rebuttal, Set<String> rebutted, Set<String> caseWords,
                               List<ClaimProfile> others, Set<Integer> close, ContradictionSet contradictions,
                               double score) {
        for (ClaimProfile claim : others) {
            boolean namesHim = close.contains(claim.article()) ? about(claim, rebuttal)
                    : namesAny(claim, Matter.specific(rebuttal.subject()));
            if (partOfCase(claim, rebuttal, rebutted) && !claim.headline() && (standsBy(claim)
                    || namesHim && sharesAny(claim, caseWords)
                    || about(claim, rebuttal) && similarity.score(claim, rebuttal) >= PairJudge.SIM_IN_ARTICLE)) {
                contradictions.offerDerived(rebuttal, claim, score);
            }
        }
    }

    /**
     * The words of what is in dispute: those of the rebuttal, of its restatements in other outlets
     * ("Ronaldo says rape accusation is fake news") and of the case as its own article tells it.
     * Another outlet's statement about the one rebutting is part of the case only if it shares one
     * (an interview about his new club is about him, but not what "fake news" answers).
     */
    private Set<String> caseWords(ClaimProfile rebuttal, List<ClaimProfile> told) {
        Set<String> words = new HashSet<>();
        List<ClaimProfile> sources = new ArrayList<>(clusters.getOrDefault(rebuttal.index(), List.of(rebuttal)));
        sources.addAll(told);
        for (ClaimProfile p : sources) {
            p.features().keySet().stream().filter(f -> !f.startsWith("@")).forEach(words::add);
        }
        return words;
    }

    private static boolean sharesAny(ClaimProfile claim, Set<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        for (String f : claim.features().keySet()) {
            if (words.contains(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfCase(ClaimProfile claim, ClaimProfile rebuttal, Set<String> rebutted) {
        return claim.disputable() && claim.otherSideThan(rebuttal) && !Collections.disjoint(claim.sides(), rebutted);
    }

    /** True when the rebuttal points at a case as a whole rather than saying what it denies. */
    static boolean blanket(ClaimProfile claim) {
        return claim.anaphoric() || mentionsCase(claim);
    }

    private static boolean mentionsCase(ClaimProfile claim) {
        for (Tokens.Token t : Tokens.of(claim.text(), 0, claim.text().length())) {
            if (CASE_WORDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whom the same speaker answers in his nearest other rebuttal of the article: "There is no
     * truth to this", said after his own account, answers the accuser of his "denies all allegations".
     */
    private static Set<String> answeredBefore(ClaimProfile rebuttal, List<ClaimProfile> article,
                                              ContradictionSet contradictions) {
        ContradictionSet.Link nearest = null;
        for (ClaimProfile claim : article) {
            ContradictionSet.Link link = claim != rebuttal && claim.rejects() && PairJudge.sameSource(claim, rebuttal)
                    ? contradictions.best(claim) : null;
            if (link != null && (nearest == null || Math.abs(claim.order() - rebuttal.order())
                    < Math.abs(nearest.rejecting().order() - rebuttal.order()))) {
                nearest = link;
            }
        }
        return nearest == null ? Set.of() : nearest.affirming().sides();
    }

    /** The sides of other speakers in the article that the rebuttal names. */
    private static Set<String> namedSides(ClaimProfile rebuttal, List<ClaimProfile> article) {
        Set<String> out = new HashSet<>();
        for (ClaimProfile claim : article) {
            if (claim.affirms() && claim.otherSideThan(rebuttal) && namesAny(rebuttal, claim.subject())) {
                out.addAll(claim.sides());
            }
        }
        return out;
    }

    /** The side that says most about the one rebutting: its accuser. */
    private static Set<String> sidesSpeakingAbout(ClaimProfile rebuttal, List<ClaimProfile> article) {
        Set<Set<String>> allies = new HashSet<>();
        for (ClaimProfile claim : article) {
            if (callsOurs(claim, rebuttal)) {
                allies.add(claim.sides());
            }
        }
        Map<Set<String>, Integer> counts = new HashMap<>();
        for (ClaimProfile claim : article) {
            if (claim.affirms() && claim.otherSideThan(rebuttal) && about(claim, rebuttal) && !allies.contains(claim.sides())) {
                counts.merge(claim.sides(), 1, Integer::sum);
            }
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        Set<String> best = new HashSet<>();
        int tied = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() == most) {
                best.addAll(e.getKey());
                tied++;
            }
        }
        // two sides that say as much about him (the woman, the magazine that reported her) both accuse
        // him; with more, no one stands out as the accuser
        return tied <= MAX_ACCUSERS ? best : Set.of();
    }

    /**
     * True when {@code claim} calls the one rebutting "our client", "my colleague": its speaker
     * speaks for him (his lawyer, his club), whatever party the extraction gave it.
     */
    private static boolean callsOurs(ClaimProfile claim, ClaimProfile rebutter) {
        List<Tokens.Token> words = Tokens.of(claim.text(), 0, claim.text().length());
        for (int i = 2; i < words.size(); i++) {
            if (!rebutter.subject().contains("@" + words.get(i).lower())) {
                continue;
            }
            // "our client Ronaldo", or with a first name between: "our client Cristiano Ronaldo"
            for (int relation = i - 1; relation >= Math.max(1, i - 2); relation--) {
                String owner = words.get(relation - 1).lower();
                if (OURS.contains(words.get(relation).lower()) && (owner.equals("our") || owner.equals("my"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code claim} names the speaker or a side of {@code subject}. */
    static boolean about(ClaimProfile claim, ClaimProfile subject) {
        if (!namesAny(claim, subject.subject())) {
            return false;
        }
        // "work constructively with India", "restrictions with Tanzania", "told her Indian counterpart":
        // one dealt with is not one accused; "India's role", "agents of India", "raped by him" are
        List<Tokens.Token> words = Tokens.of(claim.text(), 0, claim.text().length());
        for (int i = 0; i < words.size(); i++) {
            String name = "@" + Lexicon.SIDES.getOrDefault(words.get(i).lower(), words.get(i).lower());
            if (subject.subject().contains(name) && !partner(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** True when the name at {@code i} is the object of "with" or "to", past a determiner or two. */
    private static boolean partner(List<Tokens.Token> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = words.get(k).lower();
            if (PARTNER.contains(w)) {
                return true;
            }
            if (!Lexicon.STOP.contains(w) && !Character.isUpperCase(words.get(k).raw().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    private static boolean namesAny(ClaimProfile claim, Set<String> names) {
        for (String name : names) {
            if (claim.features().containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    /** A statement that upholds the case itself: "we stand by our story", "stood by its reporting". */
    private static boolean standsBy(ClaimProfile claim) {
        List<Tokens.Token> words = Tokens.of(claim.text(), 0, claim.text().length());
        for (int i = 0; i + 1 < words.size(); i++) {
            if (STAND.contains(words.get(i).lower()) && "by".equals(words.get(i + 1).lower())) {
                for (int j = i + 2; j < Math.min(words.size(), i + 5); j++) {
                    if (CASE_WORDS.contains(words.get(j).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
