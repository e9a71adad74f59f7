package io.claimdiff.compare;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the comparison engine reads: function words, reporting vocabulary, negators,
 * anaphors, event concepts and the names of places that stand for a side.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Function words and words too common in news to say what a claim is about. */
    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "into", "about", "over", "after", "before", "since", "until", "than", "then", "so", "if",
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
            "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "it", "its", "this", "that", "these", "those", "there", "here", "he", "she", "they", "we", "i",
            "you", "him", "her", "them", "us", "me", "his", "their", "our", "my", "your", "who", "whom",
            "which", "what", "when", "where", "why", "how", "all", "any", "some", "each", "every", "both",
            "also", "only", "just", "very", "more", "most", "much", "many", "such", "other", "another",
            "own", "same", "too", "now", "still", "even", "again", "already", "yet", "while", "during",
            "between", "against", "under", "up", "down", "out", "off", "because", "though", "although",
            "whether", "per", "via", "within", "without", "least", "last", "first", "new", "one", "two",
            "three", "mr", "mrs", "ms", "dr", "s", "t", "re", "ve", "ll", "d", "m", "er",
            "given", "current", "currently", "today", "tomorrow", "yesterday", "tonight", "week", "weeks",
            "month", "months", "year", "years", "day", "days", "time", "times", "late", "early", "ago",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "way", "lot", "part", "number", "thing", "things", "fact",
            "well", "able", "like", "make", "made", "get", "got", "take", "took", "go", "going", "come",
            "came", "let", "put", "set", "need", "needs", "people", "whose", "absolutely", "simply",
            "really", "certainly", "ever", "once", "far", "further", "pure", "purely", "complete", "completely",
            "company", "total", "totally", "utter", "utterly", "entirely", "clearly", "obviously");

    /** Words that report speech rather than carry its content. */
    static final Set<String> REPORTING = Set.of(
            "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "state",
            "stated", "states", "statement", "according", "report", "reports", "reported", "reporting",
            "reporter", "reporters", "journalist", "journalists", "claim", "claims", "claimed", "insist",
            "insisted", "insists", "note", "noted", "notes", "announce", "announced", "announces", "warn",
            "warned", "explain", "explained", "stress", "stressed", "argue", "argued", "believe", "believes",
            "believed", "think", "thinks", "quote", "quoted", "cite", "cited", "citing", "source", "sources",
            "spokesman", "spokeswoman", "spokesperson", "official", "officials", "agency", "news", "press",
            "interview", "briefing", "comment", "comments", "commented", "asked", "ask", "revealed",
            "reveal", "clarified", "clarify", "repeated", "repeat", "pledged", "indicated", "indicate",
            "acknowledged", "acknowledge", "confirm", "confirmed", "confirms", "confirmation", "deny",
            "denied", "denies", "denial", "reject", "rejected", "rejects", "dismissed", "dismiss",
            "dismisses", "called", "calling");

    /** News agencies and outlets: they carry statements ("according to TASS"), they are not what a statement is about. */
    static final Set<String> OUTLETS = Set.of(
            "afp", "ap", "reuters", "upi", "tass", "interfax", "ria", "novosti", "xinhua", "bloomberg", "cnn",
            "bbc", "dpa", "efe", "ansa", "kyodo", "yonhap", "anadolu", "ukrinform", "unian", "france24", "npr",
            "twitter", "telegram", "facebook", "x");

    /** Words that negate what follows them. */
    static final Set<String> NEGATORS = Set.of(
            "not", "no", "never", "nothing", "none", "nor", "neither", "without", "absence", "lack",
            "cannot", "nobody", "nowhere", "n't", "won't", "can't", "don't", "didn't", "doesn't", "isn't",
            "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "couldn't", "wouldn't",
            "shouldn't", "mustn't");

    /** Words by which a statement rejects something as untrue. */
    static final Set<String> REJECTION = Set.of(
            "false", "untrue", "invention", "invented", "fake", "fabricated", "fabrication", "nonsense",
            "lie", "lies", "baseless", "groundless", "impossible", "rumour", "rumours", "rumor", "rumors",
            "speculation", "hoax", "misinformation", "disinformation", "wrong", "incorrect", "inaccurate",
            "unfounded", "nonexistent", "fiction", "fictional", "propaganda", "slander", "smear", "falsely",
            "wrongly", "wrongfully");

    /** Words that reject something only when negated ("not true", "does not correspond to reality"). */
    static final Set<String> REJECTION_WHEN_NEGATED = Set.of(
            "true", "truth", "reality", "accurate", "correct", "happen", "happened", "exist", "exists",
            "basis", "foundation", "substance");

    /** Predicates that exclude each other when said of the same matter (stems or concepts): each to its opposites. */
    static final Map<String, Set<String>> OPPOSITES = opposites();

    /**
     * Words that make a statement a call, a demand or a wish rather than an account of facts ("India
     * needs to take this seriously", "called on other countries to condemn Iran", "we hope they
     * engage"): there is nothing in it for a denial to answer. Each is read with the word after it
     * when the second word is given ("need to"); epistemic "must" and "should" ("must have known")
     * are left out.
     */
    static final Set<String> DIRECTIVES = Set.of(
            "need to", "needs to", "have to", "has to", "ought to", "call on", "calls on", "called on",
            "call upon", "calls upon", "called upon", "appeal to", "appealed to", "urge", "urges", "urged",
            "urging", "hope", "hopes", "hoped", "hoping");

    /** Verbs that advise when "against" follows them ({@link #DIRECTIVES}). */
    static final Set<String> WARNINGS = Set.of("warn", "warns", "warned", "warning", "caution", "cautions",
            "cautioned", "cautioning", "advise", "advises", "advised", "advising");

    /** Words that make a statement point back at something said before it. */
    static final Set<String> ANAPHORS = Set.of(
            "it", "this", "that", "these", "those", "such", "report", "reports", "claim", "claims",
            "allegation", "allegations", "accusation", "accusations", "story", "rumour", "rumours", "rumor",
            "information", "article");

    /** Titles and role words that sit inside capitalised names but are not the name. */
    static final Set<String> TITLES = Set.of(
            "president", "prime", "minister", "foreign", "defence", "defense", "chancellor", "secretary",
            "spokesman", "spokeswoman", "spokesperson", "general", "head", "chief", "leader", "king",
            "queen", "prince", "senator", "governor", "mayor", "ceo", "chairman", "director", "coach",
            "manager", "agent", "the", "vice", "deputy", "former", "state", "state-run", "mr", "mrs", "ms",
            "dr", "sir", "lord", "lady", "office", "ministry", "government", "council", "security",
            "national", "federal", "club", "team", "company", "group", "a", "an", "but", "and", "if",
            "in", "on", "at", "for", "after", "as", "when", "while", "this", "that", "there", "it", "we",
            "i", "he", "she", "they", "our", "his", "her", "their", "its", "no", "not", "given", "citing",
            "asked", "although", "meanwhile", "since", "during", "from", "with", "by", "of", "to");

    /** Event concepts: words for the same kind of happening share one key. */
    static final Map<String, String> CONCEPTS = concepts();

    /** Places and demonyms that stand for a country or side. */
    static final Map<String, String> SIDES = sides();

    private static Map<String, Set<String>> opposites() {
        String[][] pairs = {
            {"accept", "reject"}, {"approve", "veto"}, {"win", "lose"}, {"won", "lost"}, {"increase", "decrease"},
            {"rise", "fall"}, {"rose", "fell"}, {"open", "closed"}, {"continue", "halt"}, {"continue", "suspend"},
            {"continue", "collapse"}, {"alive", "dead"}, {"guilty", "innocent"}, {"legal", "illegal"},
            {"succeeded", "failed"}, {"success", "failure"}, {"support", "oppose"}, {"present", "absent"},
            {"resume", "suspend"}, {"advance", "retreat"}, {"strengthen", "weaken"}, {"allow", "ban"},
            {"remain", "#resign"}, {"stay", "#resign"}, {"remain", "#withdraw"}, {"stay", "#withdraw"},
            {"strong", "weak"}, {"strong", "weakening"}, {"arrested", "released"}, {"free", "detained"}, {"survived", "#kill"},
            {"breached", "complied"}, {"breach", "comply"}, {"violated", "complied"}, {"violated", "honored"},
            {"violated", "honoured"}, {"#destroy", "intact"}, {"#destroy", "safely"}, {"#destroy", "#withdraw"},
        };
        Map<String, Set<String>> m = new HashMap<>();
        for (String[] p : pairs) {
            String a = p[0].startsWith("#") ? p[0] : Stemmer.stem(p[0]);
            String b = p[1].startsWith("#") ? p[1] : Stemmer.stem(p[1]);
            m.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(b);
            m.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(a);
        }
        m.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(m);
    }

    private static Map<String, String> concepts() {
        Map<String, String> m = new HashMap<>();
        put(m, "#talk", "talk", "talks", "talked", "talking", "conversation", "conversations", "call", "calls",
                "phone", "phoned", "spoke", "spoken", "speak", "speaking", "discuss", "discussed",
                "discussion", "discussions", "meeting", "meetings", "meet", "met", "exchange", "exchanges",
                "contact", "contacts", "summit", "summits", "dialogue", "conversed");
        put(m, "#agree", "agree", "agreed", "agreement", "agreements", "deal", "deals", "assurance",
                "assurances", "assure", "assured", "promise", "promised", "promises", "pledge", "commitment",
                "commitments", "committed", "guarantee", "guarantees", "guaranteed", "accord", "pact",
                "understanding", "struck");
        put(m, "#negotiate", "negotiate", "negotiated", "negotiating", "negotiation", "negotiations",
                "negotiator", "negotiators", "mediation", "mediate");
        put(m, "#buy", "buy", "buys", "buying", "bought", "acquire", "acquired", "acquiring", "acquisition",
                "takeover", "purchase", "purchased", "bid", "merger", "merge", "stake");
        put(m, "#sign", "sign", "signed", "signing", "transfer", "transferred", "contract", "join", "joined",
                "joining", "move", "moved", "moving", "fee", "signs");
        put(m, "#attack", "attack", "attacks", "attacked", "strike", "strikes", "shelling", "shelled",
                "bombing", "bombed", "bombardment", "raid", "raids", "offensive", "assault");
        put(m, "#invade", "invade", "invaded", "invasion", "incursion", "occupation", "occupy");
        put(m, "#ceasefire", "ceasefire", "truce", "armistice", "ceasefires");
        put(m, "#escalate", "escalate", "escalating", "escalation", "escalated", "escalates", "degradation",
                "provoke");
        put(m, "#withdraw", "withdraw", "withdrawal", "withdrew", "withdrawn", "retreat", "pullout", "return",
                "returned", "leave", "leaving", "came back", "come back", "comes back", "coming back",
                "went back", "flew back", "pulled back", "pull back");
        put(m, "#resign", "resign", "resigned", "resignation", "quit", "quits", "sacked", "fired", "dismissal");
        put(m, "#sanction", "sanction", "sanctions", "sanctioned", "embargo", "tariff", "tariffs");
        put(m, "#kill", "kill", "killed", "killing", "dead", "died", "deaths", "casualties", "wounded");
        put(m, "#destroy", "destroy", "destroyed", "destroying", "destruction", "downed", "downing", "shot",
                "shoot", "shooting", "intercept", "intercepted", "interception");
        put(m, "#aircraft", "aircraft", "drone", "drones", "uav", "uavs", "plane", "planes", "jet", "jets",
                "helicopter", "helicopters");
        put(m, "#troops", "troops", "soldiers", "forces", "army", "military", "units");
        return Map.copyOf(m);
    }

    private static Map<String, String> sides() {
        Map<String, String> m = new HashMap<>();
        put(m, "russia", "russia", "russian", "russians", "moscow", "kremlin");
        put(m, "ukraine", "ukraine", "ukrainian", "ukrainians", "kyiv", "kiev");
        put(m, "united states", "us", "usa", "u.s.", "america", "american", "americans", "washington",
                "white house", "united states", "pentagon", "state department");
        put(m, "france", "france", "french", "paris", "elysee", "élysée");
        put(m, "germany", "germany", "german", "germans", "berlin");
        put(m, "united kingdom", "britain", "british", "uk", "london", "downing street", "united kingdom",
                "whitehall");
        put(m, "china", "china", "chinese", "beijing");
        put(m, "israel", "israel", "israeli", "israelis", "idf", "jerusalem");
        put(m, "iran", "iran", "iranian", "tehran");
        put(m, "turkey", "turkey", "turkish", "ankara", "türkiye");
        put(m, "belarus", "belarus", "belarusian", "minsk");
        put(m, "poland", "poland", "polish", "warsaw");
        put(m, "italy", "italy", "italian", "rome");
        put(m, "spain", "spain", "spanish", "madrid");
        put(m, "japan", "japan", "japanese", "tokyo");
        put(m, "india", "india", "indian", "new delhi", "delhi");
        put(m, "north korea", "north korea", "pyongyang", "north korean");
        put(m, "south korea", "south korea", "seoul", "south korean");
        put(m, "european union", "eu", "european union", "brussels", "european commission");
        put(m, "nato", "nato", "alliance");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String key, String... words) {
        for (String w : words) {
            m.put(w, key);
        }
    }
}
