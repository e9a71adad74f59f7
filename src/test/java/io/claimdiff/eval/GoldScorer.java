package io.claimdiff.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A faithful Java port of {@code shared/eval/score.py}: one-to-one claim matching by normalised key
 * containment (maximising matches, then right speakers, then right stances), speaker check by
 * aliases, optional gold items, contradiction recall and precision, and, when the gold directory
 * holds {@code propositions.json}, proposition recall (with every pairing of members of contradicting
 * propositions acceptable for precision).
 */
public final class GoldScorer {

    /** A predicted claim as the JSON contract carries it; {@code article} is the article's file name. */
    public record Pred(String id, String article, String text, String speaker, String party, String stance) {
    }

    /** A proposed contradiction between two predicted claim ids. */
    public record Pair(String a, String b) {
    }

    /**
     * The figures score.py reports, unrounded. {@code hasPropositions} says whether the gold has
     * contradicting propositions; without them the two proposition figures are 0 and not reported.
     */
    public record Figures(int claimsGold, int claimsFound, int falseAlarms, double detectionPrecision,
                          double detectionRecall, double detectionF1, double speakerAccuracy, double stanceAccuracy,
                          double fullMatchF1, int contradictionsDirect, int contradictionsDirectFound,
                          double contradictionRecall, int contradictionsProposed, double contradictionPrecision,
                          boolean hasPropositions, int propositionPairsDirect, double propositionRecall,
                          List<String> details) {

        /** The figures as score.py's {@code --json} prints them: same keys, same order, rounded alike. */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("claims_gold", claimsGold);
            m.put("claims_found", claimsFound);
            m.put("false_alarms", falseAlarms);
            m.put("detection_precision", r(detectionPrecision));
            m.put("detection_recall", r(detectionRecall));
            m.put("detection_f1", r(detectionF1));
            m.put("speaker_accuracy", r(speakerAccuracy));
            m.put("stance_accuracy", r(stanceAccuracy));
            m.put("full_match_f1", r(fullMatchF1));
            m.put("contradictions_direct", contradictionsDirect);
            m.put("contradictions_direct_found", contradictionsDirectFound);
            m.put("contradiction_recall", r(contradictionRecall));
            m.put("contradictions_proposed", contradictionsProposed);
            m.put("contradiction_precision", r(contradictionPrecision));
            if (hasPropositions) {
                m.put("proposition_pairs_direct", propositionPairsDirect);
                m.put("proposition_recall", r(propositionRecall));
            }
            return m;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            details.forEach(d -> b.append(d).append('\n'));
            toMap().forEach((k, v) -> b.append(String.format(Locale.ROOT, "%-32s %s%n", k, v)));
            return b.toString();
        }

        // Python's round(x, 3) rounds the exact binary value half to even: round(0.0625, 3) is 0.062
        private static double r(double x) {
            return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9 ]+");
    private static final Map<Character, Character> QUOTES = Map.ofEntries(Map.entry('\u201c', '"'),
            Map.entry('\u201d', '"'), Map.entry('\u201e', '"'), Map.entry('\u00ab', '"'), Map.entry('\u00bb', '"'),
            Map.entry('\u2018', '\''), Map.entry('\u2019', '\''), Map.entry('\u201a', '\''), Map.entry('\u2032', '\''),
            Map.entry('\u2013', '-'), Map.entry('\u2014', '-'), Map.entry('\u2012', '-'), Map.entry('\u00a0', ' '));

    /** Two contradicting propositions as sets of gold endpoints ({@link #endpoint}), and the strength. */
    private record PropositionPair(Set<String> p, Set<String> q, String strength) {
    }

    private final Map<String, JsonNode> gold;
    private final List<JsonNode> clusters;
    private final List<PropositionPair> propositions;

    private GoldScorer(Map<String, JsonNode> gold, List<JsonNode> clusters, List<PropositionPair> propositions) {
        this.gold = gold;
        this.clusters = clusters;
        this.propositions = propositions;
    }

