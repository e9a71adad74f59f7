package io.claimdiff.ui.workspace;

/** One line of the parties panel. */
public record PartyRow(String name, String colour, int claims, boolean hidden) {
}
