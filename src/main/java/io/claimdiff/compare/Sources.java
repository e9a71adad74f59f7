package io.claimdiff.compare;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises speakers and parties so that "Kremlin", "Moscow" and "Russia" count as one side and
 * "Dmitry Peskov (Putin's spokesman)" as the speaker "peskov".
 */
final class Sources {

    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:/|,|&|\\band\\b|;)\\s*");
    private static final Pattern THE = Pattern.compile("^the\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}0-9 .-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> GENERIC = Set.of(
            "officials", "official", "government", "authorities", "presidency", "forces", "army",
            "delegation", "ministry", "leader", "leadership", "president", "side", "diplomats", "military",
            "troops", "media", "state", "administration", "embassy", "analysts", "sources", "experts", "people",
            "residents", "witnesses", "observers", "spokesman", "spokeswoman", "spokesperson", "office");
    private static final Set<String> UNKNOWN = Set.of("", "unknown", "?", "none", "n/a", "narrator");

    private Sources() {
    }

    /** The side keys of a party (a joint party has several); falls back on the speaker. */
    static Set<String> sides(String party, String speaker) {
        Set<String> keys = new LinkedHashSet<>();
        String source = isUnknown(party) ? speaker : party;
        if (isUnknown(source)) {
            return keys;
        }
        String cleaned = PARENS.matcher(source.toLowerCase(Locale.ROOT)).replaceAll(" ").replace('’', '\'');
        for (String piece : SPLIT.split(cleaned)) {
            String p = POSSESSIVE.matcher(THE.matcher(piece).replaceAll("")).replaceAll("").trim();
            if (!p.isEmpty()) {
                keys.add(side(p));
            }
        }
        return keys;
    }

    /** A short key for the speaker: the last word of the name, titles and asides removed. */
    static String speakerKey(String speaker, Set<String> sides) {
        if (isUnknown(speaker)) {
            return sides.isEmpty() ? "" : sides.iterator().next();
        }
        String s = PARENS.matcher(speaker.toLowerCase(Locale.ROOT)).replaceAll(" ").replace('’', '\'');
        s = NOT_NAME.matcher(POSSESSIVE.matcher(s).replaceAll("")).replaceAll(" ").trim();
        String mapped = Lexicon.SIDES.get(s);
        if (mapped != null) {
            return mapped;
        }
        String[] words = SPACES.split(s);
        int last = words.length - 1;
        // "Nordwind spokeswoman" is Nordwind's voice: the role word is not the name
        while (last > 0 && (Lexicon.TITLES.contains(words[last]) || GENERIC.contains(words[last]))) {
            last--;
        }
        return words.length == 0 ? s : words[last];
    }

    /**
     * Folds a side into a shorter side of the same claims that names it: "nordwind logistics" into
     * "nordwind", "analysts at berenberg" into "berenberg", when those are sides in {@code known}.
     */
    static Set<String> fold(Set<String> sides, Set<String> known) {
        Set<String> out = new LinkedHashSet<>();
        for (String side : sides) {
            String folded = side;
            if (side.indexOf(' ') > 0) {
                for (String word : side.split(" ")) {
                    if (!GENERIC.contains(word) && !word.equals(side) && known.contains(word)) {
                        folded = word;
                        break;
                    }
                }
            }
            out.add(folded);
        }
        return out;
    }

    static boolean isUnknown(String s) {
        if (s == null) {
            return true;
        }
        for (String u : UNKNOWN) {
            if (u.equalsIgnoreCase(s.trim())) {
                return true;
            }
        }
        return false;
    }

    private static String side(String piece) {
        String mapped = Lexicon.SIDES.get(piece);
        if (mapped != null) {
            return mapped;
        }
        String[] words = SPACES.split(piece);
        if (words.length == 2) {
            // "Russian officials", "Ukrainian authorities": a side plus a generic body
            if (GENERIC.contains(words[1]) && Lexicon.SIDES.containsKey(words[0])) {
                return Lexicon.SIDES.get(words[0]);
            }
            if (GENERIC.contains(words[0]) && Lexicon.SIDES.containsKey(words[1])) {
                return Lexicon.SIDES.get(words[1]);
            }
        }
        return piece;
    }
}
