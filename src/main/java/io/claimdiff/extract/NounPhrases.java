package io.claimdiff.extract;

import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/** Reads a subject-like noun phrase from a token range: a name with its titles, a description, or a pronoun. */
final class NounPhrases {

    private final String text;
    private final List<Token> toks;
    private final Gazetteer gaz;
    private final EntityRegistry registry;
    private final SentenceGrammar grammar;

    NounPhrases(String text, List<Token> toks, Gazetteer gaz, EntityRegistry registry, SentenceGrammar grammar) {
        this.text = text;
        this.toks = toks;
        this.gaz = gaz;
        this.registry = registry;
        this.grammar = grammar;
    }

    Gazetteer gazetteer() {
        return gaz;
    }

    /** Whether {@code word} is a common first name ("Justin", "Melanie"). */
    boolean knowsFirstName(String word) {
        return gaz.gender(word) != 0;
    }

    /** The parts of speech of the sentence. */
    SentenceGrammar grammar() {
        return grammar;
    }

    /** The source named by tokens {@code [from, to)}, or null when they do not look like one. */
    Mention analyse(int from, int to) {
        while (from < to && (!toks.get(from).isWord() || Words.LEADERS.contains(toks.get(from).lower()))) {
            if (Words.CONDITIONALS.contains(toks.get(from).lower())) {
                return null;
            }
            from++;
        }
        while (to > from && (!toks.get(to - 1).isWord() || Words.VERB_FILLERS.contains(toks.get(to - 1).lower())
                && !(toks.get(to - 1).cap() && to - 1 > from))) { // "The Times" is no "times"
            to--;
        }
        if (from >= to || to - from > 25) {
            return null;
        }
        for (int k = from; k < to; k++) {
            if (Words.CONDITIONALS.contains(toks.get(k).lower())) {
                return null; // "if X says", "why Kiev has disclosed": not a report
            }
        }
        Token first = toks.get(from);
        String pronoun = OBJECT_PRONOUNS.getOrDefault(first.lower(), first.lower());
        if (to - from == 1 && Words.PRONOUNS.contains(pronoun)) {
            Mention.Type type = pronoun.equals("it") ? Mention.Type.BODY
                    : pronoun.equals("they") || pronoun.equals("we") ? Mention.Type.GROUP : Mention.Type.PERSON;
            return new Mention(span(from, to), pronoun, type, Mention.Form.PRONOUN, null, null, false);
        }
        for (int k = from + 1; k < to; k++) {
            if (Words.RELATIVES.contains(toks.get(k).lower()) || CLAUSE_OPENERS.contains(toks.get(k).lower())) {
                to = k; // "coach as United fight relegation": the phrase ends where a clause begins
                break;
            }
        }
        for (int k = to - 2; k > from; k--) {
            Token t = toks.get(k);
            Token p = toks.get(k - 1);
            boolean article = t.is("the") || t.is("a") || t.is("an");
            if (article && p.isWord() && !Words.PREPOSITIONS.contains(p.lower()) && !p.is("and") && !p.is("or")
                    && !p.is("both") && !Words.possessive(p.lower())) {
                from = k; // "a charge the presidency denied": the subject starts again
                break;
            }
        }
        int coreEnd = to;
        for (int k = from + 1; k < to; k++) {
            Token t = toks.get(k);
            String before = toks.get(k - 1).lower();
            boolean nameOf = t.is("of") && toks.get(k - 1).cap() && k + 1 < to && toks.get(k + 1).cap()
                    && (Words.ORG_WORDS.contains(before) || Words.TITLES.contains(before));
            if (Words.PREPOSITIONS.contains(t.lower()) && !nameOf) {
                coreEnd = k;
                break;
            }
        }
        for (int k = from; k < to; k++) {
            if ((toks.get(k).is("and") || toks.get(k).is("&")) && k > from && k + 1 < to) {
                return group(from, to);
            }
        }
        Token last = toks.get(coreEnd - 1);
        if (coreEnd - from == 2 && toks.get(from).is("the") && gaz.isDemonym(word(last))) {
            // "the Italian said": a person of that nationality, named earlier
            return new Mention(span(from + 1, coreEnd), word(last), Mention.Type.PERSON, Mention.Form.DESCRIPTION,
                    gaz.party(word(last)), null, true);
        }
        Token beforeLast = coreEnd - 2 >= from ? toks.get(coreEnd - 2) : null;
        // "Analysts", "The Police" open a sentence as common nouns; "Deutsche Bank" is a name
        boolean commonNoun = isNoun(last.lower()) && gaz.party(word(last)) == null
                && (beforeLast == null || !beforeLast.cap() || Words.NOT_NAMES.contains(beforeLast.lower()));
        if (last.cap() && last.isWord() && !commonNoun && !Words.NOT_NAMES.contains(last.lower())) {
            return name(from, coreEnd, to);
        }
        return description(from, coreEnd, to);
    }

