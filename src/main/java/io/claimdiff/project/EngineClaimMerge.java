package io.claimdiff.project;

import io.claimdiff.model.Claim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Merges a fresh engine run over one article into the claims the project has for it. Engine ids
 * shift between runs (a new claim early in the text renumbers the rest), so a fresh claim is
 * matched to an old one by content span, then by content text, and takes the old id: links,
 * tags and notes that point at the old id keep pointing at the same statement.
 */
final class EngineClaimMerge {

    /** What the article's claims become, and which old ids are gone. */
    record Result(Map<String, ClaimEntry> claims, Set<String> removed) {
    }

    private EngineClaimMerge() {
    }

    /**
     * @param text    the article's current text
     * @param old     the project's claims of the article
     * @param fresh   the engine's new claims of the article
     * @param pinned  ids that must survive even if the engine no longer finds them (decided links)
     * @param taken   ids used elsewhere in the project
     */
    static Result merge(String text, List<ClaimEntry> old, List<Claim> fresh, Set<String> pinned,
                        Predicate<String> taken) {
        Map<String, Deque<ClaimEntry>> bySpan = new HashMap<>();
        Map<String, Deque<ClaimEntry>> byText = new HashMap<>();
        for (ClaimEntry entry : old) {
            bySpan.computeIfAbsent(entry.claim().content().toString(), k -> new ArrayDeque<>()).add(entry);
            byText.computeIfAbsent(key(text, entry.claim()), k -> new ArrayDeque<>()).add(entry);
        }
        Map<String, ClaimEntry> result = new LinkedHashMap<>();
        Set<String> matched = new HashSet<>();
        List<Claim> unmatched = new ArrayList<>();
        for (Claim claim : fresh) {
            ClaimEntry match = take(bySpan.get(claim.content().toString()), matched);
            if (match == null && !byText.isEmpty()) {
                // a new article has no old claims: no need to normalise every claim's words
                match = take(byText.get(key(text, claim)), matched);
            }
            if (match == null) {
                unmatched.add(claim);
            } else if (match.provenance() == Provenance.ANALYST) {
                result.put(match.id(), match);
            } else {
                result.put(match.id(), new ClaimEntry(withId(claim, match.id()), Provenance.ENGINE, match.tags(),
                        match.note()));
            }
        }
        for (ClaimEntry entry : old) {
            if (!matched.contains(entry.id()) && (isAnalystWork(entry) || pinned.contains(entry.id()))) {
                result.put(entry.id(), entry);
            }
        }
        Set<String> oldIds = new HashSet<>();
        old.forEach(e -> oldIds.add(e.id()));
        Set<String> keptSpans = new HashSet<>();
        result.values().forEach(e -> keptSpans.add(e.claim().content().toString()));
        for (Claim claim : unmatched) {
            if (!keptSpans.add(claim.content().toString())) {
                continue;
            }
            String id = claim.id();
            // an old id, even one being dropped, may still be named by a proposed link: never reuse it
            for (int n = 1; result.containsKey(id) || oldIds.contains(id) || pinned.contains(id) || taken.test(id); n++) {
                id = claim.id() + "-r" + n;
            }
            result.put(id, ClaimEntry.fromEngine(withId(claim, id)));
        }
        Set<String> removed = new HashSet<>(oldIds);
        removed.removeAll(result.keySet());
        return new Result(result, removed);
    }

    static boolean isAnalystWork(ClaimEntry e) {
        return e.provenance() == Provenance.ANALYST || !e.tags().isEmpty() || !e.note().isEmpty();
    }

    private static ClaimEntry take(Deque<ClaimEntry> candidates, Set<String> matched) {
        if (candidates == null) {
            return null;
        }
        while (!candidates.isEmpty()) {
            ClaimEntry next = candidates.poll();
            if (matched.add(next.id())) {
                return next;
            }
        }
        return null;
    }

    private static String key(String text, Claim claim) {
        if (claim.content().end() > text.length()) {
            return "\u0000" + claim.id();
        }
        return claim.content().of(text).replaceAll("[\\s\u00a0]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static Claim withId(Claim c, String id) {
        return new Claim(id, c.articleId(), c.content(), c.cue(), c.speakerSpan(), c.speaker(), c.party(), c.stance(),
                c.rule(), c.confidence());
    }
}
