package io.claimdiff.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Blocking for the pairwise comparison: an inverted index from topic features to claims, so that
 * only claims sharing enough rare features are ever compared across articles. Claims of one article
 * are all compared with each other (a news article holds a few dozen); in an article with more
 * than {@link #ALL_PAIRS_UP_TO} claims (a transcript, a long report, a pasted collection) only
 * those sharing at least one indexed feature are, or one such article costs millions of pairs.
 */
final class CandidateIndex {

    /** A feature held by more claims than this says nothing about a pair and is not indexed. */
    static final int MAX_POSTINGS = 400;
    /** Cross-article pairs must share at least this many indexed features. */
    static final int MIN_SHARED = 2;
    /** Articles with up to this many claims compare every pair of their own claims. */
    static final int ALL_PAIRS_UP_TO = 300;

    private CandidateIndex() {
    }

    /** Candidate pairs as {@code i * n + j} with {@code i < j}, in ascending order, all articles one event. */
    static long[] pairs(List<ClaimProfile> profiles) {
        return pairs(profiles, Events.ALL_TOGETHER);
    }

    /** Candidate pairs as {@code i * n + j} with {@code i < j}, in ascending order, within events only. */
    static long[] pairs(List<ClaimProfile> profiles, Events events) {
        int n = profiles.size();
        Map<String, Integer> ids = new HashMap<>();
        int[][] keys = new int[n][];
        for (ClaimProfile p : profiles) {
            keys[p.index()] = keys(p).stream().mapToInt(k -> ids.computeIfAbsent(k, x -> ids.size())).toArray();
        }
        int[][] postings = postings(keys, ids.size());
        Map<Integer, Integer> articleSizes = new HashMap<>();
        profiles.forEach(p -> articleSizes.merge(p.article(), 1, Integer::sum));
        LongList out = new LongList();
        int[] counts = new int[n];
        int[] touched = new int[n];
        for (ClaimProfile p : profiles) {
            int i = p.index();
            boolean allPairsHere = articleSizes.get(p.article()) <= ALL_PAIRS_UP_TO;
            int nTouched = 0;
            for (int key : keys[i]) {
                int[] list = postings[key];
                if (list.length > MAX_POSTINGS) {
                    continue;
                }
                for (int j : list) {
                    boolean sameArticle = profiles.get(j).article() == p.article();
                    if (j > i && !(sameArticle && allPairsHere) && events.together(p.article(), profiles.get(j).article())
                            && counts[j]++ == 0) {
                        touched[nTouched++] = j;
                    }
                }
            }
            for (int t = 0; t < nTouched; t++) {
                int j = touched[t];
                int needed = profiles.get(j).article() == p.article() ? 1 : MIN_SHARED;
                if (counts[j] >= needed) {
                    out.add((long) i * n + j);
                }
                counts[j] = 0;
            }
            for (int j = i + 1; allPairsHere && j < n && profiles.get(j).article() == p.article(); j++) {
                out.add((long) i * n + j);
            }
        }
        long[] result = out.toArray();
        Arrays.sort(result);
        return result;
    }

    /** For each key id, the claims holding it, in ascending order. */
    private static int[][] postings(int[][] keys, int keyCount) {
        int[] sizes = new int[keyCount];
        for (int[] k : keys) {
            for (int key : k) {
                sizes[key]++;
            }
        }
        int[][] postings = new int[keyCount][];
        for (int key = 0; key < keyCount; key++) {
            postings[key] = new int[sizes[key]];
        }
        int[] fill = new int[keyCount];
        for (int i = 0; i < keys.length; i++) {
            for (int key : keys[i]) {
                postings[key][fill[key]++] = i;
            }
        }
        return postings;
    }

    /** The features a claim is indexed under; its own speaker too: "X denied it" meets "X is in talks". */
    private static Set<String> keys(ClaimProfile p) {
        Set<String> keys = new LinkedHashSet<>(p.features().keySet());
        keys.addAll(p.subject());
        return keys;
    }

    /** A growable array of longs, to keep millions of pairs off the boxed heap. */
    private static final class LongList {
        private long[] data = new long[1024];
        private int size;

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
