package io.claimdiff.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;

/**
 * The sources an article has quoted so far, newest first: resolves pronouns ("he", "it", "they")
 * and short descriptions ("the spokesman", "the Russian president") to them. One per article.
 */
final class Discourse {

    /** A resolved source. */
    record Source(String name, String party, Mention.Type type, String role, boolean named) {

        /** A one-word name without title ("Ajax", "Nestle") may be a person or a body. */
        boolean typeUncertain() {
            return named && type == Mention.Type.PERSON && role == null && name.indexOf(' ') < 0;
        }
    }

    private final java.util.Set<String> quoted = new java.util.HashSet<>();
    private final java.util.Map<String, Character> genders = new java.util.HashMap<>();
    private static final java.util.Set<String> FEMALE_WORDS = Words.set("spokeswoman", "chairwoman", "mrs.", "mrs",
            "ms.", "ms", "queen", "princess", "dame", "lady", "baroness", "woman", "mother", "sister", "congresswoman",
            "businesswoman", "madam");
    private static final java.util.Set<String> MALE_WORDS = Words.set("spokesman", "chairman", "mr.", "mr", "king",
            "prince", "sir", "lord", "baron", "man", "father", "brother", "congressman", "businessman");

    private static final int MEMORY = 12;
    /** People whose role says nothing of their number or sex, who may be "they". */
    private static final java.util.Set<String> NEUTRAL_ROLES = Words.set("spokesperson", "representative", "person",
            "official", "source", "spokespeople");

    private final Deque<Source> recent = new ArrayDeque<>();
    private String sentence = "";
    private final EntityRegistry registry;
    private final Gazetteer gaz;

    Discourse(EntityRegistry registry, Gazetteer gaz) {
        this.registry = registry;
        this.gaz = gaz;
    }

    /** The source a mention stands for, or null when a pronoun has nothing to refer to. */
    Source resolve(Mention m) {
        return switch (m.form()) {
            case PRONOUN -> pronoun(m.type(), m.text());
            case NAME -> named(m);
            case DESCRIPTION -> description(m);
        };
    }

    /** Sets the sentence being read: a description in it is never someone it names as well. */
    void reading(String sentence) {
        this.sentence = sentence;
    }

    /** Records that {@code s} was just quoted. */
    void spoke(Source s) {
        quoted.add(s.name());
        mentioned(s);
    }

    /** Records that {@code s} was just named as a sentence's subject, without being quoted. */
    void mentioned(Source s) {
        recent.removeIf(r -> r.name().equals(s.name()));
        recent.addFirst(s);
        while (recent.size() > MEMORY) {
            recent.removeLast();
        }
    }

    /**
     * The party of a source known only by a description whose side the article does not reveal
     * ("critics", "the narrator", "73 percent"): a description is never a party of its own.
     */
    static final String UNKNOWN_PARTY = "unknown";

    /** Who "I" is outside quotation marks: the writer of an opinion piece or a blog. */
    static final Source AUTHOR = new Source("the author", "the author", Mention.Type.PERSON, "author", false);

    private Source pronoun(Mention.Type type, String pronoun) {
        if (pronoun.equals("i")) {
            return AUTHOR; // quoted speech never gets here: a subject is never looked for inside quotation marks
        }
        char wanted = pronoun.equals("she") ? 'F' : pronoun.equals("he") ? 'M' : 0;
        for (Source s : recent) {
            char g = genders.getOrDefault(s.name(), (char) 0);
            boolean fits = switch (type) {
                case PERSON -> s.type() == Mention.Type.PERSON && (wanted == 0 || g == 0 || g == wanted);
                case BODY -> s.type() == Mention.Type.BODY;
                case GROUP -> s.type() == Mention.Type.GROUP || s.type() == Mention.Type.BODY
                        || s.type() == Mention.Type.PERSON && NEUTRAL_ROLES.contains(s.role()); // a spokesperson's "they"
            };
            if (fits) {
                if (wanted != 0) {
                    genders.putIfAbsent(s.name(), wanted); // "she said" fixes who she is for later pronouns
                }
                return s;
            }
        }
        return type == Mention.Type.PERSON || recent.isEmpty() ? null : recent.peekFirst();
    }

    private Source named(Mention m) {
        String name = m.type() == Mention.Type.PERSON || m.text().indexOf(' ') < 0 ? registry.fullest(m.text()) : m.text();
        String party = registry.party(name);
        if (party == null) {
            party = m.party() != null ? m.party() : gaz.party(name);
        }
        if (m.type() == Mention.Type.PERSON) {
            registry.suggestParty(name, party);
            char g = FEMALE_WORDS.contains(String.valueOf(m.role())) ? 'F' : MALE_WORDS.contains(String.valueOf(m.role())) ? 'M'
                    : gaz.gender(name.substring(0, name.indexOf(' ') > 0 ? name.indexOf(' ') : name.length()));
            if (g != 0) {
                genders.putIfAbsent(name, g);
            }
        }
        return new Source(name, party != null ? party : name, m.type(), m.role(), true);
    }

