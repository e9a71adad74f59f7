package io.claimdiff.compare;

import java.util.Set;
import java.util.stream.Collectors;

/** Whether two claims are about the same matter, beyond a similarity score: what they share by kind. */
final class Matter {

    /** Entity features that stand for a whole country or bloc: too broad to tie two stories. */
    private static final Set<String> COUNTRIES = Lexicon.SIDES.values().stream().map(v -> "@" + v)
            .collect(Collectors.toUnmodifiableSet());

    private Matter() {
    }

    /**
     * Names alone do not make a matter: the two must share a word or event concept. Across
     * articles (where a pointing denial has nothing of its own to match) they must also share a
     * specific name (a person, a company, a place that is not a whole country), or one must name
     * the other's source, and share two words unless it does.
     */
    static boolean same(ClaimProfile a, ClaimProfile b, boolean sameArticle) {
        int words = 0;
        int names = 0;
        for (String f : a.features().keySet()) {
            if (b.features().containsKey(f)) {
                if (!f.startsWith("@")) {
                    words++;
                } else if (!COUNTRIES.contains(f)) {
                    names++;
                }
            }
        }
        if (sameArticle || words == 0) {
            return words > 0;
        }
        if (a.anaphoric() || b.anaphoric()) {
            return false;
        }
        boolean mentioned = mentions(a, b) || mentions(b, a);
        return mentioned || names > 0 && words >= 2;
    }

    /**
     * True when {@code a} rejects something it pins on specific names (a person, a company) and
     * {@code b} names none of them, nor its source: "no talks between Putin and Biden" is not
     * an answer to "we want talks between the two leaders".
     */
    static boolean otherNames(ClaimProfile a, ClaimProfile b) {
        boolean named = false;
        for (String f : a.features().keySet()) {
            if (f.startsWith("@") && !COUNTRIES.contains(f)) {
                if (b.features().containsKey(f) || b.subject().contains(f)) {
                    return false;
                }
                named = true;
            }
        }
        return named && !mentions(b, a);
    }

    /** The names among {@code features} that are not a whole country or bloc. */
    static Set<String> specific(Set<String> features) {
        return features.stream().filter(f -> !COUNTRIES.contains(f)).collect(Collectors.toSet());
    }

    /** How many words and event concepts (not names) the two share. */
    static int sharedWords(ClaimProfile a, ClaimProfile b) {
        int words = 0;
        for (String f : a.features().keySet()) {
            if (!f.startsWith("@") && b.features().containsKey(f)) {
                words++;
            }
        }
        return words;
    }

    /** True when {@code a} names the speaker or side of {@code b}, a whole country not counting. */
    private static boolean mentions(ClaimProfile a, ClaimProfile b) {
        for (String f : b.subject()) {
            if (a.features().containsKey(f) && !COUNTRIES.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
