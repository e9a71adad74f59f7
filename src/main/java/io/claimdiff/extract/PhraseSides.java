package io.claimdiff.extract;

import java.util.List;

/**
 * The side a noun phrase itself names: a country or body from the gazetteer, a person the article
 * already places, or the body before a role noun ("IBM spokesman", "Ministry of Health spokesman").
 */
final class PhraseSides {

    /** Lower-case words between a body's name and a role noun that name a kind of office: "campaign manager". */
    private static final java.util.Set<String> ROLE_MODIFIERS = java.util.Set.of("campaign", "press",
            "communications", "legal", "transition", "election", "policy", "security");

    private final String text;
    private final List<Token> toks;
    private final Gazetteer gaz;
    private final EntityRegistry registry;

    PhraseSides(String text, List<Token> toks, Gazetteer gaz, EntityRegistry registry) {
        this.text = text;
        this.toks = toks;
        this.gaz = gaz;
        this.registry = registry;
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

    /** The first run of capitalised words in tokens {@code [from, to)} ("Wedbush Securities"), or null. */
    String capitalisedRun(int from, int to) {
        int s = from;
        while (s < to && !(toks.get(s).cap() && toks.get(s).isWord() && !Words.NOT_NAMES.contains(toks.get(s).lower()))) {
            s++;
        }
        int e = s;
        while (e < to && toks.get(e).cap() && toks.get(e).isWord()) {
            e++;
        }
        return e > s ? NounPhrases.stripPossessive(text.substring(toks.get(s).start(), toks.get(e - 1).end())) : null;
    }

    // "IBM spokesman", "Manchester United manager": a capitalised run right before a role noun
    private String orgBefore(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!Words.PERSON_NOUNS.contains(toks.get(k).lower()) || toks.get(k).cap()
                    || Words.FIELD_TITLES.contains(toks.get(k).lower())) {
                continue;
            }
            // "Trump campaign manager", "Kremlin press secretary": the body's name before a kind of office
            int end = k - 1 > from && !toks.get(k - 1).cap() && ROLE_MODIFIERS.contains(toks.get(k - 1).lower()) ? k - 1 : k;
            if (toks.get(end - 1).cap()) {
                String party = bodyEndingAt(end, from);
                if (party != null) {
                    return party;
                }
            }
        }
        return null;
    }

    /** The body named by the capitalised run that ends right before token {@code end}, or null. */
    private String bodyEndingAt(int end, int from) {
        int s = end - 1;
        while (s - 1 >= from && (toks.get(s - 1).cap() && toks.get(s - 1).isWord()
                || Words.organisationOf(toks, s - 1, from))) {
            s--; // "Ministry of Health spokesman": the whole name of the body
        }
        while (s < end && (Words.NOT_NAMES.contains(toks.get(s).lower()) || Words.TITLES.contains(toks.get(s).lower()))) {
            s++;
        }
        if (Words.possessive(toks.get(end - 1).lower())) {
            return registry.party(toks.get(end - 1).lower()); // "Putin's spokesman": Putin's side, if known
        }
        return s < end ? NounPhrases.stripPossessive(text.substring(toks.get(s).start(), toks.get(end - 1).end())) : null;
    }
}