    private Source description(Mention m) {
        String role = m.role();
        // "Putin's spokesman" where the article names him elsewhere
        String text = m.text();
        int apostrophe = Math.max(text.lastIndexOf("'s "), text.lastIndexOf("’s "));
        if (apostrophe > 0 && role != null) {
            String owner = text.substring(text.lastIndexOf(' ', apostrophe - 1) + 1, apostrophe);
            String person = registry.byRole(owner.toLowerCase(Locale.ROOT), role);
            if (person != null) {
                return named(new Mention(m.span(), person, Mention.Type.PERSON, Mention.Form.NAME, m.party(), role, false));
            }
        }
        Source owner = pronounOwner(m);
        if (owner != null) {
            return owner;
        }
        if (DOCUMENT_ROLES.contains(role) && m.definite()) {
            for (Source s : recent) {
                if (quoted.contains(s.name())) {
                    return s; // "the statement continued": whoever issued it, the last to speak
                }
            }
        }
        boolean anaphoric = m.type() == Mention.Type.PERSON
                || m.type() == Mention.Type.BODY && m.party() == null && Words.ANAPHORIC_BODIES.contains(role);
        if (m.definite() && anaphoric) {
            Source s = antecedent(m);
            if (s != null && m.party() != null && s.party().equals(s.name())) {
                registry.suggestParty(s.name(), m.party()); // "the Italian" tells Sinner's side
                return new Source(s.name(), m.party(), s.type(), s.role(), s.named());
            }
            if (s != null) {
                return s;
            }
            // "the Portugal international, 33, appeared to deny": a person described by his country or
            // club, no one quoted so far fitting, is the one the article is about
            String protagonist = m.type() == Mention.Type.PERSON && m.party() != null ? registry.protagonist(gaz) : null;
            // "the Romanian hacker who revealed that Hillary Clinton used…": named beside it, she is someone else
            if (protagonist != null && !sentence.contains(protagonist.substring(protagonist.lastIndexOf(' ') + 1))) {
                return named(new Mention(m.span(), protagonist, Mention.Type.PERSON, Mention.Form.NAME, m.party(), role,
                        false));
            }
        }
        String party = m.party() != null ? m.party() : unnamedSide(role, placeBefore(text, role));
        char g = FEMALE_WORDS.contains(role) ? 'F' : MALE_WORDS.contains(role) ? 'M' : 0;
        if (g != 0) {
            genders.putIfAbsent(text, g); // "a woman who alleges ...": not the "he" of the next sentence
        }
        return new Source(text, party != null ? party : UNKNOWN_PARTY, m.type(), role, false);
    }