    private Mention name(int from, int coreEnd, int to) {
        int r = coreEnd - 1;
        while (r - 1 >= from && inName(r - 1, from) && !Words.possessive(toks.get(r - 1).lower())) {
            r--;
        }
        int whole = gaz.matchAt(text, toks, r, coreEnd);
        if (r == 0 && coreEnd == 1 && whole == 0 && !registry.seenInsideSentence(toks.get(0).lower())
                && !grammar.is(0, "PROPN") && !grammar.is(0, "X") && !grammar.is(0, "NOUN")) {
            return null; // "Recently", "Close", "Having": capitalised only because they open the sentence
        }
        String party = null;
        String role = null;
        int nameStart = r;
        if (whole == coreEnd - r) {
            String p = gaz.partyOf(text, toks, r, whole);
            return new Mention(span(r, coreEnd), text.substring(toks.get(r).start(), toks.get(coreEnd - 1).end()),
                    Mention.Type.BODY, Mention.Form.NAME, p, null, false);
        }
        while (nameStart < coreEnd - 1) {
            Token t = toks.get(nameStart);
            int g = gaz.matchAt(text, toks, nameStart, coreEnd - 1);
            if (g > 0) {
                party = party == null ? gaz.partyOf(text, toks, nameStart, g) : party;
                nameStart += g;
            } else if (Words.TITLES.contains(t.lower()) || Words.PERSON_NOUNS.contains(t.lower())
                    || Words.BODY_NOUNS.contains(t.lower())) {
                role = Words.HONORIFICS.contains(t.lower()) ? role : t.lower();
                nameStart++;
            } else if (nameStart + 2 < coreEnd && Words.TITLES.contains(toks.get(nameStart + 1).lower())) {
                party = party == null ? word(t) : party; // "Labour MP Rachael Maskell"
                nameStart++;
            } else {
                break;
            }
        }
        nameStart = afterInnerTitle(nameStart, coreEnd);
        String prefixParty = prefixParty(from, r);
        if (prefixParty == null && r - 1 >= from && Words.possessive(toks.get(r - 1).lower()) && toks.get(r - 1).cap()) {
            // "Verdi's Jan Duscheck": the owner is the side, unless the article knows it as a person
            prefixParty = registry.party(toks.get(r - 1).lower());
            if (prefixParty == null && registry.fullest(word(toks.get(r - 1))).indexOf(' ') < 0) {
                prefixParty = stripPossessive(word(toks.get(r - 1)));
            }
        }
        party = party != null ? party : prefixParty;
        if (party == null && coreEnd < to && AFFILIATION.contains(toks.get(coreEnd).lower())) {
            party = partyIn(coreEnd, to); // "Dan Ives of Wedbush Securities"
            party = party != null ? party : capitalisedRun(coreEnd + 1, to);
        }
        role = role != null ? role : prefixRole(from, r);
        String name = text.substring(toks.get(nameStart).start(), toks.get(coreEnd - 1).end());
        boolean body = false;
        for (int k = nameStart; k < coreEnd; k++) {
            String w = toks.get(k).lower();
            body |= Words.ORG_WORDS.contains(w) || Words.BODY_NOUNS.contains(w) && coreEnd - nameStart == 1;
        }
        body |= coreEnd - nameStart == 1 && acronym(toks.get(nameStart));
        return new Mention(span(nameStart, coreEnd), stripPossessive(name),
                body ? Mention.Type.BODY : Mention.Type.PERSON, Mention.Form.NAME,
                party, role, false);
    }

