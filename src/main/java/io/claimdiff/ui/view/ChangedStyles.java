package io.claimdiff.ui.view;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A stretch of text whose style differs between two stylings of the same text, so that a pane
 * restyles only what changed: selecting a claim changes two claims' styles, not a 1 MB article's.
 * Pure and toolkit-free.
 *
 * @param from first character whose style differs
 * @param to   one past the last character whose style differs
 */
record ChangedStyles(int from, int to) {

    /** Stretches closer than this are restyled as one: fewer calls, each relaying out its paragraphs. */
    static final int MERGE_GAP = 200;

    /**
     * Where {@code after} differs from {@code before}, compared character by character (however
     * each is cut into spans), in text order; empty if they style every character alike. Both
     * must cover the same length.
     */
    static List<ChangedStyles> between(StyleSpans<String> before, StyleSpans<String> after) {
        if (before.length() != after.length()) {
            throw new IllegalArgumentException("stylings of different lengths: " + before.length()
                    + " and " + after.length());
        }
        List<ChangedStyles> out = new ArrayList<>();
        Iterator<StyleSpan<String>> a = before.iterator();
        Iterator<StyleSpan<String>> b = after.iterator();
        StyleSpan<String> sa = null;
        StyleSpan<String> sb = null;
        int leftA = 0;
        int leftB = 0;
        int pos = 0;
        while (pos < before.length()) {
            if (leftA == 0) {
                sa = a.next();
                leftA = sa.getLength();
                continue;
            }
            if (leftB == 0) {
                sb = b.next();
                leftB = sb.getLength();
                continue;
            }
            int step = Math.min(leftA, leftB);
            if (!sa.getStyle().equals(sb.getStyle())) {
                add(out, pos, pos + step);
            }
            pos += step;
            leftA -= step;
            leftB -= step;
        }
        return out;
    }

    private static void add(List<ChangedStyles> out, int from, int to) {
        int last = out.size() - 1;
        if (last >= 0 && from - out.get(last).to() < MERGE_GAP) {
            out.set(last, new ChangedStyles(out.get(last).from(), to));
        } else {
            out.add(new ChangedStyles(from, to));
        }
    }
}