    /**
     * Reads every gold file of a directory (and clusters.json and propositions.json if present), in
     * name order like score.py.
     */
    public static GoldScorer load(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> gold = new TreeMap<>();
        List<JsonNode> clusters = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (name.equals("propositions.json")) {
                continue;
            }
            JsonNode data = read(json, p);
            if (name.equals("clusters.json")) {
                data.path("clusters").forEach(clusters::add);
            } else {
                gold.put(data.get("article").asText(), data);
            }
        }
        Path propositions = dir.resolve("propositions.json");
        return new GoldScorer(gold, clusters,
                Files.exists(propositions) ? propositionPairs(read(json, propositions)) : List.of());
    }

    private static JsonNode read(ObjectMapper json, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return json.readTree(in);
        }
    }

    /** score.py's load_propositions: each "contradicts" entry with the members of both propositions. */
    private static List<PropositionPair> propositionPairs(JsonNode data) {
        Map<String, Set<String>> members = new HashMap<>();
        for (JsonNode p : data.path("propositions")) {
            Set<String> endpoints = new HashSet<>();
            for (JsonNode m : p.path("members")) {
                String[] parts = m.asText().split(":", 2);
                endpoints.add(endpoint(parts[0], parts[1]));
            }
            members.put(p.path("id").asText(), endpoints);
        }
        List<PropositionPair> pairs = new ArrayList<>();
        for (JsonNode c : data.path("contradicts")) {
            pairs.add(new PropositionPair(member(members, c.path("p").asText()), member(members, c.path("q").asText()),
                    c.path("strength").asText("direct")));
        }
        return pairs;
    }

    private static Set<String> member(Map<String, Set<String>> members, String id) {
        Set<String> m = members.get(id);
        if (m == null) {
            throw new IllegalStateException("propositions.json: no proposition " + id);
        }
        return m;
    }

    /** The key of a gold item in the maps of matched and optional items. */
    private static String endpoint(String article, String id) {
        return article + "\u0000" + id;
    }

    /** The gold files by article file name, in name order (score.py's {@code sorted(gold.items())}). */
    Map<String, JsonNode> articles() {
        return Collections.unmodifiableMap(gold);
    }

    static String norm(String s) {
        StringBuilder b = new StringBuilder(s == null ? "" : s);
        for (int i = 0; i < b.length(); i++) {
            Character r = QUOTES.get(b.charAt(i));
            if (r != null) {
                b.setCharAt(i, r);
            }
        }
        return SPACES.matcher(b.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static String normName(String s) {
        String n = POSSESSIVE.matcher(norm(s)).replaceAll("");
        n = NON_ALNUM.matcher(n).replaceAll(" ");
        return SPACES.matcher(n).replaceAll(" ").strip();
    }

    static boolean speakerOk(Pred pred, JsonNode speaker) {
        List<String> names = new ArrayList<>();
        for (String n : new String[] {normName(pred.speaker()), normName(pred.party())}) {
            if (n.length() >= 3) {
                names.add(n);
            }
        }
        List<String> aliases = new ArrayList<>();
        speaker.path("aliases").forEach(a -> aliases.add(a.asText()));
        aliases.add(speaker.path("name").asText(""));
        for (String alias : aliases) {
            String a = normName(alias);
            if (a.length() < 3) {
                continue;
            }
            for (String n : names) {
                if (word(a).matcher(n).find() || n.length() >= 4 && word(n).matcher(a).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Pattern word(String s) {
        return Pattern.compile("\\b" + Pattern.quote(s) + "\\b", Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static boolean stanceOk(Pred pred, JsonNode item) {
        String s = pred.stance() == null ? "" : pred.stance().toLowerCase(Locale.ROOT);
        for (JsonNode g : item.path("stance")) {
            if (g.asText().equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** Scores predictions (claims of any articles) and proposed contradictions against the gold. */
    public Figures score(List<Pred> preds, List<Pair> contradictions) {
        Map<String, List<Pred>> byArticle = new HashMap<>();
        for (Pred p : preds) {
            byArticle.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(p);
        }
        int tp = 0, fp = 0, fn = 0, spkOk = 0, stOk = 0, fullOk = 0;
        Map<String, String> matched = new HashMap<>();
        List<String> details = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            String art = e.getKey();
            List<Pred> ps = byArticle.getOrDefault(art, List.of());
            List<JsonNode> items = new ArrayList<>();
            e.getValue().path("attributions").forEach(items::add);
            JsonNode speakers = e.getValue().path("speakers");
            double[][] w = new double[items.size()][ps.size()];
            for (int i = 0; i < items.size(); i++) {
                String key = norm(items.get(i).path("key").asText());
                for (int j = 0; j < ps.size(); j++) {
                    String text = norm(ps.get(j).text());
                    if (!key.isEmpty() && text.contains(key)) {
                        boolean s = speakerOk(ps.get(j), speakers.path(items.get(i).path("speaker").asText()));
                        boolean st = stanceOk(ps.get(j), items.get(i));
                        // a required item outweighs an optional one competing for the same claim
                        int base = items.get(i).path("optional").asBoolean(false) ? 50 : 100;
                        w[i][j] = base + 10 * (s ? 1 : 0) + 5 * (st ? 1 : 0) + Math.max(0, 4 - text.length() / 200);
                    }
                }
            }
            List<int[]> pairs = !ps.isEmpty() && !items.isEmpty() ? hungarianMax(w) : List.of();
            Set<Integer> usedPreds = new HashSet<>();
            Set<String> hit = new HashSet<>();
            for (int[] pr : pairs) {
                JsonNode item = items.get(pr[0]);
                Pred c = ps.get(pr[1]);
                usedPreds.add(pr[1]);
                hit.add(item.path("id").asText());
                matched.put(endpoint(art, item.path("id").asText()), c.id());
                if (item.path("optional").asBoolean(false)) {
                    continue;
                }
                tp++;
                JsonNode speaker = speakers.path(item.path("speaker").asText());
                boolean s = speakerOk(c, speaker);
                boolean st = stanceOk(c, item);
                spkOk += s ? 1 : 0;
                stOk += st ? 1 : 0;
                fullOk += s && st ? 1 : 0;
                if (!(s && st)) {
                    details.add("  WRONG " + art + " " + item.path("id").asText() + " key=" + item.path("key").asText()
                            + ": speaker=" + c.speaker() + " party=" + c.party() + " stance=" + c.stance()
                            + " (gold " + speaker.path("name").asText() + " " + item.path("stance") + ")");
                }
            }
            for (JsonNode item : items) {
                if (!hit.contains(item.path("id").asText()) && !item.path("optional").asBoolean(false)) {
                    fn++;
                    details.add("  MISS  " + art + " " + item.path("id").asText() + " key=" + item.path("key").asText());
                }
            }
            for (int j = 0; j < ps.size(); j++) {
                if (usedPreds.contains(j)) {
                    continue;
                }
                String text = norm(ps.get(j).text());
                boolean optional = items.stream().anyMatch(it -> it.path("optional").asBoolean(false)
                        && text.contains(norm(it.path("key").asText())));
                if (!optional) {
                    fp++;
                    details.add("  FALSE " + art + " " + ps.get(j).id() + ": " + ps.get(j).speaker() + " "
                            + ps.get(j).stance() + " " + text.substring(0, Math.min(110, text.length())));
                }
            }
        }
        return contradictions(tp, fp, fn, spkOk, stOk, fullOk, matched, contradictions, details);
    }

    private Figures contradictions(int tp, int fp, int fn, int spkOk, int stOk, int fullOk, Map<String, String> matched,
                                   List<Pair> proposed, List<String> details) {
        record GoldPair(String a, String b, String strength, boolean required) {
        }
        List<GoldPair> goldPairs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            Set<String> opt = new HashSet<>();
            e.getValue().path("attributions").forEach(it -> {
                if (it.path("optional").asBoolean(false)) {
                    opt.add(it.path("id").asText());
                }
            });
            for (JsonNode p : e.getValue().path("contradictions")) {
                String a = p.path("a").asText();
                String b = p.path("b").asText();
                goldPairs.add(new GoldPair(endpoint(e.getKey(), a), endpoint(e.getKey(), b),
                        p.path("strength").asText("direct"), !opt.contains(a) && !opt.contains(b)));
            }
        }
        for (JsonNode cl : clusters) {
            for (JsonNode p : cl.path("contradictions")) {
                String[] a = p.path("a").asText().split(":", 2);
                String[] b = p.path("b").asText().split(":", 2);
                goldPairs.add(new GoldPair(endpoint(a[0], a[1]), endpoint(b[0], b[1]),
                        p.path("strength").asText("direct"), !optional(a[0], a[1]) && !optional(b[0], b[1])));
            }
        }
        Set<Set<String>> predPairs = new HashSet<>();
        for (Pair p : proposed) {
            Set<String> key = new HashSet<>();
            key.add(p.a());
            key.add(p.b());
            predPairs.add(key);
        }
        int directTotal = 0;
        int directFound = 0;
        Set<Set<String>> acceptable = new HashSet<>();
        for (GoldPair g : goldPairs) {
            String ca = matched.get(g.a());
            String cb = matched.get(g.b());
            Set<String> key = null;
            if (ca != null && cb != null) {
                key = new HashSet<>();
                key.add(ca);
                key.add(cb);
                acceptable.add(key);
            }
            if (g.strength().equals("direct") && g.required()) {
                directTotal++;
                if (key != null && predPairs.contains(key)) {
                    directFound++;
                } else {
                    details.add("  MISSED CONTRADICTION " + g.a().replace('\u0000', ':') + " <-> " + g.b().replace('\u0000', ':'));
                }
            }
        }
        int[] prop = propositions(matched, predPairs, acceptable, details);
        long pairsOk = predPairs.stream().filter(acceptable::contains).count();
        double precision = ratio(tp, tp + fp);
        double recall = ratio(tp, tp + fn);
        double fullP = ratio(fullOk, tp + fp);
        double fullR = ratio(fullOk, tp + fn);
        return new Figures(tp + fn, tp, fp, precision, recall, ratio(2 * precision * recall, precision + recall),
                ratio(spkOk, tp), ratio(stOk, tp), ratio(2 * fullP * fullR, fullP + fullR), directTotal, directFound,
                ratio(directFound, directTotal), predPairs.size(), ratio(pairsOk, predPairs.size()),
                !propositions.isEmpty(), prop[0], ratio(prop[1], prop[0]), details);
    }

    /**
     * score.py's proposition block: adds every pairing of a matched member of P with a matched member
     * of Q to {@code acceptable}; returns the direct proposition pairs with a required member on each
     * side, and how many of them a proposed pair joins.
     */
    private int[] propositions(Map<String, String> matched, Set<Set<String>> predPairs, Set<Set<String>> acceptable,
                               List<String> details) {
        Map<String, Boolean> optional = optionalItems();
        int direct = 0;
        int found = 0;
        for (PropositionPair pp : propositions) {
            Set<Set<String>> keys = pairings(claimsOf(pp.p(), matched), claimsOf(pp.q(), matched));
            acceptable.addAll(keys);
            if (pp.strength().equals("direct") && required(pp.p(), optional) && required(pp.q(), optional)) {
                direct++;
                if (keys.stream().anyMatch(predPairs::contains)) {
                    found++;
                } else {
                    details.add("  MISSED PROPOSITION PAIR [" + gist(pp.p()) + "] <-> [" + gist(pp.q()) + "]");
                }
            }
        }
        return new int[] {direct, found};
    }

    private Map<String, Boolean> optionalItems() {
        Map<String, Boolean> optional = new HashMap<>();
        gold.forEach((art, g) -> g.path("attributions").forEach(it ->
                optional.put(endpoint(art, it.path("id").asText()), it.path("optional").asBoolean(false))));
        return optional;
    }

    private static Set<String> claimsOf(Set<String> members, Map<String, String> matched) {
        Set<String> claims = new HashSet<>();
        for (String m : members) {
            if (matched.containsKey(m)) {
                claims.add(matched.get(m));
            }
        }
        return claims;
    }

    private static Set<Set<String>> pairings(Set<String> cp, Set<String> cq) {
        Set<Set<String>> keys = new HashSet<>();
        for (String a : cp) {
            for (String b : cq) {
                if (!Objects.equals(a, b)) {
                    keys.add(Set.of(a, b));
                }
            }
        }
        return keys;
    }

    // as score.py's optional.get(m, True): a member the gold does not hold counts as optional
    private static boolean required(Set<String> members, Map<String, Boolean> optional) {
        return members.stream().anyMatch(m -> !optional.getOrDefault(m, true));
    }

    private static String gist(Set<String> members) {
        String g = String.join(", ", members.stream().map(m -> m.replace('\u0000', ':')).sorted().toList());
        return g.substring(0, Math.min(150, g.length()));
    }

    private boolean optional(String article, String id) {
        JsonNode g = gold.get(article);
        if (g == null) {
            return false;
        }
        for (JsonNode it : g.path("attributions")) {
            if (Objects.equals(it.path("id").asText(), id) && it.path("optional").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private static double ratio(double x, double y) {
        return y != 0 ? x / y : 0.0;
    }

    /** Maximum-weight assignment (Hungarian method, as in score.py); pairs of (row, col) with positive weight. */
    static List<int[]> hungarianMax(double[][] weights) {
        int rows = weights.length;
        int cols = rows > 0 ? weights[0].length : 0;
        int n = Math.max(rows, cols);
        if (n == 0) {
            return List.of();
        }
        double big = 0;
        for (double[] row : weights) {
            for (double x : row) {
                big = Math.max(big, x);
            }
        }
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = big - (i < rows && j < cols ? weights[i][j] : 0);
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int j = 1; j <= n; j++) {
            int i = p[j];
            if (i != 0 && i - 1 < rows && j - 1 < cols && weights[i - 1][j - 1] > 0) {
                pairs.add(new int[] {i - 1, j - 1});
            }
        }
        return pairs;
    }
}
