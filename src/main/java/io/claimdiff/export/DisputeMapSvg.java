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

    /** The verb a cell shows for a stance ("denies"), in the SVG, the PNG and the window. */
    public static String verb(Stance stance) {
        return switch (stance) {
            case ASSERT -> "asserts";
            case DENY -> "denies";
            case CONFIRM -> "confirms";
            case DECLINE -> "declines";
        };
    }

    /** What the map is drawn on: SVG text ({@link #render}) or a picture ({@link DisputeMapPng}). */
    interface Canvas {
        void size(int width, int height);

        void rect(int x, int y, int w, int h, String fill, int radius, String cssClass);

        void text(int x, int y, String content, String fill, int size, boolean bold);

        /** The bracket joining a clash's two rows. */
        void bracket(int x, int top, int bottom);

        void dot(int cx, int cy, int r, String fill);
    }

    /** The map of {@code map}, with the parties' colours from {@code parties}. */
    public static String render(DisputeMap map, List<Party> parties) {
        StringBuilder svg = new StringBuilder();
        draw(map, parties, new Canvas() {
            @Override
            public void size(int width, int height) {
                svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"dispute-map\" role=\"img\" width=\"")
                        .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                        .append(' ').append(height).append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n")
                        .append("<title>Dispute map: who asserts and who denies what</title>\n")
                        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
            }

            @Override
            public void rect(int x, int y, int w, int h, String fill, int radius, String cssClass) {
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                        .append("\" height=\"").append(h).append(radius > 0 ? "\" rx=\"" + radius : "").append("\" fill=\"")
                        .append(fill).append(cssClass == null ? "" : "\" class=\"" + cssClass).append("\"/>\n");
            }

            @Override
            public void text(int x, int y, String content, String fill, int size, boolean bold) {
                svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" fill=\"").append(fill)
                        .append(size == 12 ? "" : "\" font-size=\"" + size).append(bold ? "\" font-weight=\"bold" : "")
                        .append("\">").append(Html.escape(content)).append("</text>\n");
            }

            @Override
            public void bracket(int x, int top, int bottom) {
                svg.append("<path d=\"M ").append(x + 6).append(' ').append(top).append(" H ").append(x).append(" V ")
                        .append(bottom).append(" H ").append(x + 6)
                        .append("\" fill=\"none\" stroke=\"#1d2433\" stroke-width=\"1.5\"/>\n");
            }

            @Override
            public void dot(int cx, int cy, int r, String fill) {
                svg.append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"").append(r)
                        .append("\" fill=\"").append(fill).append("\"/>\n");
            }
        });
        return svg.append("</svg>\n").toString();
    }

    /** Lays the map out on {@code canvas}: title, party heads, row pairs with their cells, the timeline. */
    static void draw(DisputeMap map, List<Party> parties, Canvas canvas) {
        Map<String, String> colours = new HashMap<>();
        parties.forEach(p -> colours.put(p.name(), p.colour()));
        List<String> shown = shownParties(map);
        int width = GIST_WIDTH + 40 + shown.size() * CELL + 20;
        int gridBottom = HEAD + map.rows().size() * ROW;
        int moments = Math.min(MAX_MOMENTS, map.timeline().size());
        int height = gridBottom + 60 + moments * TIMELINE_ROW + 30;
        String ink = "#1d2433";
        String grey = "#5f5d57";
        canvas.size(width, height);
        canvas.text(10, 20, "Dispute map", ink, 16, true);
        if (map.rows().isEmpty()) {
            canvas.text(10, 46, "No contradiction in view: nothing to map.", grey, 12, false);
        }
        for (int c = 0; c < shown.size(); c++) {
            int x = GIST_WIDTH + 40 + c * CELL;
            canvas.rect(x + 2, 34, CELL - 4, 6, colours.getOrDefault(shown.get(c), "#888888"), 0, null);
            canvas.text(x + 4, 56, clip(shown.get(c), 14), ink, 12, true);
        }
        for (int r = 0; r < map.rows().size(); r++) {
            DisputeMap.Row row = map.rows().get(r);
            int y = HEAD + r * ROW;
            if (row.affirmed()) {
                // the two rows of one clash read side by side: a bracket and the clash's label
                canvas.rect(34, y, width - 44, 2 * ROW, "#f3f4f6", 0, null);
                canvas.bracket(24, y + 8, y + 2 * ROW - 8);
                canvas.text(2, y + ROW + 4, row.clash(), ink, 12, true);
            }
            canvas.text(40, y + 21, (row.affirmed() ? "" : "✗ ") + clip(row.gist(), 72), row.affirmed() ? ink : "#7a1f19",
                    12, false);
            for (int c = 0; c < shown.size(); c++) {
                DisputeMap.Cell cell = row.cells().get(shown.get(c));
                if (cell == null) {
                    continue;
                }
                int x = GIST_WIDTH + 40 + c * CELL;
                Stance main = cell.main();
                canvas.rect(x + 2, y + 4, CELL - 4, ROW - 8, colour(main), 4, "cell " + main.id());
                canvas.text(x + 6, y + 16, verb(main), "#ffffff", 12, true);
                canvas.text(x + 6, y + 27, cell.claims().size() + " · " + cell.outlets()
                        + (cell.outlets() == 1 ? " outlet" : " outlets"), "#ffffff", 10, false);
            }
        }
        if (map.parties().size() > shown.size()) {
            List<String> left = map.parties().stream().filter(p -> !shown.contains(p)).toList();
            canvas.text(40, gridBottom + 16, left.size() + " minor parties left out: " + clip(String.join(", ", left), 110),
                    grey, 11, false);
        }
        int ty = gridBottom + 44;
        canvas.text(10, ty, "As it unfolded", ink, 14, true);
        for (int i = 0; i < moments; i++) {
            DisputeMap.Moment m = map.timeline().get(i);
            int y = ty + 18 + i * TIMELINE_ROW;
            canvas.dot(16, y - 4, 4, colours.getOrDefault(m.party(), "#888888"));
            canvas.text(26, y, (m.day() == null ? "undated" : m.day().toString()) + " · "
                    + m.articleId().toUpperCase(Locale.ROOT) + " · " + clip(m.party(), 24) + " " + verb(m.stance()) + ": "
                    + clip(m.gist(), 90), colour(m.stance()), 12, false);
        }
        if (map.timeline().size() > moments) {
            canvas.text(26, ty + 18 + moments * TIMELINE_ROW, "… and " + (map.timeline().size() - moments)
                    + " more statements", grey, 12, false);
        }
    }

    /**
     * The columns: every row's leading party first (a row never shows empty because its side was
     * a minor party overall), then the others by weight, {@link #MAX_PARTIES} at most unless the
     * rows need more; in the map's order.
     */
    public static List<String> shownParties(DisputeMap map) {
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


    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
