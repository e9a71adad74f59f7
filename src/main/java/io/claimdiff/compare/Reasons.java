package io.claimdiff.compare;

import io.claimdiff.model.Stance;

import java.util.Locale;
import java.util.regex.Pattern;

/** One-line explanations naming both sides of a proposed link. */
final class Reasons {

    private static final int GIST_WORDS = 12;
    private static final Pattern QUOTES = Pattern.compile("[\"“”«»]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s,.;:]+$");

    private Reasons() {
    }

    /** "Russia (Dmitry Peskov) denies what France (Emmanuel Macron) asserts: …". */
    static String contradiction(ClaimProfile rejecting, ClaimProfile affirming) {
        String verb = rejecting.stance() == Stance.DENY ? "denies" : "disputes";
        String what = affirming.stance() == Stance.CONFIRM ? "confirms" : "asserts";
        return who(rejecting) + " " + verb + " what " + who(affirming) + " " + what + ": "
                + gist(affirming.text(), rejecting);
    }

    /** "United States (White House) confirms what Russia (Kremlin) says: …". */
    static String support(ClaimProfile a, ClaimProfile b) {
        if (a.rejects() && b.rejects()) {
            return who(b) + " also denies what " + who(a) + " denies: " + gist(a.text(), b);
        }
        ClaimProfile confirming = b.stance() == Stance.CONFIRM ? b : a;
        ClaimProfile other = confirming == a ? b : a;
        String verb = confirming.stance() == Stance.CONFIRM ? "confirms" : "also says";
        return who(confirming) + " " + verb + " what " + who(other) + " says: " + gist(other.text(), confirming);
    }

    /** "Side (Speaker)", or just the speaker when it names the side. */
    static String who(ClaimProfile p) {
        String speaker = p.claim().speaker() == null ? "" : p.claim().speaker().trim();
        String party = p.claim().party() == null ? "" : p.claim().party().trim();
        if (Sources.isUnknown(party) || party.equalsIgnoreCase(speaker)) {
            return Sources.isUnknown(speaker) ? "an unnamed source" : speaker;
        }
        if (Sources.isUnknown(speaker)) {
            return party;
        }
        return party + " (" + speaker + ")";
    }

    /**
     * A dozen words of {@code text}, quotes and line breaks removed: the stretch that shares most
     * with {@code other}, so a long sentence is shown by its point rather than its attribution.
     */
    static String gist(String text, ClaimProfile other) {
        String clean = SPACES.matcher(QUOTES.matcher(text).replaceAll("")).replaceAll(" ").trim();
        String[] words = clean.split(" ");
        if (words.length <= GIST_WORDS) {
            return stripEnd(clean);
        }
        boolean[] hit = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            hit[i] = shares(words[i], other);
        }
        int best = Math.min(afterReport(words), words.length - GIST_WORDS);
        int bestHits = hits(hit, best) + 1;
        for (int start = 0; start + GIST_WORDS <= words.length; start++) {
            int hits = hits(hit, start);
            if (hits > bestHits) {
                best = start;
                bestHits = hits;
            }
        }
        StringBuilder b = new StringBuilder(best > 0 ? "…" : "");
        for (int i = best; i < best + GIST_WORDS; i++) {
            b.append(i == best ? "" : " ").append(words[i]);
        }
        return stripEnd(b.toString()) + (best + GIST_WORDS < words.length ? "…" : "");
    }

    private static int hits(boolean[] hit, int start) {
        int hits = 0;
        for (int i = start; i < start + GIST_WORDS; i++) {
            hits += hit[i] ? 1 : 0;
        }
        return hits;
    }

    /** Where the reported statement starts after "X said that", or 0. */
    private static int afterReport(String[] words) {
        boolean reported = false;
        for (int i = 0; i < words.length * 3 / 5; i++) {
            String w = letters(words[i]);
            if (reported && w.equals("that")) {
                return i + 1;
            }
            reported |= Lexicon.REPORTING.contains(w);
        }
        return 0;
    }

    private static boolean shares(String word, ClaimProfile other) {
        String lower = letters(word);
        if (lower.length() < 3 || Lexicon.STOP.contains(lower)) {
            return false;
        }
        String concept = Lexicon.CONCEPTS.get(lower);
        String side = "@" + Lexicon.SIDES.getOrDefault(lower, lower);
        return other.features().containsKey(concept == null ? Stemmer.stem(lower) : concept)
                || other.features().containsKey(side) || other.subject().contains(side);
    }

    private static String letters(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static String stripEnd(String s) {
        String t = TRAILING.matcher(s).replaceAll("");
        return t.isEmpty() ? s.toLowerCase(Locale.ROOT) : t;
    }
}
