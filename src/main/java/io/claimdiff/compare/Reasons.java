package io.claimdiff.compare;

import io.claimdiff.model.Stance;

import java.util.Locale;

/** One-line explanations naming both sides of a proposed link. */
final class Reasons {

    private static final int GIST_WORDS = 12;

    private Reasons() {
    }

    /** "Russia (Dmitry Peskov) denies what France (Emmanuel Macron) asserts: …". */
    static String contradiction(ClaimProfile rejecting, ClaimProfile affirming) {
        String verb = rejecting.stance() == Stance.DENY ? "denies" : "disputes";
        String what = affirming.stance() == Stance.CONFIRM ? "confirms" : "asserts";
        return who(rejecting) + " " + verb + " what " + who(affirming) + " " + what + ": " + gist(affirming.text());
    }

    /** "United States (White House) confirms what Russia (Kremlin) says: …". */
    static String support(ClaimProfile a, ClaimProfile b) {
        ClaimProfile confirming = b.stance() == Stance.CONFIRM ? b : a;
        ClaimProfile other = confirming == a ? b : a;
        String verb = confirming.stance() == Stance.CONFIRM ? "confirms" : "also says";
        return who(confirming) + " " + verb + " what " + who(other) + " says: " + gist(other.text());
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

    /** The first words of a content, quotes and line breaks removed. */
    static String gist(String text) {
        String clean = text.replaceAll("[\"“”«»]", "").replaceAll("\\s+", " ").trim();
        String[] words = clean.split(" ");
        if (words.length <= GIST_WORDS) {
            return stripEnd(clean);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < GIST_WORDS; i++) {
            b.append(i == 0 ? "" : " ").append(words[i]);
        }
        return stripEnd(b.toString()) + "…";
    }

    private static String stripEnd(String s) {
        String t = s.replaceAll("[\\s,.;:]+$", "");
        return t.isEmpty() ? s.toLowerCase(Locale.ROOT) : t;
    }
}
