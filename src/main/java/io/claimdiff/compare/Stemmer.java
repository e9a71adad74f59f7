package io.claimdiff.compare;

/**
 * A light English stemmer: strips the common inflection and derivation endings and caps the
 * result, so that "escalate", "escalating" and "escalation" meet. Cheap and predictable rather than
 * linguistically exact.
 */
final class Stemmer {

    private static final String[] SUFFIXES = {
        "ations", "ation", "ating", "ated", "ates", "ments", "ment", "ings", "ing", "ness", "edly",
        "ed", "ly", "es", "s", "ate"
    };
    private static final int MIN_STEM = 3;
    private static final int MAX_STEM = 7;

    private Stemmer() {
    }

    /** The stem of a lower-case word. */
    static String stem(String word) {
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ied") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else {
            for (String suffix : SUFFIXES) {
                if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM && !keepsS(w, suffix)) {
                    w = w.substring(0, w.length() - suffix.length());
                    break;
                }
            }
        }
        while (w.endsWith("e") && w.length() > MIN_STEM) {
            w = w.substring(0, w.length() - 1);
        }
        // doubled final consonants from -ing/-ed ("stopped", "planned") fold back
        int n = w.length();
        if (n > MIN_STEM + 1 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            w = w.substring(0, n - 1);
        }
        return w.length() > MAX_STEM ? w.substring(0, MAX_STEM) : w;
    }

    private static boolean keepsS(String w, String suffix) {
        // "ss" and "us"/"is" endings are not plurals ("process", "status", "crisis")
        return suffix.equals("s") && (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"));
    }
}
