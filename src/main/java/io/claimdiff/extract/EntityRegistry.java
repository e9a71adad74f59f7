package io.claimdiff.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one article says about the people in it, read before extraction: the fullest form of each
 * name ("Peskov" is "Dmitry Peskov"), the party its titles reveal ("Kremlin spokesman") and the
 * descriptions that stand for it ("Putin's spokesman"). Built per article, never shared.
 */
final class EntityRegistry {

    private static final int MAX_NAMES = 5000;
    private static final int MAX_PER_WORD = 50;

    /** One name seen in the article, with the party its context gave it. */
    private static final class Known {
        final String name;
        final String[] words;
        String party;
        int mentions = 1;

        Known(String name, String[] words, String party) {
            this.name = name;
            this.words = words;
            this.party = party;
        }
    }

    private final List<Known> known = new ArrayList<>();
    private final Map<String, Known> byName = new HashMap<>();
    private final Map<String, List<Known>> byWord = new HashMap<>();
    private final Map<String, String> roleAliases = new HashMap<>();
    private final java.util.Set<String> capitalisedInside = new java.util.HashSet<>();
    private final java.util.Set<String> capitalisedInBody = new java.util.HashSet<>();
    private final Map<String, Known> acronyms = new HashMap<>();

    /** Whether the word was seen capitalised inside a sentence, where only names are. */
    boolean seenInsideSentence(String lower) {
        return capitalisedInside.contains(Words.stem(lower));
    }

    /** Learns the names in one sentence's tokens. */
    void learn(String text, List<Token> toks, Gazetteer gaz) {
        for (Token t : toks) {
            if (t.cap() && t.isWord() && capitalisedInBody.size() < MAX_NAMES) {
                capitalisedInBody.add(Words.stem(t.lower()));
            }
        }
        for (int k = 1; k < toks.size() && capitalisedInside.size() < MAX_NAMES; k++) {
            Token t = toks.get(k);
            Token prev = toks.get(k - 1);
            if (t.cap() && t.isWord() && (prev.isWord() || prev.is(",") || prev.kind() == Token.Kind.NUMBER)) {
                capitalisedInside.add(Words.stem(t.lower()));
            }
        }
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
        for (int k = 1; k + 2 < toks.size(); k++) {
            if (toks.get(k).is("(") && toks.get(k + 2).is(")") && toks.get(k - 1).cap()) {
                learnAcronym(text, toks, gaz, k);
            }
        }
    }

    /**
     * Learns the names of a headline, after the body: in "Black Lawmakers Rip Donald Trump As A
     * ‘Disgusting Fraud’" no word says where a name ends, so a run of capitalised words keeps only
     * the words the body also capitalises inside its sentences ("Donald Trump").
     */
    void learnHeadline(String text, List<Token> toks, Gazetteer gaz) {
        int i = 0;
        while (i < toks.size()) {
            if (!startsName(toks.get(i)) || !inBody(text, toks, i, gaz)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && startsName(toks.get(j)) && !Words.possessive(toks.get(j - 1).lower())
                    && inBody(text, toks, j, gaz)) {
                j++;
            }
            Known known = lookup(text.substring(toks.get(j - 1).start(), toks.get(j - 1).end()));
            if (known == null || known.words.length < 2) { // the body knows "François Hollande": not again as "Francois Hollande"
                learnRun(text, toks, gaz, i, j);
            }
            i = j;
        }
    }

    // a word the body capitalises, or a first name before one ("Cecile Richards", the body saying "Richards")
    private boolean inBody(String text, List<Token> toks, int k, Gazetteer gaz) {
        Token t = toks.get(k);
        return capitalisedInBody(t) || gaz.gender(text.substring(t.start(), t.end())) != 0
                && k + 1 < toks.size() && startsName(toks.get(k + 1)) && capitalisedInBody(toks.get(k + 1));
    }

    // capitalised in the body, even only where a sentence starts ("Johansson has asserted …"), unless it
    // is a word headline style capitalises that no name holds ("Is", "Will")
    private boolean capitalisedInBody(Token t) {
        return capitalisedInside.contains(Words.stem(t.lower()))
                || capitalisedInBody.contains(Words.stem(t.lower())) && !AUXILIARIES.contains(t.lower());
    }

    private static final java.util.Set<String> AUXILIARIES = Words.set("is", "are", "was", "were", "be", "been",
            "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "does", "did",
            "do", "says", "said");