    // "Las Vegas police": a capitalised word before the role names where the body is, so it is not the
    // government in view; "Senior officials" and "The police" name nothing
    private static boolean placeBefore(String description, String role) {
        String[] words = description.split("\\s+");
        for (int i = 0; i < words.length && !words[i].equalsIgnoreCase(role); i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && Character.isUpperCase(words[i].charAt(0)) && !Words.DETERMINERS.contains(w)
                    && !Words.NOT_NAMES.contains(w) && !Words.TITLES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    // "Her lawyer told Der Spiegel": the lawyer of the woman "her" is, on her side
    private Source pronounOwner(Mention m) {
        int space = m.text().indexOf(' ');
        String owner = space > 0 ? Words.OWNER_PRONOUNS.get(m.text().substring(0, space).toLowerCase(Locale.ROOT)) : null;
        if (owner == null || m.role() == null || !Words.PERSON_NOUNS.contains(m.role())) {
            return null;
        }
        Mention.Type type = owner.equals("it") ? Mention.Type.BODY : owner.equals("they") ? Mention.Type.GROUP
                : Mention.Type.PERSON;
        Source s = pronoun(type, owner);
        if (s == null || s == AUTHOR || !s.named() && !Words.PERSON_NOUNS.contains(s.role())
                && !Words.BODY_NOUNS.contains(s.role())) {
            return null; // only a source whose kind is known: "the US woman", not "the Clinton email matter"
        }
        return new Source(s.name() + "’s " + m.text().substring(space + 1), s.party(), m.type(), m.role(), false);
    }

    /** Sources known by a description only, whose side is whoever they speak for. */
    private static final java.util.Set<String> MEDIA_SOURCES = Words.set("source", "sources", "report", "reports",
            "newspaper", "paper", "publication", "outlet", "magazine", "broadcaster", "daily", "website", "channel",
            "network", "agency");
    private static final java.util.Set<String> GOVERNMENT_SOURCES = Words.set("official", "officials", "diplomat",
            "diplomats", "aide", "aides", "ministry", "government", "administration", "authorities", "minister",
            "envoy", "ambassador", "military", "army", "police");
    private static final java.util.Set<String> SPOKESPEOPLE = Words.set("spokesman", "spokeswoman", "spokesperson",
            "spokespeople", "spokesmen", "representative", "lawyer", "lawyers", "attorney", "attorneys");

    // "sources said", "the report said": the outlet in view; "an official said": the government in view;
    // "a spokesman said": the body in view
    private String unnamedSide(String role, boolean placeNamed) {
        boolean media = MEDIA_SOURCES.contains(role);
        boolean government = GOVERNMENT_SOURCES.contains(role) && !placeNamed;
        boolean spokes = SPOKESPEOPLE.contains(role);
        for (Source s : recent) {
            if (media && s.named() && s.type() == Mention.Type.BODY && MediaNames.looksLikeOutlet(s.name())) {
                return s.name();
            }
            if (government && s.party() != null && gaz.party(s.party()) != null && gaz.isPlace(gaz.party(s.party()))) {
                return gaz.party(s.party()); // a country's; "Der Spiegel reported" makes no police Der Spiegel's
            }
            if (spokes && s.named()) {
                return s.party();
            }
        }
        return null;
    }

    /** Documents whose words are their author's: "the statement read", "the letter said". */
    private static final java.util.Set<String> DOCUMENT_ROLES = Words.set("statement", "letter", "memo", "release",
            "communique", "declaration", "message", "note", "tweet", "post");

    /** Descriptions of businesses and media, which never stand for a country or its government. */
    private static final java.util.Set<String> ORGANISATION_ROLES = Words.set("company", "firm", "group", "bank",
            "carrier", "airline", "retailer", "insurer", "lender", "broadcaster", "network", "outlet", "newspaper",
            "paper", "publication", "team", "club", "maker", "manufacturer", "operator", "startup", "giant", "brand",
            "studio", "label", "charity", "website", "channel", "daily", "magazine", "agency");

    private Source antecedent(Mention m) {
        if (m.type() == Mention.Type.BODY && ORGANISATION_ROLES.contains(m.role())) {
            for (Source s : recent) { // "Supermicro CEO Charles Liang said ... the company said": Liang's company
                if (s.type() == Mention.Type.BODY && s.named() && kindFits(m, s)) {
                    return s;
                }
                if (s.type() == Mention.Type.PERSON && s.party() != null && !s.party().equals(s.name())
                        && !gaz.isPlace(s.party()) && gaz.party(s.party()) == null) {
                    return new Source(s.party(), s.party(), Mention.Type.BODY, m.role(), true);
                }
            }
        }
        Iterator<Source> it = recent.iterator();
        while (it.hasNext()) {
            Source s = it.next();
            if (s.type() != m.type() && !s.typeUncertain() || !s.named() || !kindFits(m, s)) {
                continue;
            }
            boolean sameRole = m.role() != null && family(m.role()).equals(family(s.role()));
            boolean sameParty = m.party() != null && m.party().equals(s.party());
            boolean generic = m.party() == null && (m.type() == Mention.Type.BODY || m.role() == null);
            if (sameRole && (m.party() == null || sameParty) || sameParty || generic) {
                return s;
            }
        }
        // no exact fit: the last named source the description does not contradict
        for (Source s : recent) {
            if (!kindFits(m, s)) {
                continue;
            }
            boolean partyFits = m.party() == null || s.party() == null || s.party().equals(s.name())
                    || m.party().equals(s.party());
            boolean roleFits = m.role() == null || s.role() == null || family(m.role()).equals(family(s.role()));
            if ((s.type() == m.type() || s.typeUncertain()) && s.named() && partyFits && roleFits) {
                return s;
            }
        }
        return null;
    }

    // "the company" is never "Ottawa"
    private boolean kindFits(Mention m, Source s) {
        return m.role() == null || !(ORGANISATION_ROLES.contains(m.role()) && gaz.isPlace(s.name()));
    }

    /** Roles that name the same kind of position ("the midfielder" may be "Captain X"). */
    private static String family(String role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case "captain", "player", "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "star",
                 "veteran", "teammate" -> "player";
            case "spokesman", "spokeswoman", "spokesperson" -> "spokesperson";
            case "president", "leader", "head", "premier", "chancellor", "president-elect" -> "leader";
            case "coach", "manager", "boss" -> "coach";
            case "chief", "executive", "ceo", "chairman", "chairwoman", "chair", "director", "founder" -> "executive";
            default -> role;
        };
    }
}