    private Mention description(int from, int coreEnd, int to) {
        if (coreEnd - from >= 2 && !isNoun(toks.get(coreEnd - 1).lower()) && isNoun(toks.get(coreEnd - 2).lower())
                && toks.get(coreEnd - 1).lower().length() > 3) {
            coreEnd--; // "people familiar (with the matter)", "sources close (to the talks)"
        }
        String head = Words.stem(toks.get(coreEnd - 1).lower());
        boolean person = Words.PERSON_NOUNS.contains(head);
        Mention.Type guessed = null;
        if (!person && !Words.BODY_NOUNS.contains(head)) {
            String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
            if (!Words.BODY_NOUNS.contains(singular) && !Words.PERSON_NOUNS.contains(singular)) {
                guessed = grammaticalType(coreEnd - 1, head);
                if (guessed == null && QUANTITIES.contains(toks.get(from).lower()) && from < coreEnd - 1) {
                    guessed = Mention.Type.GROUP; // "Those close to the governor", "Many in the party"
                }
                if (guessed == null) {
                    return null;
                }
            }
            person = Words.PERSON_NOUNS.contains(singular);
        }
        Mention.Type type = guessed != null ? guessed
                : Words.PLURAL_BODIES.contains(head) || person && head.endsWith("s") && !head.endsWith("ss")
                || head.equals("people") || head.endsWith("men") && !head.equals("spokesmen")
                ? Mention.Type.GROUP : person ? Mention.Type.PERSON : Mention.Type.BODY;
        int start = from;
        while (start < coreEnd - 1 && Words.DETERMINERS.contains(toks.get(start).lower())
                && !(guessed != null && QUANTITIES.contains(toks.get(start).lower()))) {
            start++;
        }
        boolean named = false;
        for (int k = start; k < coreEnd; k++) {
            named |= toks.get(k).cap() && gaz.matchAt(text, toks, k, coreEnd) == 0;
        }
        boolean definite = (toks.get(from).is("the") || toks.get(from).is("this")) && !named && coreEnd - from <= 4;
        String party = partyIn(from, to);
        String shown = text.substring(toks.get(start).start(), toks.get(to - 1).end());
        return new Mention(span(start, to), shown, type, Mention.Form.DESCRIPTION, party, head, definite);
    }

    private static final java.util.Set<String> QUANTITIES = Words.set("those", "others", "many", "most", "some",
            "majority", "majorities", "minority", "half", "percent", "%", "per", "cent", "all", "both", "few");
    private static final java.util.Set<String> PERSON_SUFFIXES = Words.set("er", "or", "ist", "ian", "ee", "ant",
            "old");

    /**
     * The kind of source a noun outside the word lists names, judged by its part of speech and form:
     * "the narrator" (person), "73 percent" and "critics" (group), "the affidavit" (body), or null when the
     * word is no noun.
     */
    private Mention.Type grammaticalType(int k, String head) {
        boolean quantity = QUANTITIES.contains(head);
        if (k >= 2 && grammar.is(k, "ADJ") && toks.get(k - 1).cap() && toks.get(k - 2).is("the")
                && gaz.party(word(toks.get(k - 1))) != null) {
            return Mention.Type.PERSON; // "the Portugal international", "the England regular"
        }
        if (!quantity && (Words.TIME_WORDS.contains(head) || Words.NOT_NAMES.contains(head)
                || OBJECT_PRONOUNS.containsKey(head) || Words.PREPOSITIONS.contains(head)
                || head.length() < 3 && !toks.get(k).isWord() || !grammar.is(k, "NOUN") && !grammar.is(k, "NUM"))) {
            return null;
        }
        if (quantity || grammar.is(k, "NUM") || head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us")
                && !head.endsWith("is")) {
            return Mention.Type.GROUP;
        }
        for (String suffix : PERSON_SUFFIXES) {
            if (head.endsWith(suffix) && head.length() > suffix.length() + 2) {
                return Mention.Type.PERSON;
            }
        }
        return Mention.Type.BODY;
    }

    private Mention group(int from, int to) {
        int start = from;
        while (start < to - 1 && (Words.DETERMINERS.contains(toks.get(start).lower()) || toks.get(start).is("both"))) {
            start++;
        }
        List<String> parties = new ArrayList<>();
        for (int k = start; k < to; k++) {
            int g = gaz.matchAt(text, toks, k, to);
            String p = g > 0 ? gaz.partyOf(text, toks, k, g) : toks.get(k).cap() ? registry.party(toks.get(k).lower()) : null;
            if (p != null && !parties.contains(p)) {
                parties.add(p);
            }
            k += Math.max(0, g - 1);
        }
        String party = parties.isEmpty() ? null : String.join(" / ", parties);
        String shown = text.substring(toks.get(start).start(), toks.get(to - 1).end());
        return new Mention(span(start, to), shown, Mention.Type.GROUP, Mention.Form.DESCRIPTION, party, null, false);
    }

    /** The first party named in tokens {@code [from, to)}: a gazetteer name, a known person, or a named body. */
    String partyIn(int from, int to) {
        for (int k = from; k < to; k++) {
            int g = gaz.matchAt(text, toks, k, to);
            if (g > 0) {
                return gaz.partyOf(text, toks, k, g);
            }
            Token t = toks.get(k);
            if (t.cap() && t.isWord() && !Words.NOT_NAMES.contains(t.lower())) {
                String p = registry.party(t.lower());
                if (p != null) {
                    return p;
                }
            }
        }
        return orgBefore(from, to);
    }

