package io.claimdiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which articles report the same event: two do when they share at least two of each one's
 * most-named people and organisations (or all of them, for a brief that names only one). Countries do not count (every Russia story names Russia and
 * Ukraine), nor do title words. Only articles of one event are compared with each other; those
 * about unrelated events are never paired, however alike their words, so an analyst may open
 * several events at once. Pairs are judged directly, not through a chain of articles: a story
 * linked to two others does not make those two one event.
 */
final class Events {

    /** How many of an article's most frequent names stand for what it is about. */
    static final int PROTAGONISTS = 6;
    /** Shared protagonists that make two articles one event. */
    static final int SHARED = 2;
    /** Shared protagonists that make two articles surely one event: then alike words are enough to compare. */
    static final int SHARED_CLOSELY = 3;

    /** Wire services, photo credits, month abbreviations, regions: on every story's dateline, in none's subject. */
    private static final Set<String> DATELINE = Set.of(
            "afp", "ap", "reuters", "upi", "tass", "interfax", "ria", "novosti", "xinhua", "dpa", "efe", "ansa",
            "kyodo", "yonhap", "anadolu", "ukrinform", "unian", "pti", "ani", "ians", "getty", "images", "photo",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            // regions and blocs, like countries, are named by half of all foreign news
            "europe", "european", "europeans", "west", "western", "east", "eastern", "africa", "african", "asia",
            "asian", "middle", "gulf", "pacific", "atlantic", "arab", "latin", "north", "south", "world", "global",
            "international", "united", "nations");

    /** Last words of company and body names that say what kind of body, not which. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("motors", "shipping", "group", "systems",
            "services", "company", "corporation", "corp", "inc", "ltd", "holdings", "industries", "bank", "airlines",
            "airways", "technologies", "international", "media", "partners", "capital", "energy", "foundation",
            "institute", "university", "party", "police", "department", "ministry", "council", "agency");

    /** Every article with every other: for callers that compare one event by construction. */
    static final Events ALL_TOGETHER = new Events(-1, Set.of(), Set.of(), List.of());

    private final int size;
    private final Set<Long> linked;
    private final Set<Long> close;
    private final List<Set<String>> protagonists;

    private Events(int size, Set<Long> linked, Set<Long> close, List<Set<String>> protagonists) {
        this.size = size;
        this.linked = linked;
        this.close = close;
        this.protagonists = protagonists;
    }

    /**
     * The events among articles given by their texts, by position (a null text, for an article
     * that is not loaded, makes an event of its own); {@code names} are the words known as names
     * ({@link Tokens#names}).
     */
    static Events of(List<String> texts, Set<String> names) {
        List<Set<String>> protagonists = new ArrayList<>(texts.size());
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            Set<String> own = texts.get(i) == null ? Set.of() : protagonists(texts.get(i), names);
            protagonists.add(own);
            for (String name : own) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        int n = texts.size();
        for (List<Integer> holders : byName.values()) {
            for (int x = 0; x < holders.size(); x++) {
                for (int y = x + 1; y < holders.size(); y++) {
                    shared.merge((long) holders.get(x) * n + holders.get(y), 1, Integer::sum);
                }
            }
        }
        Set<Long> linked = new HashSet<>();
        Set<Long> close = new HashSet<>();
        shared.forEach((pair, count) -> {
            if (count >= SHARED_CLOSELY) {
                close.add(pair);
            }
            // a brief that names one person shares all it has
            int fewest = Math.min(protagonists.get((int) (pair / n)).size(), protagonists.get((int) (pair % n)).size());
            if (count >= Math.min(SHARED, fewest)) {
                linked.add(pair);
            }
        });
        return new Events(n, linked, close, protagonists);
    }

    /** True when the articles at these positions report one event (an article is its own). */
    boolean together(int a, int b) {
        if (a == b || size < 0) {
            return true;
        }
        if (a >= size || b >= size) {
            return false;
        }
        return linked.contains((long) Math.min(a, b) * size + Math.max(a, b));
    }

    /**
     * True when the articles share so many protagonists that they surely tell one event: two of its
     * statements need not share a specific name to be about the same matter. Not for an article and
     * itself, nor when everything is taken as one event.
     */
    boolean close(int a, int b) {
        return a != b && size >= 0 && a < size && b < size && this.close.contains((long) Math.min(a, b) * size + Math.max(a, b));
    }

    /** The names that stand for the article at this position. */
    Set<String> protagonists(int article) {
        return article < protagonists.size() ? protagonists.get(article) : Set.of();
    }

    /** Articles joined by a chain of shared events, as lists of positions: the stories in the set. */
    List<List<Integer>> stories() {
        Clusters chains = new Clusters(Math.max(size, 0));
        for (long pair : linked) {
            chains.join((int) (pair / size), (int) (pair % size));
        }
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        for (int i = 0; i < size; i++) {
            byRoot.computeIfAbsent(chains.root(i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> out = new ArrayList<>(byRoot.values());
        out.sort(Comparator.comparingInt(g -> g.get(0)));
        return out;
    }

    /** The names an article mentions most, countries and title words left out; ties alphabetical. */
    static Set<String> protagonists(String text, Set<String> names) {
        Map<String, Integer> counts = new HashMap<>();
        List<Tokens.Token> words = Tokens.of(text, 0, text.length());
        for (int i = 0; i < words.size(); i++) {
            if (!isName(words.get(i), names) || i + 1 < words.size() && !words.get(i + 1).initial()
                    && isName(words.get(i + 1), names)) {
                continue;
            }
            // inside a name its last word stands for it ("Vladimir Putin"), as in Profiler, unless that
            // word only says what kind of body it is ("Velora Motors", "Halvik Shipping")
            String w = words.get(i).lower();
            if (ORGANISATION_WORDS.contains(w) && i > 0 && !words.get(i).initial() && isName(words.get(i - 1), names)) {
                w = words.get(i - 1).lower();
            }
            counts.merge(w, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Set<String> out = new HashSet<>();
        for (int k = 0; k < Math.min(PROTAGONISTS, ranked.size()); k++) {
            out.add(ranked.get(k).getKey());
        }
        return out;
    }

    private static boolean isName(Tokens.Token t, Set<String> names) {
        String w = t.lower();
        return names.contains(w) && Character.isUpperCase(t.raw().charAt(0)) && w.length() > 2
                && !Lexicon.SIDES.containsKey(w) && !Lexicon.TITLES.contains(w) && !Lexicon.STOP.contains(w)
                && !Lexicon.REPORTING.contains(w) && !DATELINE.contains(w);
    }
}
