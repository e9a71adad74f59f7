package io.claimdiff.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Topic similarity between two claims: a cosine over their features, each weighted by how rare
 * it is among all the claims compared (names count more than words). A claim whose speaker the
 * other claim talks about ("X denied it was in talks" against "X is in talks") earns half a match;
 * a shared feature that one claim says no to and the other does not ("no deal" against "a deal is
 * close") is the point of a clash and counts more.
 */
final class Similarity {

    private static final double ENTITY_BOOST = 1.5;
    private static final double SUBJECT_SHARE = 0.5;
    /** Keeps very short contents from looking identical to anything that shares one word. */
    private static final double MIN_NORM = 4.0;
    private static final double CLASH_POINT = 1.5;

    private final Map<String, Integer> ids = new HashMap<>();
    private final double[] weights;
    /** Per claim index: its feature ids, ascending (ids to let a pair be scored by a merge, not by hashing). */
    private final int[][] features;
    private final int[][] subjects;
    private final boolean[][] negated;
    private final double[] norms;

    Similarity(List<ClaimProfile> profiles) {
        Map<String, Integer> df = new HashMap<>();
        for (ClaimProfile p : profiles) {
            p.features().keySet().forEach(f -> df.merge(f, 1, Integer::sum));
        }
        List<String> names = new ArrayList<>(df.keySet());
        names.sort(null);
        int n = Math.max(1, profiles.size());
        weights = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String f = names.get(i);
            ids.put(f, i);
            weights[i] = Math.log(1.0 + (double) n / df.get(f)) * (f.startsWith("@") ? ENTITY_BOOST : 1.0);
        }
        features = new int[profiles.size()][];
        subjects = new int[profiles.size()][];
        norms = new double[profiles.size()];
        negated = new boolean[profiles.size()][];
        for (ClaimProfile p : profiles) {
            int[] fs = p.features().keySet().stream().mapToInt(ids::get).sorted().toArray();
            features[p.index()] = fs;
            negated[p.index()] = new boolean[fs.length];
            for (int k = 0; k < fs.length; k++) {
                // a denial says no to all it names, negated or not ("denied that they had spoken")
                negated[p.index()][k] = p.rejects() || p.features().get(names.get(fs[k]));
            }
            subjects[p.index()] = p.subject().stream().filter(ids::containsKey).mapToInt(ids::get).sorted().toArray();
            double sum = 0;
            for (int f : features[p.index()]) {
                sum += weights[f];
            }
            norms[p.index()] = Math.max(MIN_NORM, sum);
        }
    }

    /** 0..1: how much the two claims are about the same thing. */
    double score(ClaimProfile a, ClaimProfile b) {
        int[] fa = features[a.index()];
        int[] fb = features[b.index()];
        boolean[] na = negated[a.index()];
        boolean[] nb = negated[b.index()];
        double shared = 0;
        for (int i = 0, j = 0; i < fa.length && j < fb.length;) {
            if (fa[i] == fb[j]) {
                shared += weights[fa[i]] * (na[i] != nb[j] ? CLASH_POINT : 1.0);
                i++;
                j++;
            } else if (fa[i] < fb[j]) {
                i++;
            } else {
                j++;
            }
        }
        shared += SUBJECT_SHARE * (mentioned(subjects[a.index()], fb) + mentioned(subjects[b.index()], fa));
        return Math.min(1.0, shared / Math.sqrt(norms[a.index()] * norms[b.index()]));
    }

    private double mentioned(int[] subject, int[] topic) {
        double sum = 0;
        for (int s : subject) {
            if (Arrays.binarySearch(topic, s) >= 0) {
                sum += weights[s];
            }
        }
        return sum;
    }
}