    /** "according to him": object pronouns, read as their subject forms. */
    private static final java.util.Map<String, String> OBJECT_PRONOUNS = java.util.Map.ofEntries(
            java.util.Map.entry("him", "he"), java.util.Map.entry("her", "she"), java.util.Map.entry("them", "they"),
            java.util.Map.entry("us", "we"), java.util.Map.entry("he's", "he"), java.util.Map.entry("she's", "she"),
            java.util.Map.entry("it's", "it"), java.util.Map.entry("they're", "they"), java.util.Map.entry("we're", "we"),
            java.util.Map.entry("i'm", "i"), java.util.Map.entry("he'd", "he"), java.util.Map.entry("she'd", "she"),
            java.util.Map.entry("they'd", "they"), java.util.Map.entry("he'll", "he"), java.util.Map.entry("she'll", "she"),
            java.util.Map.entry("they'll", "they"), java.util.Map.entry("we'll", "we"), java.util.Map.entry("they've", "they"),
            java.util.Map.entry("we've", "we"));

    private static final java.util.Set<String> CLAUSE_OPENERS = Words.set("as", "while", "when", "because",
            "although", "though", "if", "where", "whereas", "unless", "until");

    /**
     * Where the personal name starts in a capitalised run with a title inside it ("Work and Pensions
     * Secretary Liz Kendall"), unless the run names an organisation ("General Motors").
     */
    int afterInnerTitle(int start, int end) {
        int cut = start;
        for (int k = start; k < end; k++) {
            if (Words.ORG_WORDS.contains(toks.get(k).lower())) {
                return start;
            }
            if (k + 1 < end && Words.TITLES.contains(toks.get(k).lower()) && toks.get(k).cap()) {
                cut = k + 1;
            }
        }
        return end - cut >= 1 ? cut : start;
    }

    private static final java.util.Set<String> AFFILIATION = Words.set("of", "at", "from", "for", "with");

    private String capitalisedRun(int from, int to) {
        int s = from;
        while (s < to && !(toks.get(s).cap() && toks.get(s).isWord() && !Words.NOT_NAMES.contains(toks.get(s).lower()))) {
            s++;
        }
        int e = s;
        while (e < to && toks.get(e).cap() && toks.get(e).isWord()) {
            e++;
        }
        return e > s ? stripPossessive(text.substring(toks.get(s).start(), toks.get(e - 1).end())) : null;
    }

    private String prefixParty(int from, int r) {
        String p = partyIn(from, r);
        return p;
    }

    // "IBM spokesman", "Manchester United manager": a capitalised run right before a role noun
    private String orgBefore(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (Words.PERSON_NOUNS.contains(toks.get(k).lower()) && !toks.get(k).cap() && toks.get(k - 1).cap()) {
                int s = k - 1;
                while (s - 1 >= from && toks.get(s - 1).cap() && toks.get(s - 1).isWord()) {
                    s--;
                }
                while (s < k && (Words.NOT_NAMES.contains(toks.get(s).lower()) || Words.TITLES.contains(toks.get(s).lower()))) {
                    s++;
                }
                if (Words.possessive(toks.get(k - 1).lower())) {
                    return registry.party(toks.get(k - 1).lower()); // "Putin's spokesman": Putin's side, if known
                }
                if (s < k) {
                    return stripPossessive(text.substring(toks.get(s).start(), toks.get(k - 1).end()));
                }
            }
        }
        return null;
    }

    private String prefixRole(int from, int r) {
        for (int k = r - 1; k >= from; k--) {
            String w = toks.get(k).lower();
            if (Words.PERSON_NOUNS.contains(w) || Words.TITLES.contains(w)) {
                return w;
            }
        }
        return null;
    }

    private boolean inName(int k, int from) {
        Token t = toks.get(k);
        if (t.cap() && t.isWord() && !Words.NOT_NAMES.contains(t.lower())) {
            return true;
        }
        return Words.NAME_PARTICLES.contains(t.lower()) && k - 1 >= from
                && (toks.get(k - 1).cap() || Words.NAME_PARTICLES.contains(toks.get(k - 1).lower()));
    }

    private boolean isNoun(String lower) {
        String s = Words.stem(lower);
        String singular = s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
        return Words.PERSON_NOUNS.contains(s) || Words.BODY_NOUNS.contains(s) || Words.BODY_NOUNS.contains(singular);
    }

    private String word(Token t) {
        return text.substring(t.start(), t.end());
    }

    private boolean acronym(Token t) {
        String w = word(t);
        return w.length() >= 2 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.');
    }

    static String stripPossessive(String s) {
        return s.endsWith("'s") || s.endsWith("’s") ? s.substring(0, s.length() - 2) : s;
    }

    private TextSpan span(int from, int to) {
        return new TextSpan(toks.get(from).start(), toks.get(to - 1).end());
    }
}
