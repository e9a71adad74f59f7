package io.claimdiff.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one article says about the people in it, read before extraction: the fullest form of each
 * name ("Peskov" is "Dmitry Peskov"), the party its titles reveal ("Kremlin spokesman") and the
 * descriptions that stand for it ("Putin's spokesman"). Built per article, never shared.
 */
final class EntityRegistry {

    private final Map<String, String> fullNames = new HashMap<>();
    private final Map<String, Integer> nameLengths = new HashMap<>();
    private final Map<String, String> parties = new HashMap<>();
    private final Map<String, String> roleAliases = new HashMap<>();
    private final Map<String, String> firstNames = new HashMap<>();
    private final Map<String, String> firstParties = new HashMap<>();

    /** Learns the names in one sentence's tokens. */
    void learn(String text, List<Token> toks, Gazetteer gaz) {
        int i = 0;
        while (i < toks.size()) {
            if (!startsName(toks.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && (startsName(toks.get(j)) && !Words.possessive(toks.get(j - 1).lower())
                    || Words.NAME_PARTICLES.contains(toks.get(j).lower()) && j + 1 < toks.size()
                    && startsName(toks.get(j + 1)))) {
                j++;
            }
            learnRun(text, toks, gaz, i, j);
            i = j;
        }
    }

    private void learnRun(String text, List<Token> toks, Gazetteer gaz, int from, int to) {
        int start = from;
        String party = null;
        String role = null;
        while (start < to - 1) {
            int g = gaz.matchAt(text, toks, start, to - 1);
            if (g > 0) {
                party = party == null ? gaz.partyOf(text, toks, start, g) : party;
                start += g;
            } else if (Words.TITLES.contains(toks.get(start).lower())) {
                role = toks.get(start).lower();
                start++;
            } else {
                break;
            }
        }
        if (to - start < 2 || gaz.matchAt(text, toks, start, to) == to - start) {
            return;
        }
        boolean org = false;
        for (int k = start; k < to; k++) {
            org |= Words.ORG_WORDS.contains(toks.get(k).lower());
        }
        // "Kremlin spokesman Dmitry Peskov", "Putin's spokesman Dmitry Peskov"
        if (!org && start == from && from >= 2 && Words.PERSON_NOUNS.contains(toks.get(from - 1).lower())) {
            role = toks.get(from - 1).lower();
            Token owner = toks.get(from - 2);
            if (owner.cap()) {
                int g = gaz.matchAt(text, toks, from - 2, from - 1);
                String p = g > 0 ? gaz.partyOf(text, toks, from - 2, g) : party(Words.stem(owner.lower()));
                party = party == null ? p : party;
                String name = NounPhrases.stripPossessive(text.substring(toks.get(start).start(), toks.get(to - 1).end()));
                roleAliases.putIfAbsent(Words.stem(owner.lower()) + " " + role, name);
            }
        }
        String name = NounPhrases.stripPossessive(text.substring(toks.get(start).start(), toks.get(to - 1).end()));
        String key = Words.stem(toks.get(to - 1).lower());
        int length = to - start;
        if (length > nameLengths.getOrDefault(key, 0)) {
            fullNames.put(key, name);
            nameLengths.put(key, length);
        }
        if (party != null) {
            parties.putIfAbsent(key, party);
        }
        if (org) {
            return; // "Manchester United" may stand for "United", but not "Manchester" for the club
        }
        // surname-first names ("Mao Ning" is "Mao"); used only when no name ends with the word
        String firstKey = Words.stem(toks.get(start).lower());
        firstNames.putIfAbsent(firstKey, name);
        if (party != null) {
            firstParties.putIfAbsent(firstKey, party);
        }
    }

    private static boolean startsName(Token t) {
        return t.cap() && t.isWord() && !Words.NOT_NAMES.contains(Words.stem(t.lower()));
    }

    /** The fullest form of {@code name} seen in the article. */
    String fullest(String name) {
        int space = name.lastIndexOf(' ');
        String key = Words.stem(name.substring(space + 1).toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
        String full = fullNames.get(key);
        if (full == null && space < 0 && firstNames.containsKey(key)) {
            return firstNames.get(key);
        }
        if (full == null || !full.endsWith(name.substring(space + 1))) {
            return name;
        }
        // variants of one name ("Dmitri"/"Dmitry Peskov") are shown as the article's first fullest form
        return full.split(" ").length >= name.split(" ").length ? full : name;
    }

    /** The party known for a name or its last word, or null. */
    String party(String lowerWordOrName) {
        String s = lowerWordOrName.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        String key = Words.stem(s.substring(s.lastIndexOf(' ') + 1));
        String p = parties.get(key);
        return p != null || fullNames.containsKey(key) ? p : firstParties.get(key);
    }

    /** Sets the party of a name unless one is known already. */
    void suggestParty(String name, String party) {
        if (party != null) {
            String s = name.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
            parties.putIfAbsent(Words.stem(s.substring(s.lastIndexOf(' ') + 1)), party);
        }
    }

    /** The person known as "{owner}'s {role}" ("Putin's spokesman"), or null. */
    String byRole(String ownerLower, String role) {
        return roleAliases.get(Words.stem(ownerLower) + " " + role);
    }
}
