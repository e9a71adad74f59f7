package io.claimdiff.ingest;

import io.claimdiff.model.TextSpan;

import java.util.List;

/** Finds an article's title in its displayed text. */
final class TitleDetector {

    private static final int MAX_TITLE = 200;
    private static final int HEAD_LINES = 8;
    private static final int MAX_LINE = 1000;

    private TitleDetector() {
    }

    /** The first non-blank line, without Markdown heading marks, cut to a sane length. */
    static String detect(String text) {
        for (String line : text.split("\n", 50)) {
            String t = clean(line);
            if (!t.isEmpty()) {
                return cut(t);
            }
        }
        return "(untitled)";
    }

    /**
     * The title line among the first lines: a line the page repeats (saved pages print the headline
     * more than once), else the first line that is not furniture and reads like a headline.
     */
    static TextSpan find(String text, List<TextSpan> lines, List<TextSpan> furniture) {
        int head = Math.min(lines.size(), HEAD_LINES);
        // an explicit Markdown heading is the author's own title, however short
        for (int i = 0; i < head; i++) {
            if (lines.get(i).of(text).startsWith("#") && !furniture.contains(lines.get(i))
                    && !clean(lines.get(i).of(text)).isEmpty()) {
                return lines.get(i);
            }
        }
        for (int i = 0; i < head; i++) {
            if (lines.get(i).length() > MAX_LINE) {
                continue;
            }
            String a = lines.get(i).of(text);
            for (int j = i + 1; j < head; j++) {
                if (lines.get(i).length() == lines.get(j).length() && a.equals(lines.get(j).of(text))
                        && words(a, 4) >= 4 && !furniture.contains(lines.get(i))) {
                    return lines.get(i);
                }
            }
        }
        for (int i = 0; i < head; i++) {
            TextSpan line = lines.get(i);
            if (!furniture.contains(line) && words(line.of(text), 4) >= 4) {
                return line;
            }
        }
        for (TextSpan line : lines) {
            if (!furniture.contains(line)) {
                return line;
            }
        }
        return lines.isEmpty() ? null : lines.get(0);
    }

    /** Whitespace-separated words in {@code s}, counted up to {@code limit}. */
    static int words(String s, int limit) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length() && n < limit; i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** "date 2024-11-11" at the very start, as some saved-page tools stamp the first line. */
    private static final java.util.regex.Pattern STAMP = java.util.regex.Pattern.compile(
            "\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*");

    /** The day a saved text is stamped with on its first line, or null. */
    static java.time.LocalDate stampedDay(String text) {
        java.util.regex.Matcher m = STAMP.matcher(text);
        return m.lookingAt() ? PageMeta.day(m.group(1)) : null;
    }

    static String clean(String line) {
        String t = line.strip();
        java.util.regex.Matcher stamp = STAMP.matcher(t);
        if (stamp.lookingAt()) {
            t = t.substring(stamp.end()); // the date goes to the article's details, not its title
        }
        while (t.startsWith("#")) {
            t = t.substring(1).strip();
        }
        return t;
    }

    static String cut(String t) {
        return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE - 1) + "…" : t;
    }
}
