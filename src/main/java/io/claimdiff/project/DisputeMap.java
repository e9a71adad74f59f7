package io.claimdiff.project;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The dispute at a glance (issue 19): one row per proposition in play — each clash gives two, what
 * one side says and what the other rejects — one column per party, and in each cell that party's
 * stances on it with how many statements and outlets carry them; then the statements in the order
 * their articles came out. Pure: the same project and filter give the same map.
 *
 * @param rows     two per clash, in clash order: the affirmed proposition, then the rejecting one
 * @param parties  the columns: parties with a statement in some row, most statements first
 * @param timeline every statement of the rows, oldest article first (undated in the order opened)
 */
public record DisputeMap(List<Row> rows, List<String> parties, List<Moment> timeline) {

    /** What the map shows: every clash, or only what passes the analyst's filter. */
    public record Filter(Set<String> parties, String tag, Set<Stance> stances, boolean acceptedOnly) {
        /** No filter. */
        public static final Filter ALL = new Filter(Set.of(), "", Set.of(), false);

        /** Everything, or only the clashes the analyst accepted (a confirmed-only report). */
        public static Filter acceptedOnly(boolean accepted) {
            return accepted ? new Filter(Set.of(), "", Set.of(), true) : ALL;
        }

        boolean keeps(ClaimEntry e) {
            return (parties.isEmpty() || parties.contains(e.claim().party()))
                    && (tag.isEmpty() || e.tags().stream().anyMatch(tag::equalsIgnoreCase))
                    && (stances.isEmpty() || stances.contains(e.claim().stance()));
        }
    }

    /**
     * One proposition: a gist (its clearest statement, shortened), the clash it belongs to, which
     * side it is, and a cell per party.
     */
    public record Row(String clash, boolean affirmed, String gist, Map<String, Cell> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }
    }

    /** One party on one proposition: its stances (with counts), its statements and their outlets. */
    public record Cell(Map<Stance, Integer> stances, List<String> claims, int outlets) {
        public Cell {
            stances = Map.copyOf(stances);
            claims = List.copyOf(claims);
        }

        /** The stance most of the party's statements take here. */
        public Stance main() {
            return stances.entrySet().stream().max(Map.Entry.<Stance, Integer>comparingByValue()
                    .thenComparing(e -> -e.getKey().ordinal())).map(Map.Entry::getKey).orElse(Stance.ASSERT);
        }
    }

    /** One statement on the timeline: its article's day (or null), the article, and who said what how. */
    public record Moment(LocalDate day, String articleId, String claimId, String party, Stance stance, String gist) {
    }

    /** The longest gist shown. */
    public static final int GIST = 90;

    /** The map of {@code state}'s clashes, through {@code filter}. */
    public static DisputeMap of(ProjectState state, Filter filter) {
        Map<String, ClaimEntry> claims = new HashMap<>();
        state.claims().forEach(e -> claims.put(e.id(), e));
        Map<String, Article> articles = new LinkedHashMap<>();
        state.articles().forEach(a -> articles.put(a.id(), a));
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> partyWeight = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        // rows follow the events: the clashes of the same articles side by side, in the order opened,
        // the strongest first within them
        List<String> articleOrder = new ArrayList<>(articles.keySet());
        List<Clash> clashes = new ArrayList<>(Clashes.of(state).all());
        clashes.sort(Comparator.comparingInt(c -> c.articles().stream().mapToInt(articleOrder::indexOf)
                .filter(i -> i >= 0).min().orElse(Integer.MAX_VALUE)));
        for (Clash clash : clashes) {
            if (filter.acceptedOnly() && clash.links().stream().noneMatch(l -> l.status() == LinkStatus.ACCEPTED)) {
                continue;
            }
            Row affirmed = row(clash.label(), true, clash.affirmed(), claims, articles, filter);
            Row rejecting = row(clash.label(), false, clash.rejecting(), claims, articles, filter);
            if (affirmed.cells().isEmpty() && rejecting.cells().isEmpty()) {
                continue;
            }
            for (Row r : List.of(affirmed, rejecting)) {
                rows.add(r);
                r.cells().forEach((party, cell) -> partyWeight.merge(party, cell.claims().size(), Integer::sum));
                r.cells().values().forEach(c -> used.addAll(c.claims()));
            }
        }
        List<String> parties = new ArrayList<>(partyWeight.keySet());
        parties.sort(Comparator.comparing((String p) -> -partyWeight.get(p)).thenComparing(p -> p));
        return new DisputeMap(rows, parties, timeline(used, claims, articles));
    }

    private static Row row(String label, boolean affirmed, ClashSide side, Map<String, ClaimEntry> claims,
                           Map<String, Article> articles, Filter filter) {
        Map<String, Map<Stance, Integer>> stances = new LinkedHashMap<>();
        Map<String, List<String>> ids = new LinkedHashMap<>();
        Map<String, Set<String>> outlets = new HashMap<>();
        String gist = null;
        for (String id : side.claims()) {
            ClaimEntry e = claims.get(id);
            if (e == null || !filter.keeps(e)) {
                continue;
            }
            Claim c = e.claim();
            stances.computeIfAbsent(c.party(), p -> new EnumMap<>(Stance.class)).merge(c.stance(), 1, Integer::sum);
            ids.computeIfAbsent(c.party(), p -> new ArrayList<>()).add(id);
            outlets.computeIfAbsent(c.party(), p -> new LinkedHashSet<>()).add(c.articleId());
            String words = text(c, articles);
            gist = gist == null || clearer(words, gist) ? words : gist;
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        stances.forEach((party, s) -> cells.put(party, new Cell(s, ids.get(party), outlets.get(party).size())));
        return new Row(label, affirmed, gist == null ? "" : shorten(gist), cells);
    }

    // the clearest statement says it whole in a line: the longest that fits the gist, else the shortest
    private static boolean clearer(String candidate, String best) {
        boolean fits = candidate.length() <= GIST;
        boolean bestFits = best.length() <= GIST;
        if (fits != bestFits) {
            return fits;
        }
        return fits ? candidate.length() > best.length() : candidate.length() < best.length();
    }

    private static String text(Claim c, Map<String, Article> articles) {
        Article a = articles.get(c.articleId());
        if (a == null || c.content().end() > a.text().length()) {
            return "";
        }
        return c.content().of(a.text()).replace('\n', ' ').strip();
    }

    private static String shorten(String text) {
        return text.length() <= GIST ? text : text.substring(0, GIST - 1).strip() + "…";
    }

    private static List<Moment> timeline(Set<String> used, Map<String, ClaimEntry> claims,
                                         Map<String, Article> articles) {
        List<String> order = new ArrayList<>(articles.keySet());
        List<Moment> out = new ArrayList<>();
        for (String id : used) {
            Claim c = claims.get(id).claim();
            Article a = articles.get(c.articleId());
            out.add(new Moment(a == null ? null : a.meta().published(), c.articleId(), id, c.party(), c.stance(),
                    shorten(text(c, articles))));
        }
        out.sort(Comparator.comparing((Moment m) -> m.day() == null ? LocalDate.MAX : m.day())
                .thenComparing(m -> order.indexOf(m.articleId()))
                .thenComparing(m -> claims.get(m.claimId()).claim().content().start()));
        return out;
    }
}
