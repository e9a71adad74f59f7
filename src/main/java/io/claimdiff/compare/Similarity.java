package io.claimdiff.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Topic similarity between two claims: a cosine over their features, each weighted by how rare
 * it is among all the claims compared (names count more than words). A claim whose speaker the
 * other claim talks about ("X denied it was in talks" against "X is in talks") earns half a match.
 */
final class Similarity {

    private static final double ENTITY_BOOST = 1.5;
    private static final double SUBJECT_SHARE = 0.5;
    /** Keeps very short contents from looking identical to anything that shares one word. */
    private static final double MIN_NORM = 4.0;

    private final Map<String, Double> weights = new HashMap<>();
    private final Map<Integer, Double> norms = new HashMap<>();

    Similarity(List<ClaimProfile> profiles) {
        Map<String, Integer> df = new HashMap<>();
        for (ClaimProfile p : profiles) {
            p.features().keySet().forEach(f -> df.merge(f, 1, Integer::sum));
        }
        int n = Math.max(1, profiles.size());
        df.forEach((f, count) -> weights.put(f,
                Math.log(1.0 + (double) n / count) * (f.startsWith("@") ? ENTITY_BOOST : 1.0)));
        for (ClaimProfile p : profiles) {
            double sum = 0;
            for (String f : p.features().keySet()) {
                sum += weight(f);
            }
            norms.put(p.index(), Math.max(MIN_NORM, sum));
        }
    }

    /** The weight of one feature; features never seen weigh as the rarest. */
    double weight(String feature) {
        return weights.getOrDefault(feature, 1.0);
    }

    /** 0..1: how much the two claims are about the same thing. */
    double score(ClaimProfile a, ClaimProfile b) {
        double shared = 0;
        for (String f : a.features().keySet()) {
            if (b.features().containsKey(f)) {
                shared += weight(f);
            }
        }
        for (String f : a.subject()) {
            if (b.features().containsKey(f)) {
                shared += SUBJECT_SHARE * weight(f);
            }
        }
        for (String f : b.subject()) {
            if (a.features().containsKey(f)) {
                shared += SUBJECT_SHARE * weight(f);
            }
        }
        double norm = Math.sqrt(norms.get(a.index()) * norms.get(b.index()));
        return Math.min(1.0, shared / norm);
    }

    /** Features both claims share, heaviest first (for reasons). */
    List<String> shared(ClaimProfile a, ClaimProfile b) {
        List<String> out = new ArrayList<>();
        for (String f : a.features().keySet()) {
            if (b.features().containsKey(f)) {
                out.add(f);
            }
        }
        out.sort((x, y) -> {
            int c = Double.compare(weight(y), weight(x));
            return c != 0 ? c : x.compareTo(y);
        });
        return out;
    }
}
