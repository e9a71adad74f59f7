package io.claimdiff.extract;

import io.claimdiff.model.Stance;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a claim's stance from its cue and its words: refusals to comment are declines, denial
 * verbs and denial phrasing ("not true", "made no promise") are denials, confirmations are confirms.
 */
final class StanceClassifier {

    private static final Set<String> NEGATORS = Words.set("not", "no", "n't", "never", "declined", "refused",
            "declines", "refuses", "decline", "refuse", "without");
    private static final Set<String> COMMENT_WORDS = Words.set("comment", "comments", "commenting", "discuss",
            "respond", "reached", "elaborate");
    private static final List<String> DENIAL_PHRASES = List.of("not true", "untrue", "fake", "baseless",
            "groundless", "pure invention", "an invention", "fabrication", "fabricated", "nonsense", "a lie",
            "does not correspond to reality", "do not correspond to reality", "no basis", "made no promise",
            "no promise", "never promised", "never happened", "did not happen", "no one has ever", "nobody has ever",
            "could not have", "false information", "false", "is impossible", "simply impossible",
            "absolutely impossible", "completely impossible", "never took place", "did not take place",
            "has not taken place", "no such", "misleading", "unfounded", "absurd", "ridiculous",
            "not the case", "disinformation", "hoax", "made up", "never said", "never agreed", "no truth",
            "nothing to do with", "not involved", "no involvement", "played no role", "had no role", "no part in");
    private static final List<String> NO_EXISTENCE = List.of("there was no ", "there were no ", "there is no ",
            "there are no ", "there has been no ", "there have been no ", "there had been no ", "there was never", "there has never");

    private StanceClassifier() {
    }

    /**
     * The stance of a claim.
     *
     * @param hint      what the cue says
     * @param reported  the reported words (after the cue, or the quotation), as in the text
     * @param whole     the claim's whole content, where a refusal ("did not respond ...") may start earlier
     * @param negatedCue whether the cue itself is negated ("could not confirm", "did not deny")
     */
    static Stance classify(CueLexicon.Hint hint, String reported, String whole, boolean negatedCue) {
        String words = normalise(reported);
        if (hint == CueLexicon.Hint.DECLINE || declines(normalise(whole))) {
            return Stance.DECLINE;
        }
        if (hint == CueLexicon.Hint.DENY && !negatedCue) {
            return Stance.DENY;
        }
        String opening = opening(words);
        if (hint == CueLexicon.Hint.CONFIRM && !negatedCue || opening.contains("could confirm") || opening.contains("can confirm")
                || opening.contains(" confirmed that") || opening.startsWith("confirmed that")) {
            return Stance.CONFIRM;
        }
        for (String p : DENIAL_PHRASES) {
            if (containsWord(words, p)) {
                return Stance.DENY;
            }
        }
        for (String p : NO_EXISTENCE) {
            if (opening.startsWith(p)) {
                return Stance.DENY;
            }
        }
        return Stance.ASSERT;
    }

    private static boolean declines(String words) {
        String[] w = words.split(" ");
        for (int i = 0; i < w.length; i++) {
            if (COMMENT_WORDS.contains(w[i])) {
                for (int j = Math.max(0, i - 6); j < i; j++) {
                    if (NEGATORS.contains(w[j]) || w[j].endsWith("n't")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // the reported clause without a leading "that" and punctuation: where "there was no ..." must start
    private static String opening(String words) {
        String s = words.strip();
        if (s.startsWith("that ")) {
            s = s.substring(5);
        }
        return s.substring(0, Math.min(s.length(), 80));
    }

    private static boolean containsWord(String hay, String phrase) {
        int from = 0;
        while (true) {
            int i = hay.indexOf(phrase, from);
            if (i < 0) {
                return false;
            }
            int e = i + phrase.length();
            boolean left = i == 0 || !Character.isLetter(hay.charAt(i - 1));
            boolean right = e >= hay.length() || !Character.isLetter(hay.charAt(e));
            if (left && right) {
                return true;
            }
            from = i + 1;
        }
    }

    static String normalise(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 4000));
        boolean space = true;
        for (int i = 0; i < s.length() && b.length() < 4000; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c == '’' || c == '\'') {
                b.append('\'');
                space = false;
            } else if (Character.isLetterOrDigit(c)) {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
