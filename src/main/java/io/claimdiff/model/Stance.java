package io.claimdiff.model;

import java.util.Locale;

/** How a speaker positions themselves towards what they report. */
public enum Stance {
    /** States something. */
    ASSERT,
    /** Rejects a claim, report, accusation or event. */
    DENY,
    /** Confirms a claim, report or event. */
    CONFIRM,
    /** Refuses to comment. */
    DECLINE;

    /** The lower-case name used in JSON and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()}; case-insensitive. */
    public static Stance fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
