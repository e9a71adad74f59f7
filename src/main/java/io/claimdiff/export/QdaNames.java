package io.claimdiff.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names a REFI-QDA reader can keep (issue 20): QualCoder needs code names unique across the whole
 * codebook and turns a source's name into a file name, so a tag called like a party or a stance gets
 * a distinct readable name, and a source name loses the characters no file system takes.
 */
final class QdaNames {

    /** Longest source name: a readable title, short enough for any file system with its extension. */
    static final int MAX_SOURCE = 100;
    private final Set<String> codes = new HashSet<>();
    private final Set<String> sources = new HashSet<>();

    /** Claims {@code name} for a code; a name already taken (any case) gets {@code suffix}, then a number. */
    String code(String name, String suffix) {
        String candidate = name;
        for (int n = 2; !codes.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = io.claimdiff.project.qdpx.QdaVocabulary.suffixed(name, suffix, n);
        }
        return candidate;
    }

    /** A source name from {@code title}: no path or reserved characters, at most {@link #MAX_SOURCE}, unique. */
    String source(String title) {
        String clean = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        clean = clean.replaceAll("^[. ]+|[. ]+$", ""); // Windows takes no name ending in a dot or a space
        if (clean.isEmpty()) {
            clean = "Article";
        }
        if (clean.length() > MAX_SOURCE) {
            clean = clean.substring(0, MAX_SOURCE - 1).strip() + "…";
        }
        String candidate = clean;
        for (int n = 2; !sources.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = clean + " (" + n + ")";
        }
        return candidate;
    }
}
