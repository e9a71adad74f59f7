package io.claimdiff.project;

/** Who made a claim or a link: the engine proposed it, or the analyst made or changed it. */
public enum Provenance {
    ENGINE,
    ANALYST
}
