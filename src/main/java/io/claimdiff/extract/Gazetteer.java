package io.claimdiff.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Names that stand for a party: capitals and seats of government ("Kremlin" is Russia), demonyms
 * ("French" is France) and well-known organisations. Loaded from JSON; immutable once built.
 */
public final class Gazetteer {

    /** The gazetteer shipped with ClaimDiff. */
    public static final String DEFAULT_RESOURCE = "/io/claimdiff/extract/gazetteer.json";
    private static final int MAX_WORDS = 4;

    private final Map<String, String> parties;
    private final Map<String, String> demonyms;
    private final Map<String, Character> genders;
    private final java.util.Set<String> places;

    private Gazetteer(Map<String, String> parties, Map<String, String> demonyms, Map<String, Character> genders,
                      java.util.Set<String> places) {
        this.parties = Map.copyOf(parties);
        this.demonyms = Map.copyOf(demonyms);
        this.genders = Map.copyOf(genders);
        this.places = java.util.Set.copyOf(places);
    }

    /** Reads the default gazetteer from the classpath. */
    public static Gazetteer loadDefault() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a gazetteer in the JSON shape of the default one (metonyms, demonyms, organisations). */
    public static Gazetteer read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        Map<String, String> parties = new HashMap<>();
        Map<String, String> demonyms = new HashMap<>();
        copy(root.path("metonyms"), parties);
        java.util.Set<String> places = new java.util.HashSet<>(parties.keySet());
        copy(root.path("organisations"), parties);
        copy(root.path("demonyms"), demonyms);
        parties.putAll(demonyms);
        Map<String, Character> genders = new HashMap<>();
        root.path("firstNames").path("female").forEach(n -> genders.put(n.asText(), 'F'));
        root.path("firstNames").path("male").forEach(n -> genders.put(n.asText(), 'M'));
        return new Gazetteer(parties, demonyms, genders, places);
    }

    private static void copy(JsonNode node, Map<String, String> into) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            into.put(e.getKey(), e.getValue().asText());
        }
    }

    /** The party of an exact name, or null. */
    public String party(String name) {
        return parties.get(name);
    }

    /** Whether the name is a country, a capital or a seat of government ("Ottawa", "Kremlin"), not an organisation. */
    boolean isPlace(String name) {
        return places.contains(name);
    }

    /** 'F' or 'M' for a common first name, else 0. */
    char gender(String firstName) {
        Character g = genders.get(firstName);
        return g == null ? 0 : g;
    }

    boolean isDemonym(String word) {
        return demonyms.containsKey(word);
    }

    /**
     * The longest gazetteer phrase that starts at token {@code i} (up to {@code to}), as its
     * length in tokens, or 0.
     */
    int matchAt(String text, List<Token> tokens, int i, int to) {
        if (!tokens.get(i).isWord()) {
            return 0;
        }
        int best = 0;
        for (int n = 1; n <= MAX_WORDS && i + n <= to; n++) {
            Token last = tokens.get(i + n - 1);
            if (!last.isWord()) {
                break;
            }
            String phrase = text.substring(tokens.get(i).start(), last.end());
            if (parties.containsKey(phrase) || parties.containsKey(strip(phrase))) {
                best = n;
            }
        }
        return best;
    }

    /** The party of the phrase made of tokens {@code [i, i + n)}. */
    String partyOf(String text, List<Token> tokens, int i, int n) {
        String phrase = text.substring(tokens.get(i).start(), tokens.get(i + n - 1).end());
        String p = parties.get(phrase);
        return p != null ? p : parties.get(strip(phrase));
    }

    private static String strip(String phrase) {
        if (phrase.endsWith("'s") || phrase.endsWith("’s")) {
            return phrase.substring(0, phrase.length() - 2);
        }
        return phrase;
    }
}
