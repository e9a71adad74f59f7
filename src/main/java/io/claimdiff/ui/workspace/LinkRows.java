package io.claimdiff.ui.workspace;

import io.claimdiff.project.Clash;
import io.claimdiff.project.ClashSide;
import io.claimdiff.project.Clashes;
import io.claimdiff.project.Link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule behind the contradictions panel's order and clash column: flat (accepted first, as the
 * project lists its links) or grouped clash by clash, each opened by a heading, then the links in
 * no clash (rejected), then supports. No JavaFX, so it is tested as it is.
 */
final class LinkRows {

    private LinkRows() {
    }

    /**
     * @param contradictions contradiction links in the project's order
     * @param supports       support links in the project's order
     */
    static List<LinkRow> of(List<Link> contradictions, List<Link> supports, Clashes clashes, boolean grouped) {
        List<LinkRow> rows = new ArrayList<>();
        if (grouped) {
            Set<String> shown = new HashSet<>();
            for (Clash clash : clashes.all()) {
                for (Link link : clash.links()) {
                    shown.add(link.id());
                    rows.add(LinkRow.of(link, column(clash), link == clash.links().get(0) ? heading(clash) : ""));
                }
            }
            contradictions.stream().filter(l -> !shown.contains(l.id())).forEach(l -> rows.add(row(l, clashes)));
        } else {
            contradictions.forEach(l -> rows.add(row(l, clashes)));
        }
        supports.forEach(l -> rows.add(LinkRow.of(l, "", "")));
        return rows;
    }

    /** "K1 · 3 outlets". */
    static String column(Clash clash) {
        int n = clash.outlets();
        return clash.label() + " · " + n + (n == 1 ? " outlet" : " outlets");
    }

    /** "K1 · Ronaldo disputes Mayorga — asserted in 2 articles, disputed in 3". */
    static String heading(Clash clash) {
        int asserted = clash.affirmed().articles().size();
        int disputed = clash.rejecting().articles().size();
        return clash.label() + " · " + parties(clash.rejecting()) + " disputes " + parties(clash.affirmed())
                + " — asserted in " + asserted + (asserted == 1 ? " article" : " articles") + ", disputed in "
                + disputed + (disputed == 1 ? " article" : " articles");
    }

    private static LinkRow row(Link link, Clashes clashes) {
        return LinkRow.of(link, clashes.containing(link.id()).map(LinkRows::column).orElse(""), "");
    }

    private static String parties(ClashSide side) {
        return side.parties().isEmpty() ? "an unnamed side" : String.join(", ", side.parties());
    }
}
