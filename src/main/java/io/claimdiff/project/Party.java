package io.claimdiff.project;

/**
 * A side that speakers belong to, as the analyst sees it.
 *
 * @param name   unique name ("Russia")
 * @param colour {@code #rrggbb}
 * @param hidden whether its highlights are hidden
 */
public record Party(String name, String colour, boolean hidden) {

    public Party withColour(String value) {
        return new Party(name, value, hidden);
    }

    public Party withHidden(boolean value) {
        return new Party(name, colour, value);
    }

    public Party withName(String value) {
        return new Party(value, colour, hidden);
    }
}
