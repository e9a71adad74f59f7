package io.claimdiff.export;

/**
 * What a report lists. The window and {@code claimdiff export --confirmed-only} pass the same
 * options to {@link Report}; every format honours them.
 *
 * @param confirmedOnly list only the contradictions and supports the analyst accepted; without it
 *                      the accepted ones come first and unreviewed proposals are listed apart
 */
public record ReportOptions(boolean confirmedOnly) {

    /** Everything: accepted links first, then unreviewed proposals, then rejected ones, each headed apart. */
    public static final ReportOptions ALL = new ReportOptions(false);

    /** Only what the analyst confirmed. */
    public static final ReportOptions CONFIRMED_ONLY = new ReportOptions(true);
}
