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
    private final PhraseSides sides;
    private final UnlistedNouns nouns;

    NounPhrases(String text, List<Token> toks, Gazetteer gaz, EntityRegistry registry, SentenceGrammar grammar) {
        this.text = text;
        this.toks = toks;
        this.gaz = gaz;
        this.registry = registry;
        this.grammar = grammar;
        this.sides = new PhraseSides(text, toks, gaz, registry);
        this.nouns = new UnlistedNouns(text, toks, gaz, grammar);
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
        from = DateStamps.skip(text, toks, from, to);
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
        String pronoun = Words.OBJECT_PRONOUNS.getOrDefault(first.lower(), first.lower());
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
        // "the Ministry of Defence": a name, although "defence" alone is a common noun
        boolean orgOf = Words.organisationOf(toks, coreEnd - 2, from);
        if (last.cap() && last.isWord() && (!commonNoun || orgOf) && !Words.NOT_NAMES.contains(last.lower())) {
            return name(from, coreEnd, to);
        }
        return description(from, coreEnd, to);
    }

    private Mention name(int from, int coreEnd, int to) {
        int r = coreEnd - 1;
        boolean orgOf = false;
        while (r - 1 >= from && !Words.possessive(toks.get(r - 1).lower())) {
            if (inName(r - 1, from)) {
                r--;
            } else if (Words.organisationOf(toks, r - 1, from)) {
                r -= 2; // "Bank of England", "Ministry of External Affairs": one name, not "England"
                orgOf = true;
            } else {
                break;
            }
        }
        if (orgOf) {
            return organisation(from, r, coreEnd, to);
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
            return new Mention(span(r, coreEnd), stripPossessive(text.substring(toks.get(r).start(), toks.get(coreEnd - 1).end())),
                    Mention.Type.BODY, Mention.Form.NAME, p, null, false);
        }
        boolean titled = false;
        while (nameStart < coreEnd - 1) {
            Token t = toks.get(nameStart);
            int g = gaz.matchAt(text, toks, nameStart, coreEnd - 1);
            if (g > 0 && firstNameAfterTitle(titled, nameStart, g, coreEnd)) {
                break;
            } else if (g > 0) {
                party = party == null ? gaz.partyOf(text, toks, nameStart, g) : party;
                nameStart += g;
            } else if (Words.TITLES.contains(t.lower()) || Words.PERSON_NOUNS.contains(t.lower())
                    || Words.BODY_NOUNS.contains(t.lower())) {
                role = Words.HONORIFICS.contains(t.lower()) ? role : t.lower();
                titled = true;
                nameStart++;
            } else if (nameStart + 2 < coreEnd && Words.TITLES.contains(toks.get(nameStart + 1).lower())
                    && !Words.FIELD_TITLES.contains(toks.get(nameStart + 1).lower())) {
                party = party == null ? word(t) : party; // "Labour MP Rachael Maskell"
                nameStart++;
            } else {
                break;
            }
        }
        nameStart = afterInnerTitle(nameStart, coreEnd);
        String prefixParty = sides.partyIn(from, r);
        if (prefixParty == null && r - 1 >= from && Words.possessive(toks.get(r - 1).lower()) && toks.get(r - 1).cap()) {
            // "Verdi's Jan Duscheck": the owner is the side, unless the article knows it as a person
            prefixParty = registry.party(toks.get(r - 1).lower());
            if (prefixParty == null && registry.fullest(word(toks.get(r - 1))).indexOf(' ') < 0) {
                prefixParty = stripPossessive(word(toks.get(r - 1)));
            }
        }
        party = party != null ? party : prefixParty;
        if (party == null && coreEnd < to && AFFILIATION.contains(toks.get(coreEnd).lower())) {
            party = sides.partyIn(coreEnd, to); // "Dan Ives of Wedbush Securities"
            party = party != null ? party : sides.capitalisedRun(coreEnd + 1, to);
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

    /**
     * "Defence Minister Israel Katz": a place after the title with one word left is the person's
     * first name, not their side (a side comes before the title: "Israeli Defence Minister").
     */
    boolean firstNameAfterTitle(boolean titled, int at, int matched, int end) {
        return titled && matched == 1 && at + 2 == end && !gaz.isDemonym(word(toks.get(at)))
                && !Words.ORG_WORDS.contains(toks.get(at + 1).lower()) && !Words.BODY_NOUNS.contains(toks.get(at + 1).lower());
    }

    /** A capitalised "X of Y" organisation; its side is a country inside or after it, or its owner before it. */
    private Mention organisation(int from, int r, int coreEnd, int to) {
        String party = null;
        for (int k = r; k < coreEnd && party == null; k++) {
            int g = gaz.matchAt(text, toks, k, coreEnd);
            party = g > 0 ? gaz.partyOf(text, toks, k, g) : null;
        }
        party = party != null ? party : sides.partyIn(from, r);
        if (party == null && r - 1 >= from && Words.possessive(toks.get(r - 1).lower()) && toks.get(r - 1).cap()) {
            party = stripPossessive(word(toks.get(r - 1)));
        }
        if (party == null && coreEnd < to && AFFILIATION.contains(toks.get(coreEnd).lower())) {
            party = sides.partyIn(coreEnd, to); // "the Ministry of Foreign Affairs of Ukraine"
        }
        String name = stripPossessive(text.substring(toks.get(r).start(), toks.get(coreEnd - 1).end()));
        return new Mention(span(r, coreEnd), name, Mention.Type.BODY, Mention.Form.NAME, party,
                toks.get(r).lower(), false);
    }

    private Mention description(int from, int coreEnd, int to) {
        if (coreEnd - from >= 2 && !isNoun(toks.get(coreEnd - 1).lower()) && isNoun(toks.get(coreEnd - 2).lower())
                && toks.get(coreEnd - 1).lower().length() > 3) {
            coreEnd--; // "people familiar (with the matter)", "sources close (to the talks)"
        }
        String head = Words.stem(toks.get(coreEnd - 1).lower());
        Mention issuer = documentIssuer(from, coreEnd, head);
        if (issuer != null) {
            return issuer;
        }
        Mention titled = nameAfterTitle(from, coreEnd, to, head);
        if (titled != null) {
            return titled;
        }
        boolean person = Words.PERSON_NOUNS.contains(head);
        Mention.Type guessed = null;
        if (!person && !Words.BODY_NOUNS.contains(head)) {
            String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
            if (!Words.BODY_NOUNS.contains(singular) && !Words.PERSON_NOUNS.contains(singular)) {
                guessed = nouns.of(coreEnd - 1, head);
                if (guessed == null && UnlistedNouns.QUANTITIES.contains(toks.get(from).lower()) && from < coreEnd - 1) {
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
                && !(guessed != null && UnlistedNouns.QUANTITIES.contains(toks.get(start).lower()))) {
            start++;
        }
        if (start > from && Words.OWNER_PRONOUNS.containsKey(toks.get(start - 1).lower())) {
            start--; // "her lawyer": the owner tells whose side the lawyer is on
        }
        boolean named = false;
        for (int k = start; k < coreEnd; k++) {
            named |= toks.get(k).cap() && gaz.matchAt(text, toks, k, coreEnd) == 0;
        }
        boolean definite = (toks.get(from).is("the") || toks.get(from).is("this")) && !named && coreEnd - from <= 4;
        String party = sides.partyIn(from, to);
        Token owner = toks.get(from);
        if (party == null && coreEnd - from >= 2 && owner.cap() && Words.possessive(owner.lower())
                && !Words.TIME_WORDS.contains(stripPossessive(owner.lower()))) {
            // "Bayer's general counsel": the owner is the side, as for "Verdi's Jan Duscheck"
            party = registry.party(owner.lower());
            if (party == null && registry.fullest(word(owner)).indexOf(' ') < 0) {
                party = stripPossessive(word(owner));
            }
        }
        String shown = text.substring(toks.get(start).start(), toks.get(to - 1).end());
        return new Mention(span(start, to), shown, type, Mention.Form.DESCRIPTION, party, head, definite);
    }

    /** "the MEA statement", "a White House letter", "Trump's tweet": the name that issued the document. */
    private Mention documentIssuer(int from, int coreEnd, String head) {
        if (!Words.DOCUMENTS.contains(head) || coreEnd - 2 < from) {
            return null;
        }
        Token owner = toks.get(coreEnd - 2);
        if (!owner.cap() || !owner.isWord() || Words.NOT_NAMES.contains(owner.lower())
                || Words.TITLES.contains(owner.lower()) || gaz.isDemonym(word(owner))) {
            return null; // "the Joint Statement", "a Russian statement": no issuer named
        }
        Mention issuer = name(from, coreEnd - 1, coreEnd - 1);
        return issuer == null ? null : issuer.withRole(head); // the role lets "the report" point back to it later
    }

    /**
     * "Spokesman of the Iranian Armed Forces Brigadier General Abolfazl Shekarchi": a role, its body, then a
     * title and the person's name, who is the source.
     */
    private Mention nameAfterTitle(int from, int coreEnd, int to, String head) {
        if (coreEnd >= to || !toks.get(coreEnd).is("of") || !Words.PERSON_NOUNS.contains(head) || !toks.get(to - 1).cap()) {
            return null; // "advisers to Mr. Obama" are the advisers
        }
        int s = to;
        while (s - 1 >= coreEnd && inName(s - 1, coreEnd) && !Words.TITLES.contains(toks.get(s - 1).lower())
                && !Words.ORG_WORDS.contains(toks.get(s - 1).lower()) && gaz.matchAt(text, toks, s - 1, to) == 0) {
            s--;
        }
        if (to - s < 2 || s - 1 <= coreEnd || !toks.get(s - 1).cap()) {
            return null; // a first name and a surname, or it is no person's name ("New Jersey")
        }
        String before = toks.get(s - 1).lower();
        boolean titled = Words.TITLES.contains(before);
        // "Governor of the Bank of England Andrew Bailey": a body's name, then the person's
        boolean afterBody = Words.ORG_WORDS.contains(before) || gaz.matchAt(text, toks, s - 1, s) > 0;
        if (!titled && !afterBody) {
            return null;
        }
        String name = stripPossessive(text.substring(toks.get(s).start(), toks.get(to - 1).end()));
        return new Mention(span(s, to), name, Mention.Type.PERSON, Mention.Form.NAME, sides.partyIn(from, s), head, false);
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
