package io.claimdiff.project.file;

/**
 * A tag the analyst gave a colour, as stored. Tags themselves live on the claims.
 *
 * @param name   the tag, unique ignoring case
 * @param colour {@code #rrggbb}
 */
public record TagRecord(String name, String colour) {
}
