package io.claimdiff.ingest;

/** Finds an article's title in its displayed text. */
final class TitleDetector {

    private static final int MAX_TITLE = 200;

    private TitleDetector() {
    }

    /** The first non-blank line, without Markdown heading marks, cut to a sane length. */
    static String detect(String text) {
        for (String line : text.split("\n", 50)) {
            String t = line.strip();
            while (t.startsWith("#")) {
                t = t.substring(1).strip();
            }
            if (!t.isEmpty()) {
                return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE - 1) + "…" : t;
            }
        }
        return "(untitled)";
    }
}
