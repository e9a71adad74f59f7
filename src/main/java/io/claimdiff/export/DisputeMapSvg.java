package io.claimdiff.export;

import io.claimdiff.model.Stance;
import io.claimdiff.project.DisputeMap;
import io.claimdiff.project.Party;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dispute map as SVG, readable without the app and printable: propositions down the left,
 * two rows per clash joined by a bracket, parties across the top in their colours, each cell the
 * party's main stance (in the highlights' stance colours) with its statements and outlets; the
 * statements in publication order underneath. Plain SVG 1.1: text, rectangles, lines.
 */
public final class DisputeMapSvg {

    /** Beyond this many parties the rest are left out, named in a note under the map. */
    static final int MAX_PARTIES = 12;
    private static final int GIST_WIDTH = 470;
    private static final int CELL = 92;
    private static final int ROW = 34;
    private static final int HEAD = 64;
    private static final int TIMELINE_ROW = 18;
    private static final int MAX_MOMENTS = 40;

    private DisputeMapSvg() {
    }

    /** The colour of a stance, as the article panes and the report mark it. */
    static String colour(Stance stance) {
        return switch (stance) {
            case ASSERT -> "#2f5d8a";
            case DENY -> "#b3261e";
            case CONFIRM -> "#1b6e3a";
            case DECLINE -> "#5f5d57";
        };
    }

    /** The verb a cell shows for a stance. */
    static String verb(Stance stance) {
        return switch (stance) {
            case ASSERT -> "asserts";
            case DENY -> "denies";
            case CONFIRM -> "confirms";
            case DECLINE -> "declines";
        };
    }

    /** The map of {@code map}, with the parties' colours from {@code parties}. */
    public static String render(DisputeMap map, List<Party> parties) {
        Map<String, String> colours = new HashMap<>();
        parties.forEach(p -> colours.put(p.name(), p.colour()));
        List<String> shown = shownParties(map);
        int width = GIST_WIDTH + 40 + shown.size() * CELL + 20;
        int gridBottom = HEAD + map.rows().size() * ROW;
        int moments = Math.min(MAX_MOMENTS, map.timeline().size());
        int height = gridBottom + 60 + moments * TIMELINE_ROW + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"dispute-map\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n")
                .append("<title>Dispute map: who asserts and who denies what</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append(text(10, 20, "Dispute map", "font-size=\"16\" font-weight=\"bold\""));
        if (map.rows().isEmpty()) {
            svg.append(text(10, 46, "No contradiction in view: nothing to map.", "fill=\"#5f5d57\""));
        }
        for (int c = 0; c < shown.size(); c++) {
            int x = GIST_WIDTH + 40 + c * CELL;
            svg.append("<rect x=\"").append(x + 2).append("\" y=\"34\" width=\"").append(CELL - 4)
                    .append("\" height=\"6\" fill=\"").append(colours.getOrDefault(shown.get(c), "#888888")).append("\"/>\n")
                    .append(text(x + 4, 56, clip(shown.get(c), 14), "font-weight=\"bold\""));
        }
        for (int r = 0; r < map.rows().size(); r++) {
            DisputeMap.Row row = map.rows().get(r);
            int y = HEAD + r * ROW;
            if (row.affirmed()) {
                // the two rows of one clash read side by side: a bracket and the clash's label
                svg.append("<path d=\"M 30 ").append(y + 8).append(" H 24 V ").append(y + ROW + ROW - 8).append(" H 30\"")
                        .append(" fill=\"none\" stroke=\"#1d2433\" stroke-width=\"1.5\"/>\n")
                        .append(text(2, y + ROW + 4, row.clash(), "font-weight=\"bold\""));
                svg.append("<rect x=\"34\" y=\"").append(y).append("\" width=\"").append(width - 44)
                        .append("\" height=\"").append(2 * ROW).append("\" fill=\"#f3f4f6\"/>\n");
            }
            svg.append(text(40, y + 21, (row.affirmed() ? "" : "✗ ") + clip(row.gist(), 72),
                    row.affirmed() ? "" : "fill=\"#7a1f19\""));
            for (int c = 0; c < shown.size(); c++) {
                DisputeMap.Cell cell = row.cells().get(shown.get(c));
                if (cell == null) {
                    continue;
                }
                int x = GIST_WIDTH + 40 + c * CELL;
                Stance main = cell.main();
                svg.append("<rect x=\"").append(x + 2).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(CELL - 4).append("\" height=\"").append(ROW - 8).append("\" rx=\"4\" fill=\"")
                        .append(colour(main)).append("\" class=\"cell ").append(main.id()).append("\"/>\n")
                        .append(text(x + 6, y + 16, verb(main), "fill=\"#ffffff\" font-weight=\"bold\""))
                        .append(text(x + 6, y + 27, cell.claims().size() + " · " + cell.outlets()
                                + (cell.outlets() == 1 ? " outlet" : " outlets"), "fill=\"#ffffff\" font-size=\"10\""));
            }
        }
        if (map.parties().size() > shown.size()) {
            List<String> left = map.parties().stream().filter(p -> !shown.contains(p)).toList();
            svg.append(text(40, gridBottom + 16, left.size() + " minor parties left out: "
                    + clip(String.join(", ", left), 110),
                    "fill=\"#5f5d57\" font-size=\"11\""));
        }
        int ty = gridBottom + 44;
        svg.append(text(10, ty, "As it unfolded", "font-size=\"14\" font-weight=\"bold\""));
        for (int i = 0; i < moments; i++) {
            DisputeMap.Moment m = map.timeline().get(i);
            int y = ty + 18 + i * TIMELINE_ROW;
            svg.append("<circle cx=\"16\" cy=\"").append(y - 4).append("\" r=\"4\" fill=\"")
                    .append(colours.getOrDefault(m.party(), "#888888")).append("\"/>\n")
                    .append(text(26, y, (m.day() == null ? "undated" : m.day().toString()) + " · " + m.articleId().toUpperCase(Locale.ROOT)
                            + " · " + clip(m.party(), 24) + " " + verb(m.stance()) + ": " + clip(m.gist(), 90),
                            "fill=\"" + colour(m.stance()) + "\""));
        }
        if (map.timeline().size() > moments) {
            svg.append(text(26, ty + 18 + moments * TIMELINE_ROW, "… and " + (map.timeline().size() - moments)
                    + " more statements", "fill=\"#5f5d57\""));
        }
        return svg.append("</svg>\n").toString();
    }

    /**
     * The columns: every row's leading party first (a row never shows empty because its side was
     * a minor party overall), then the others by weight, {@link #MAX_PARTIES} at most unless the
     * rows need more; in the map's order.
     */
    static List<String> shownParties(DisputeMap map) {
        java.util.Set<String> keep = new java.util.LinkedHashSet<>();
        for (DisputeMap.Row row : map.rows()) {
            row.cells().entrySet().stream().max(java.util.Comparator.comparingInt(
                    (Map.Entry<String, DisputeMap.Cell> e) -> e.getValue().claims().size())
                    .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                    .ifPresent(e -> keep.add(e.getKey()));
        }
        for (String p : map.parties()) {
            if (keep.size() >= MAX_PARTIES) {
                break;
            }
            keep.add(p);
        }
        return map.parties().stream().filter(keep::contains).toList();
    }

    private static String text(int x, int y, String content, String attributes) {
        return "<text x=\"" + x + "\" y=\"" + y + "\"" + (attributes.isEmpty() ? "" : " " + attributes) + ">"
                + Html.escape(content) + "</text>\n";
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
