package io.claimdiff.project;

/** The analyst's decision on a link. */
public enum LinkStatus {
    PROPOSED,
    ACCEPTED,
    REJECTED
}
