package io.claimdiff.ui;

/** One line of the parties panel. */
public record PartyRow(String name, String colour, int claims, boolean hidden) {
}
