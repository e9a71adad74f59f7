package io.claimdiff.ui.workspace;

/**
 * One line of the tag manager.
 *
 * @param name   the tag
 * @param colour {@code #rrggbb}, or empty when the analyst gave it none
 * @param claims how many claims carry it
 */
public record TagRow(String name, String colour, int claims) {
}
