package io.claimdiff.project;

/** What a link between two claims says. */
public enum LinkKind {
    /** The two statements cannot both be true (or pull against each other). */
    CONTRADICTS,
    /** One statement backs the other. */
    SUPPORTS
}
