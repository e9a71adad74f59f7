package io.claimdiff.export;

import io.claimdiff.extract.Gazetteer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a claim's speaker is a person or an organisation, where a format must say (schema.org's
 * {@code Person} or {@code Organization}). Claims do not record it, so it is read from the speaker
 * and the party, in this order:
 * <ol>
 * <li>a name the gazetteer lists (a country, capital, seat of government, outlet or other
 * organisation: "Kremlin", "The Washington Post", "WHO") is an organisation;</li>
 * <li>a title before a name ("Kremlin spokesman Dmitry Peskov", "Director-General Tedros") is a
 * person;</li>
 * <li>otherwise the phrase's head, before any "of", "for", "at", … and after any possessive, decides:
 * a role ("Putin's spokesman", "senior official at the presidency") is a person, a body
 * ("Tanzanian government", "Poroshenko's press office", "Ministry of External Affairs in a
 * statement", "U.S. officials") an organisation;</li>
 * <li>a one-word speaker that is its own party ("Disney", "Supermicro") is an organisation;
 * any other speaker, a person ("Scarlett Johansson", whose party is her own name).</li>
 * </ol>
 */
enum SpeakerKind {
    PERSON("Person"),
    ORGANIZATION("Organization");

    private static final Set<String> ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
            "minister", "secretary", "president", "chancellor", "premier", "pm", "director", "chief", "ceo",
            "chairman", "chairwoman", "leader", "lawyer", "attorney", "agent", "player", "editor", "publisher",
            "analyst", "manager", "ambassador", "envoy", "governor", "mayor", "senator", "commander", "deputy",
            "adviser", "advisor", "aide", "founder", "coach", "king", "queen", "prince", "pope");
    private static final Set<String> BODIES = Set.of("government", "ministry", "department", "office", "presidency",
            "administration", "cabinet", "police", "army", "military", "forces", "navy", "agency", "company",
            "corporation", "corp", "inc", "ltd", "group", "team", "council", "commission", "committee", "court",
            "parliament", "congress", "senate", "assembly", "party", "campaign", "embassy", "authorities",
            "officials", "union", "bank", "foundation", "institute", "organisation", "organization", "association",
            "federation", "club", "league", "newspaper", "magazine", "broadcaster", "publication", "secretariat",
            "directorate", "bureau", "board");
    private static final Pattern THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern PREPOSITION = Pattern.compile("\\s(?i:of|for|at|in|from|with|on|to|by)\\s");
    private static final Pattern POSSESSIVE = Pattern.compile(".*['’]s?\\s");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private final String schemaType;

    SpeakerKind(String schemaType) {
        this.schemaType = schemaType;
    }

    /** "Person" or "Organization". */
    String schemaType() {
        return schemaType;
    }

    static SpeakerKind of(String speaker, String party) {
        String name = THE.matcher(speaker.strip()).replaceFirst("");
        if (Known.GAZETTEER.party(name) != null) {
            return ORGANIZATION;
        }
        if (titledName(List.of(name.split("\\s+")))) {
            return PERSON;
        }
        List<String> head = words(head(name));
        if (head.stream().anyMatch(ROLES::contains)) {
            return PERSON;
        }
        if (head.stream().anyMatch(BODIES::contains)) {
            return ORGANIZATION;
        }
        boolean ownParty = party != null && name.equalsIgnoreCase(THE.matcher(party.strip()).replaceFirst(""));
        return ownParty && name.indexOf(' ') < 0 ? ORGANIZATION : PERSON;
    }

    /** A role word followed by nothing but capitalised words to the end: a titled person's name. */
    private static boolean titledName(List<String> tokens) {
        for (int i = tokens.size() - 1; i > 0; i--) {
            String t = tokens.get(i);
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || BODIES.contains(t.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (words(tokens.get(i - 1)).stream().anyMatch(ROLES::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The phrase before its first preposition, after its last possessive: "office" of "Poroshenko's office". */
    private static String head(String name) {
        String head = PREPOSITION.split(name, 2)[0];
        return POSSESSIVE.matcher(head).replaceFirst("");
    }

    private static List<String> words(String text) {
        return Arrays.stream(NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    /** Loaded on first use: only the ClaimReview export needs it. */
    private static final class Known {
        static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    }
}
