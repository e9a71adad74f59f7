package io.claimdiff.extract;

import io.claimdiff.model.Claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One speaker, one party across all open articles: "Peskov" named bare in one article is Russia
 * because "Kremlin spokesman Dmitry Peskov" in another says so. A party that only repeats the
 * speaker's own name gives way to one the texts reveal; where several are revealed, the most
 * frequent wins, then the first. Pure: claims in, claims out.
 */
public final class SpeakerParties {

    private SpeakerParties() {
    }

    /** The claims with each speaker's agreed party; claims whose party already agrees are returned as they are. */
    public static List<Claim> agree(List<Claim> claims) {
        Map<String, String> fullNames = fullNames(claims);
        Map<String, String> agreed = agreedParties(claims, fullNames);
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            String party = departmentName(c.speaker()) ? null : agreed.get(canonical(c.speaker(), fullNames));
            out.add(party == null || party.equals(c.party()) ? c : withParty(c, party));
        }
        return out;
    }

    /** The agreed party of every speaker (by its key, through {@code fullNames}) that has one the texts reveal. */
    private static Map<String, String> agreedParties(List<Claim> claims, Map<String, String> fullNames) {
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.speaker() == null || c.party() == null || ownName(c.party(), c.speaker()) || departmentName(c.speaker())
                    || c.party().equalsIgnoreCase(Discourse.UNKNOWN_PARTY)) {
                continue;
            }
            votes.computeIfAbsent(canonical(c.speaker(), fullNames), k -> new LinkedHashMap<>())
                    .merge(c.party(), 1, Integer::sum);
        }
        Map<String, String> agreed = new HashMap<>();
        votes.forEach((speaker, byParty) -> {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : byParty.entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            agreed.put(speaker, best);
        });
        return agreed;
    }

    // "Peskov" is "Dmitry Peskov" when exactly one speaker's full name ends with that word
    private static Map<String, String> fullNames(List<Claim> claims) {
        Map<String, String> byLastWord = new HashMap<>();
        for (Claim c : claims) {
            String s = normal(c.speaker());
            int space = s.lastIndexOf(' ');
            if (space > 0) {
                String last = s.substring(space + 1);
                String known = byLastWord.putIfAbsent(last, s);
                if (known != null && !known.equals(s)) {
                    byLastWord.put(last, ""); // two people share the surname: no guess
                }
            }
        }
        return byLastWord;
    }

    private static String canonical(String speaker, Map<String, String> fullNames) {
        String s = normal(speaker);
        if (s.indexOf(' ') < 0) {
            String full = fullNames.get(s);
            return full == null || full.isEmpty() ? s : full;
        }
        return s;
    }

    // every country has a "Ministry of Defence": such a name keeps the side its own article gives it
    private static boolean departmentName(String speaker) {
        String s = normal(speaker);
        int of = s.indexOf(" of ");
        return of > 0 && s.indexOf(' ') == of && DEPARTMENTS.contains(s.substring(0, of));
    }

    private static final java.util.Set<String> DEPARTMENTS = Words.set("ministry", "department", "office", "secretariat",
            "directorate", "bureau", "embassy", "minister", "secretary", "ministers", "state", "commissioner");

    // a party that is the speaker's own name (or a word of it) says nothing about their side
    private static boolean ownName(String party, String speaker) {
        String p = normal(party);
        String s = normal(speaker);
        return p.isEmpty() || p.equals(s) || (" " + s + " ").contains(" " + p + " ") || (" " + p + " ").contains(" " + s + " ");
    }

    private static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }

    private static Claim withParty(Claim c, String party) {
        return new Claim(c.id(), c.articleId(), c.content(), c.cue(), c.speakerSpan(), c.speaker(), party, c.stance(),
                c.rule(), c.confidence());
    }
}
