package io.claimdiff.project.file;

/**
 * A party as stored.
 *
 * @param name   unique name
 * @param colour {@code #rrggbb}
 * @param hidden whether its highlights are hidden
 */
public record PartyRecord(String name, String colour, boolean hidden) {
}