    /**
     * A headline in title case: at least four words, no lower-case word but function words (which some
     * styles keep low), and either a capitalised function word ("Is", "As", "To", "Should"), which only
     * headline style capitalises, or five words or more. "President Putin met President Macron" is a
     * sentence. A line taken for a headline by mistake costs little: its names are still learned where
     * the body bears them out.
     */
    static boolean titleCase(List<Token> toks) {
        int words = 0;
        boolean functionWord = false;
        for (Token t : toks) {
            if (!t.isWord()) {
                continue;
            }
            words++;
            boolean function = Words.NOT_NAMES.contains(t.lower()) || AUXILIARIES.contains(t.lower()) || t.is("you");
            if (!t.cap() && !function) {
                return false;
            }
            functionWord |= t.cap() && function && t.lower().length() > 1;
        }
        return words >= 4 && functionWord || words >= 5;
    }

    // "the Ministry of External Affairs (MEA)": later "MEA" is that ministry, with its side
    private void learnAcronym(String text, List<Token> toks, Gazetteer gaz, int open) {
        String acronym = text.substring(toks.get(open + 1).start(), toks.get(open + 1).end());
        if (!Tokenizer.allCaps(text, toks.get(open + 1)) || acronym.length() > 8
                || gaz.matchAt(text, toks, open + 1, open + 2) > 0) {
            return; // the gazetteer knows "WHO" already, whatever the article's spelling of its name
        }
        int s = open - 1;
        StringBuilder initials = new StringBuilder();
        initials.append(text.charAt(toks.get(s).start()));
        while (s - 1 >= 0 && initials.length() < acronym.length()) {
            Token t = toks.get(s - 1);
            if (t.cap() && t.isWord() && !Words.NOT_NAMES.contains(t.lower()) && !Words.possessive(t.lower())) {
                initials.insert(0, text.charAt(t.start()));
                s--;
            } else if (ACRONYM_LINKS.contains(t.lower()) && s - 2 >= 0 && toks.get(s - 2).cap()) {
                s--;
            } else {
                break;
            }
        }
        if (!initials.toString().equals(acronym)) {
            return;
        }
        String name = text.substring(toks.get(s).start(), toks.get(open - 1).end());
        String party = s >= 1 && Words.possessive(toks.get(s - 1).lower()) && toks.get(s - 1).cap()
                ? NounPhrases.stripPossessive(text.substring(toks.get(s - 1).start(), toks.get(s - 1).end())) : null;
        int g = s >= 1 ? gaz.matchAt(text, toks, s - 1, s) : 0;
        party = party != null ? party : g > 0 ? gaz.partyOf(text, toks, s - 1, g) : null;
        Known k = remember(name, party);
        if (k != null) {
            acronyms.putIfAbsent(Words.stem(acronym.toLowerCase(Locale.ROOT)), k);
        }
    }

    private static final java.util.Set<String> ACRONYM_LINKS = Words.set("of", "and", "for", "on", "the", "&");

