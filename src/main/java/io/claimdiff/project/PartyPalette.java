package io.claimdiff.project;

import java.util.List;

/** Distinct, readable highlight colours handed to parties in order of first appearance. */
public final class PartyPalette {

    /** Colour-blind-aware hues that keep dark text readable when tinted. */
    public static final List<String> COLOURS = List.of(
            "#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e",
            "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f",
            "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173");

    private PartyPalette() {
    }

    /**
     * A colour for the party {@code name} that no party in {@code taken} has, chosen from the name
     * so that the same party gets the same colour whatever order articles finish analysing in.
     */
    public static String colourFor(String name, java.util.Collection<String> taken) {
        int start = Math.floorMod(name.toLowerCase(java.util.Locale.ROOT).hashCode(), COLOURS.size());
        for (int i = 0; i < COLOURS.size(); i++) {
            String candidate = COLOURS.get((start + i) % COLOURS.size());
            if (taken.stream().noneMatch(candidate::equalsIgnoreCase)) {
                return candidate;
            }
        }
        return COLOURS.get(start);
    }

    /** The colour for the {@code index}-th party (cycles after the palette runs out). */
    public static String colour(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }
}
