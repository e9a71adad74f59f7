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

    /** The colour for the {@code index}-th party (cycles after the palette runs out). */
    public static String colour(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }
}