    private void learnRun(String text, List<Token> toks, Gazetteer gaz, int from, int to) {
        int start = from;
        String party = null;
        String role = null;
        while (start < to - 1) {
            int g = gaz.matchAt(text, toks, start, to - 1);
            if (g == 1 && role != null && start + 2 == to && !gaz.isDemonym(text.substring(toks.get(start).start(),
                    toks.get(start).end())) && !Words.ORG_WORDS.contains(toks.get(start + 1).lower())
                    && !Words.BODY_NOUNS.contains(toks.get(start + 1).lower())) {
                break; // "Defence Minister Israel Katz": after the title, a place with one word left is a first name
            } else if (g > 0) {
                party = party == null ? gaz.partyOf(text, toks, start, g) : party;
                start += g;
            } else if (Words.TITLES.contains(toks.get(start).lower()) || Words.PERSON_NOUNS.contains(toks.get(start).lower())
                    || Words.BODY_NOUNS.contains(toks.get(start).lower())) {
                role = toks.get(start).lower();
                start++;
            } else {
                break;
            }
        }
        for (int k = start; k + 1 < to - 1; k++) {
            if (Words.TITLES.contains(toks.get(k).lower()) && !Words.ORG_WORDS.contains(toks.get(k + 1).lower())) {
                start = k + 1; // "Work and Pensions Secretary Liz Kendall" is Liz Kendall
            }
        }
        if (to - start == 1 && from == start) {
            Known k = lookup(text.substring(toks.get(start).start(), toks.get(start).end()));
            if (k != null && k.words.length > 1) {
                k.mentions++; // "Ronaldo" after "Cristiano Ronaldo"
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
        remember(name, party);
    }

    private Known remember(String name, String party) {
        String key = name.toLowerCase(Locale.ROOT).replace('’', '\'');
        Known k = byName.get(key);
        if (k != null) {
            k.mentions++;
            if (k.party == null) {
                k.party = party;
            }
            return k;
        }
        if (known.size() >= MAX_NAMES) {
            return null;
        }
        k = new Known(name, words(name), party);
        known.add(k);
        byName.put(key, k);
        for (String w : k.words) {
            List<Known> list = byWord.computeIfAbsent(w, x -> new ArrayList<>());
            if (list.size() < MAX_PER_WORD) {
                list.add(k);
            }
        }
        return k;
    }

    private static String[] words(String name) {
        String[] w = name.toLowerCase(Locale.ROOT).replace('’', '\'').strip().split("\\s+");
        for (int i = 0; i < w.length; i++) {
            w[i] = Words.stem(w[i]);
        }
        return w;
    }

    private static boolean startsName(Token t) {
        return t.cap() && t.isWord() && !Words.NOT_NAMES.contains(Words.stem(t.lower())) && !headlineVerb(t.lower())
                && !NEVER_IN_NAMES.contains(t.lower());
    }

    // "Is Sanders finally connecting …?": verbs no name is made of ("Will" and "May" are names too)
    private static final java.util.Set<String> NEVER_IN_NAMES = Words.set("is", "are", "was", "were", "be", "been",
            "has", "have", "had", "would", "could", "should", "does", "did", "do", "says", "said");

    // "Lindsey Graham Says …" in a title-case headline: the verb ends the name
    private static boolean headlineVerb(String lower) {
        CueLexicon.Cue cue = CueLexicon.lookup(lower);
        return cue != null && !cue.ing() && !lower.equals(cue.lemma()) && lower.endsWith("s");
    }

    /** The fullest form of {@code name} seen in the article. */
    String fullest(String name) {
        Known k = lookup(name);
        return k != null && k.words.length >= words(name).length ? k.name : name;
    }

    /** The party known for a name or one of its words, or null. */
    String party(String name) {
        Known k = lookup(name);
        return k == null ? null : k.party;
    }

    /** Sets the party of a name unless one is known already. */
    void suggestParty(String name, String party) {
        if (party == null) {
            return;
        }
        Known k = lookup(name);
        if (k == null) {
            remember(name, party);
        } else if (k.party == null) {
            k.party = party;
        }
    }

    // the longest known name that contains all words of name in order ("Lula" in "Luiz Inácio Lula da
    // Silva", but not "Maria da Silva"); else a spelling variant ("Dmitri"/"Dmitry Peskov")
    private Known lookup(String name) {
        String[] w = words(name);
        if (w.length == 0 || w[w.length - 1].isEmpty()) {
            return null;
        }
        if (w.length == 1 && acronyms.containsKey(w[0])) {
            return acronyms.get(w[0]);
        }
        List<Known> candidates = byWord.getOrDefault(w[w.length - 1], List.of());
        Known best = null;
        for (Known k : candidates) {
            if (subsequence(w, k.words) && (best == null || k.words.length > best.words.length)) {
                best = k;
            }
        }
        if (best == null && w.length == 2) {
            for (Known k : candidates) {
                if (k.words.length == 2 && k.words[1].equals(w[1]) && k.words[0].length() >= 4 && w[0].length() >= 4
                        && k.words[0].regionMatches(0, w[0], 0, 4)) {
                    return k;
                }
            }
        }
        return best;
    }

    private static boolean subsequence(String[] part, String[] whole) {
        int j = 0;
        for (int i = 0; i < whole.length && j < part.length; i++) {
            if (whole[i].equals(part[j])) {
                j++;
            }
        }
        return j == part.length;
    }

    /**
     * The person the article is about: of the full names that start with a known first name, the
     * one named most often, if named at least twice and more often than any other; else null.
     */
    String protagonist(Gazetteer gaz) {
        Known best = null;
        boolean tie = false;
        for (Known k : known) {
            if (k.words.length < 2 || gaz.gender(k.name.substring(0, k.name.indexOf(' '))) == 0) {
                continue;
            }
            if (best == null || k.mentions > best.mentions) {
                best = k;
                tie = false;
            } else if (k.mentions == best.mentions) {
                tie = true;
            }
        }
        return best == null || tie || best.mentions < 2 ? null : best.name;
    }

    /** The person known as "{owner}'s {role}" ("Putin's spokesman"), or null. */
    String byRole(String ownerLower, String role) {
        return roleAliases.get(Words.stem(ownerLower) + " " + role);
    }
}
