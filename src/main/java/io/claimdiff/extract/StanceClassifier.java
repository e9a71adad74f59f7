package io.claimdiff.extract;

import io.claimdiff.model.Stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            "nothing to do with", "not involved", "no involvement", "played no role", "had no role", "no part in",
            "no merit", "without merit", "meritless", "no evidence", "no proof", "no indication", "never existed");
    private static final Map<String, List<String>> DENIAL_PHRASES_BY_FIRST_RUN = byFirstRun(DENIAL_PHRASES);
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
        if (hasDenialPhrase(words)) {
            return Stance.DENY;
        }
        for (String p : NO_EXISTENCE) {
            if (opening.startsWith(p)) {
                return Stance.DENY;
            }
        }
        String[] openingWords = opening.split(" ");
        return deniesEvent(openingWords) || rejectsInOwnWords(openingWords) ? Stance.DENY : Stance.ASSERT;
    }

    private static final Set<String> FIRST_PERSON = Words.set("we", "i");

    // "We have seen and reject the statement", "India rejects allegations by Canada" (in a quotation):
    // the statement's own opening verb rejects something, and no clause ("said that") comes first
    private static boolean rejectsInOwnWords(String[] w) {
        boolean firstPerson = false;
        for (int i = 0; i < w.length && i < 7; i++) {
            firstPerson |= FIRST_PERSON.contains(w[i]);
            if (w[i].equals("that") || w[i].equals("if") || w[i].equals("not") || w[i].endsWith("n't")) {
                return false;
            }
            CueLexicon.Cue cue = CueLexicon.lookup(w[i]);
            if (cue != null && cue.hint() == CueLexicon.Hint.DENY && !cue.ing() && i > 0
                    && (firstPerson || i <= 2 && !w[i].endsWith("ed"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PAST_AUXILIARIES = Words.set("did", "has", "have", "had", "was", "were");
    private static final Set<String> NEGATIVE_POLARITY = Words.set("any", "anything", "anyone", "anybody",
            "anywhere", "ever", "nor", "whatsoever");

    // "We have not lost any drone", "the two sides cannot have reached any deal": an event said not to have
    // happened, with a word ("any", "ever") that only a negation allows
    private static boolean deniesEvent(String[] w) {
        for (int i = 0; i < w.length && i < 15; i++) {
            boolean negatedPast = PAST_AUXILIARIES.contains(w[i]) && i + 1 < w.length
                    && (w[i + 1].equals("not") || w[i + 1].equals("never"))
                    || w[i].endsWith("n't") && PAST_AUXILIARIES.contains(w[i].substring(0, w[i].length() - 3))
                    || (w[i].equals("cannot") || w[i].equals("couldn't") || w[i].equals("could") && i + 1 < w.length
                    && w[i + 1].equals("not")) && i + 2 < w.length && (w[i + 1].equals("have") || w[i + 2].equals("have"));
            if (!negatedPast) {
                continue;
            }
            for (int j = i + 1; j < w.length && j <= i + 7; j++) {
                if (NEGATIVE_POLARITY.contains(w[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    // a comment word ("comment", "respond") with a negator among the six words before it
    private static boolean declines(String words) {
        int lastNegator = -7;
        int index = 0;
        String previous = "";
        for (int start = 0; start < words.length(); index++) {
            int end = words.indexOf(' ', start);
            if (end < 0) {
                end = words.length();
            }
            String w = words.substring(start, end);
            // "could not be reached" declines; "could not have reached any deals" denies
            boolean comment = COMMENT_WORDS.contains(w) && (!w.equals("reached") || previous.equals("be")
                    || previous.equals("been"));
            if (index - lastNegator <= 6 && comment) {
                return true;
            }
            previous = w;
            if (NEGATORS.contains(w) || w.endsWith("n't")) {
                lastNegator = index;
            }
            start = end + 1;
        }
        return false;
    }

    // Each phrase starts with a run of letters that must stand whole in the text, so only phrases
    // whose first run is one of the text's runs are looked for: one pass instead of one per phrase.
    private static boolean hasDenialPhrase(String words) {
        int i = 0;
        int n = words.length();
        while (i < n) {
            if (!Character.isLetter(words.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && Character.isLetter(words.charAt(end))) {
                end++;
            }
            List<String> phrases = DENIAL_PHRASES_BY_FIRST_RUN.get(words.substring(i, end));
            if (phrases != null) {
                for (String p : phrases) {
                    int e = i + p.length();
                    if (words.startsWith(p, i) && (e >= n || !Character.isLetter(words.charAt(e)))) {
                        return true;
                    }
                }
            }
            i = end;
        }
        return false;
    }

    private static Map<String, List<String>> byFirstRun(List<String> phrases) {
        Map<String, List<String>> out = new HashMap<>();
        for (String p : phrases) {
            int end = 0;
            while (end < p.length() && Character.isLetter(p.charAt(end))) {
                end++;
            }
            out.computeIfAbsent(p.substring(0, end), k -> new ArrayList<>()).add(p);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    // the reported clause without a leading "that" and punctuation: where "there was no ..." must start
    private static String opening(String words) {
        String s = words.strip();
        if (s.startsWith("that ")) {
            s = s.substring(5);
        }
        return s.substring(0, Math.min(s.length(), 80));
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
        // every char is already lower case (String.toLowerCase would change none of them: checked
        // over the whole BMP), and surrogates, which it would map, are not letters and became spaces
        return b.toString();
    }
}
