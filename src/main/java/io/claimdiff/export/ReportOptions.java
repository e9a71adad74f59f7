package io.claimdiff.export;

/**
 * What a report lists and who made it. The window and {@code claimdiff export} pass the same
 * options to {@link Report}; every format honours them.
 *
 * @param confirmedOnly list only the contradictions and supports the analyst accepted; without it
 *                      the accepted ones come first and unreviewed proposals are listed apart
 * @param author        the analyst's name: the author of the ClaimReview reviews, and named in the
 *                      HTML and Markdown reports; empty (never null) when not given, and then no
 *                      author is named anywhere
 */
public record ReportOptions(boolean confirmedOnly, String author) {

    /** Everything: accepted links first, then unreviewed proposals, then rejected ones, each headed apart. */
    public static final ReportOptions ALL = new ReportOptions(false, "");

    /** Only what the analyst confirmed. */
    public static final ReportOptions CONFIRMED_ONLY = new ReportOptions(true, "");

    public ReportOptions {
        author = author == null ? "" : author.strip();
    }

    public ReportOptions withConfirmedOnly(boolean value) {
        return new ReportOptions(value, author);
    }

    public ReportOptions withAuthor(String value) {
        return new ReportOptions(confirmedOnly, value);
    }
}
