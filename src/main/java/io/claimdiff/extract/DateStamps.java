package io.claimdiff.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A page's date stamp glued to the first sentence by a scraper ("date 2025-01-17 Tanzania's government …"). */
final class DateStamps {

    private static final Set<String> LABELS = Words.set("date", "dated", "published", "updated", "posted");
    private static final Pattern STAMP = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}");

    private DateStamps() {
    }

    /** The first token of {@code [from, to)} after a leading date stamp, or {@code from} when there is none. */
    static int skip(String text, List<Token> toks, int from, int to) {
        int k = from < to && LABELS.contains(toks.get(from).lower()) ? from + 1 : from;
        if (k + 1 < to && STAMP.matcher(text.substring(toks.get(k).start(), toks.get(k).end())).matches()) {
            return k + 1;
        }
        return from;
    }
}
