package io.claimdiff.ui.workspace;

import io.claimdiff.model.Article;
import io.claimdiff.project.ClaimEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tags of an article's claims by paragraph, for the pane's margin: as in QDA tools' code
 * stripes, an analyst sees where the tagged statements are without opening the table.
 */
public final class TagMarks {

    /** One tag in a paragraph, with its colour (the tag manager's, else a neutral grey). */
    public record Mark(String tag, String colour) {
    }

    /** A tag without a colour of its own. */
    public static final String DEFAULT_COLOUR = "#6b6b6b";

    private TagMarks() {
    }

    /**
     * The marks of {@code claims} of {@code article} by paragraph index (lines of the text), each
     * tag once per paragraph, in order of first appearance; {@code colours} by tag, any case.
     */
    public static Map<Integer, List<Mark>> of(Article article, List<ClaimEntry> claims, Map<String, String> colours) {
        Map<String, String> byTag = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byTag.putAll(colours);
        String text = article.text();
        Map<Integer, List<Mark>> out = new TreeMap<>();
        for (ClaimEntry e : claims) {
            if (e.tags().isEmpty()) {
                continue;
            }
            int paragraph = paragraphOf(text, e.claim().content().start());
            List<Mark> marks = out.computeIfAbsent(paragraph, k -> new ArrayList<>());
            for (String tag : e.tags()) {
                if (marks.stream().noneMatch(m -> m.tag().equalsIgnoreCase(tag))) {
                    marks.add(new Mark(tag, byTag.getOrDefault(tag, DEFAULT_COLOUR)));
                }
            }
        }
        return out;
    }

    private static int paragraphOf(String text, int offset) {
        int end = Math.min(Math.max(0, offset), text.length());
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
