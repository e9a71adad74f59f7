package io.claimdiff.extract;

import java.util.Set;

/** Closed word classes of English news prose that the attribution rules look at (lower case). */
final class Words {

    private Words() {
    }

    static final Set<String> DETERMINERS = Words.set("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "my", "your", "some", "another", "every", "each");

    static final Set<String> PREPOSITIONS = Words.set("of", "in", "at", "for", "from", "with", "to", "on", "by", "about",
            "near", "under", "over", "after", "before", "during", "since", "into", "among", "between", "within",
            "without", "against", "via", "per", "alongside", "across", "behind", "through", "inside", "outside",
            "including", "like", "than", "toward", "towards", "upon", "amid", "despite");

    /** Words that open a clause or an adverbial and are trimmed from the front of a subject. */
    static final Set<String> LEADERS = Words.set("but", "and", "or", "although", "though", "while", "whereas", "as",
            "meanwhile", "however", "so", "yet", "also", "still", "then", "because", "since", "moreover",
            "furthermore", "separately", "instead", "indeed", "thus", "now", "later", "earlier", "where", "when",
            "even", "nevertheless", "nonetheless", "after", "before", "once", "here", "there", "this", "came",
            "that", "only", "both", "all", "not");

    /** Words between a subject and its reporting verb. */
    static final Set<String> VERB_FILLERS = Words.set("has", "have", "had", "was", "were", "is", "are", "be", "been",
            "would", "will", "could", "did", "does", "do", "may", "might", "should", "can", "shall", "also",
            "previously", "repeatedly", "again", "later", "earlier", "further", "then", "reportedly", "publicly",
            "already", "now", "recently", "separately", "once", "still", "yesterday", "today", "tonight",
            "immediately", "subsequently", "quickly", "firmly", "flatly", "strongly", "categorically", "explicitly",
            "openly", "privately", "initially", "originally", "first", "finally", "notably", "officially", "clearly",
            "angrily", "bluntly", "insistently", "simply", "always", "often", "never", "just", "too", "all", "both",
            "even", "in", "turn", "however", "meanwhile", "had", "formally", "personally", "allegedly", "reportedly",
            "apparently", "regularly", "not", "n't", "never", "long", "widely", "consistently",
            "loudly", "privately", "vigorously", "forcefully", "reportedly", "mistakenly", "falsely", "wrongly",
            "correctly", "rightly", "earlier", "later", "last", "twice", "several", "times", "once", "briefly", "frequently", "sharply", "vehemently", "emphatically", "swiftly", "had");

    static final Set<String> TIME_WORDS = Words.set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.",
            "nov.", "dec.", "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "day",
            "on", "last", "this", "late", "early", "next", "the", "at", "weeks", "months", "years", "days", "ago",
            "earlier", "later", "yesterday", "today", "tonight", "midday");

    static final Set<String> RELATIVES = Words.set("which", "who", "whom", "whose", "that");

    /** Clause openers that make a reporting verb hypothetical or subordinate rather than a report. */
    static final Set<String> CONDITIONALS = Words.set("if", "unless", "whether", "lest", "why", "how", "what");

    /** Possessive pronouns that name an owner ("her lawyer"), with the pronoun that stands for that owner. */
    static final java.util.Map<String, String> OWNER_PRONOUNS = java.util.Map.of("his", "he", "her", "she",
            "their", "they", "its", "it");

    static final Set<String> PRONOUNS = Words.set("he", "she", "they", "it", "we", "i");

    /** "according to him": object pronouns, read as their subject forms. */
    static final java.util.Map<String, String> OBJECT_PRONOUNS = java.util.Map.ofEntries(
            java.util.Map.entry("him", "he"), java.util.Map.entry("her", "she"), java.util.Map.entry("them", "they"),
            java.util.Map.entry("us", "we"), java.util.Map.entry("he's", "he"), java.util.Map.entry("she's", "she"),
            java.util.Map.entry("it's", "it"), java.util.Map.entry("they're", "they"), java.util.Map.entry("we're", "we"),
            java.util.Map.entry("i'm", "i"), java.util.Map.entry("he'd", "he"), java.util.Map.entry("she'd", "she"),
            java.util.Map.entry("they'd", "they"), java.util.Map.entry("he'll", "he"), java.util.Map.entry("she'll", "she"),
            java.util.Map.entry("they'll", "they"), java.util.Map.entry("we'll", "we"), java.util.Map.entry("they've", "they"),
            java.util.Map.entry("we've", "we"));

    /** Nouns for people who speak. */
    static final Set<String> PERSON_NOUNS = Words.set("spokesman", "spokeswoman", "spokesperson", "official",
            "minister", "president", "leader", "chief", "head", "aide", "adviser", "advisor", "secretary",
            "ambassador", "envoy", "chancellor", "governor", "mayor", "senator", "lawmaker", "analyst", "expert",
            "executive", "ceo", "chairman", "chairwoman", "chair", "director", "manager", "coach", "captain",
            "player", "striker", "midfielder", "defender", "goalkeeper", "prosecutor", "judge", "lawyer",
            "attorney", "counsel", "commander", "general", "officer", "source", "diplomat", "negotiator", "publisher",
            "editor", "economist", "researcher", "scientist", "doctor", "witness", "resident", "founder", "owner",
            "investor", "trader", "boss", "premier", "king", "queen", "prince", "pope", "bishop", "activist",
            "campaigner", "critic", "supporter", "member", "representative", "deputy", "mp", "candidate",
            "president-elect", "counterpart", "colleague", "correspondent", "reporter", "journalist", "professor",
            "strategist", "administrator", "regulator", "inspector", "commissioner", "governor", "chiefs",
            "man", "woman", "person", "veteran", "star", "winger", "forward", "manager", "referee", "umpire",
            "driver", "rider", "athlete", "teammate", "agent", "banker", "ministers", "worker", "cfo",
            "cto", "officials", "analysts", "experts", "sources", "diplomats", "negotiators", "economists",
            "researchers", "scientists", "doctors", "witnesses", "residents", "investors", "traders", "activists",
            "campaigners", "critics", "supporters", "members", "representatives", "lawmakers", "leaders",
            "executives", "prosecutors", "lawyers", "commanders", "officers", "players", "aides", "advisers",
            "people", "citizens", "voters", "protesters", "organisers", "organizers", "fans", "managers", "men",
            "women", "parents", "workers", "employees", "staff", "observers", "monitors", "medics", "rescuers");

    /** Nouns for bodies and documents that speak. */
    static final Set<String> BODY_NOUNS = Words.set("government", "ministry", "office", "presidency", "administration",
            "company", "firm", "group", "bank", "agency", "council", "committee", "commission", "party", "court",
            "police", "army", "military", "newspaper", "paper", "journal", "magazine", "publication", "broadcaster",
            "network", "team", "club", "league", "federation", "association", "department", "authorities", "authority", "embassy",
            "parliament", "senate", "congress", "cabinet", "board", "regulator", "organisation", "organization",
            "institute", "university", "foundation", "campaign", "side", "sides", "family", "families",
            "owners", "household", "camp", "ally", "neighbour", "neighbor", "rival", "partner", "entourage", "lawyers", "attorneys", "counsel", "spokesmen", "statement", "report", "study",
            "survey", "document", "letter", "memo", "filing", "ruling", "indictment", "complaint", "lawsuit",
            "delegation", "delegations", "service", "ministries", "governments", "companies", "firms", "banks",
            "agencies", "groups", "media", "outlet", "daily", "website", "channel", "spokespeople", "operator",
            "manufacturer", "maker", "carrier", "airline", "retailer", "insurer", "lender", "union", "unions",
            "coalition", "alliance", "opposition", "junta", "regime", "rebels", "separatists", "forces", "troops",
            "chancelleries", "capitals", "allies", "partners", "countries", "states", "nations", "kremlin",
            "presidium", "secretariat", "command", "headquarters", "prosecutors", "investigators", "inquiry",
            "watchdog", "press", "brand", "force", "guard", "navy", "ministry", "figures",
            "data", "estimates", "statistics", "poll", "census", "tally", "records", "documents", "reports",
            "prosecution", "defence", "defense", "spokesperson", "exchange", "airport", "hospital", "school",
            "council", "commission", "fund", "trust", "charity", "newspapers", "outlets", "tribunal", "supplier", "producer", "giant", "startup", "studio", "label", "body");

    /** Body nouns that, after "the", usually point back to a body already named ("the company"). */
    static final Set<String> ANAPHORIC_BODIES = Words.set("company", "firm", "group", "bank", "newspaper", "paper",
            "publication", "agency", "team", "club", "carrier", "airline", "retailer", "insurer", "lender",
            "broadcaster", "network", "outlet", "organisation", "organization", "side", "union", "manufacturer",
            "maker", "operator", "startup", "giant", "brand", "studio", "label", "body", "charity", "website",
            "channel", "daily", "country", "alliance", "bloc", "party", "campaign", "federation", "league");

    static final Set<String> PLURAL_BODIES = Words.set("authorities", "sides", "delegations", "ministries",
            "governments", "companies", "firms", "banks", "agencies", "groups", "unions", "rebels", "separatists",
            "forces", "troops", "chancelleries", "capitals", "allies", "partners", "countries", "states", "nations",
            "investigators", "police", "media");

    /** Capitalised words that are titles, stripped from the front of a name. */
    static final Set<String> TITLES = Words.set("president", "prime", "minister", "foreign", "defence", "defense",
            "chancellor", "secretary", "general", "gen.", "sen.", "senator", "rep.", "representative", "governor",
            "gov.", "mayor", "king", "queen", "prince", "princess", "pope", "dr.", "mr.", "mrs.", "ms.", "prof.",
            "judge", "justice", "chief", "executive", "vice", "deputy", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "coach", "manager", "captain", "capt.", "col.", "lt.", "sgt.", "officer",
            "commissioner", "chairman", "chairwoman", "director", "ceo", "state", "interior", "finance", "economy",
            "health", "energy", "trade", "sports", "culture", "education", "home", "treasury",
            "attorney", "speaker", "leader", "premier", "head", "former", "first", "lady", "archbishop", "bishop",
            "cardinal", "sheikh", "emir", "crown", "acting", "interim", "senior", "opposition", "presidential",
            "press", "new", "then", "incoming", "outgoing", "defense", "army", "colonel", "major", "lieutenant",
            "sergeant", "admiral", "marshal", "commander", "central", "national", "security", "adviser", "advisor",
            "economic", "top", "federal", "regional", "official", "striker", "midfielder", "defender", "goalkeeper",
            "forward", "winger", "veteran", "star", "boss", "founder", "billionaire", "tycoon", "us-born", "envoy",
            "agriculture", "transport", "environment", "immigration", "industry", "development", "mr", "mrs", "ms",
            "dr", "prof", "president-elect", "chairperson", "mp", "mep", "mla", "sir", "dame", "lord", "lady", "baroness",
            "baron", "rabbi", "imam", "father", "reverend", "rev.", "ayatollah", "saint", "governor-general", "vice-president", "co-founder",
            "brigadier", "brigadier-general", "major-general", "lieutenant-general", "lieutenant-colonel", "commodore",
            "rear-admiral", "vice-admiral", "corporal", "brig.", "maj.", "adm.", "cmdr.", "cpl.", "gen", "brig");

    /** Titles after which a capitalised word names a field, not a side ("Soccer star", "Tech billionaire"). */
    static final Set<String> FIELD_TITLES = Words.set("star", "veteran", "legend", "icon", "billionaire", "tycoon",
            "great", "mogul", "superstar", "celebrity");

    /** "a statement saying", "a post claiming": documents that carry a report. */
    static final Set<String> DOCUMENTS = Words.set("statement", "letter", "post", "tweet", "message", "video",
            "release", "note", "memo", "communique", "declaration", "filing", "report", "email", "notice");

    /** Titles of address, which say nothing about a person's role. */
    static final Set<String> HONORIFICS = Words.set("mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof",
            "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "rev", "baroness", "baron", "madam", "miss");

    /** Lower-case particles inside personal names ("Ursula von der Leyen", "Erik ten Hag"). */
    static final Set<String> NAME_PARTICLES = Words.set("von", "der", "van", "de", "den", "da", "di", "du", "la", "le",
            "al", "al-", "bin", "ben", "ten", "ter", "del", "dos", "das", "el", "ibn", "y", "st.");

    /** Capitalised words that end an organisation's name. */
    static final Set<String> ORG_WORDS = Words.set("ministry", "council", "post", "times", "agency", "office",
            "party", "bank", "group", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "co.", "company",
            "committee", "commission", "government", "department", "association", "federation", "union",
            "league", "club", "court", "parliament", "institute", "university", "foundation", "news", "journal",
            "gazette", "gazeta", "herald", "tribune", "telegraph", "guardian", "press", "service", "army",
            "police", "navy", "fund", "organisation", "organization", "authority", "board", "assembly", "senate",
            "congress", "house", "fc", "united", "city", "motors", "airlines", "airways", "energy", "media",
            "network", "agency", "presidency", "kremlin", "cabinet", "embassy", "command", "forces", "tv", "radio",
            "bureau", "college", "academy", "society", "directorate", "inspectorate", "secretariat");

    /** Capitalised words that start sentences and are never names. */
    static final Set<String> NOT_NAMES = Words.set("the", "a", "an", "but", "and", "or", "he", "she", "they", "it",
            "we", "i", "this", "that", "these", "those", "there", "in", "on", "at", "for", "from", "with", "to",
            "after", "before", "during", "since", "as", "meanwhile", "however", "although", "though", "while",
            "if", "when", "where", "asked", "speaking", "according", "citing", "also", "his", "her", "its",
            "their", "our", "my", "your", "some", "many", "both", "all", "no", "not", "so", "yet", "still", "then",
            "now", "here", "more", "most", "other", "another", "such", "what", "which", "who", "whose", "why",
            "how", "last", "next", "about", "by", "under", "over", "between", "despite", "amid", "because",
            "even", "only", "just", "one", "two", "three", "several", "each", "every", "any", "adding", "--",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "of", "up", "out",
            "later", "earlier", "instead", "indeed", "thus", "moreover", "furthermore", "separately", "you", "me");

    /**
     * Verbs that take a reporting verb as "to" infinitive and leave the report the subject's own:
     * "rushed to deny", "went on to add", "appeared to deny", "is seen to say", "was quick to reject".
     */
    static final Set<String> CATENATIVES = Words.set("rushed", "rushes", "rush", "moved", "moves", "hastened",
            "hastens", "appeared", "appears", "appear", "seemed", "seems", "seem", "on", "quick", "continued",
            "continues", "proceeded", "seen", "heard", "went", "goes", "took", "sought", "seeks", "tried", "tries",
            "wanted", "wants", "refused", "declined", "chose", "decided", "used", "stepped", "came", "forward");

    /** Prepositions before a participle cue whose subject is the clause's: "despite saying", "in demanding". */
    static final Set<String> PARTICIPLE_PREPOSITIONS = Words.set("despite", "while", "after", "before", "in", "by",
            "without", "when", "since");

    /**
     * Whether token {@code k} is the "of" of an organisation's name, after a capitalised organisation word
     * no earlier than {@code from}: "Bank of England", "Ministry of External Affairs".
     */
    static boolean organisationOf(java.util.List<Token> toks, int k, int from) {
        return k - 1 >= from && k < toks.size() && toks.get(k).is("of") && toks.get(k - 1).cap()
                && ORG_WORDS.contains(toks.get(k - 1).lower());
    }

    /** Whether the -ing cue at {@code k} opens a participle clause of an earlier subject. */
    static boolean participleClause(java.util.List<Token> toks, int k) {
        if (k == 0) {
            return false;
        }
        Token prev = toks.get(k - 1);
        CueLexicon.Cue before = CueLexicon.lookup(prev.lower());
        return Token.afterComma(toks, k) || DOCUMENTS.contains(prev.lower()) || PARTICIPLE_PREPOSITIONS.contains(prev.lower())
                || before != null && !before.ing() && prev.lower().endsWith("ed"); // "Disney responded saying that"
    }

    /**
     * An unmodifiable set that tolerates repeated entries in the lists above and answers false for null
     * (a rule may ask about a role or party that is unknown; {@code Set.copyOf} would throw).
     */
    static Set<String> set(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }

    /** Strips a possessive ending ("putin's" becomes "putin"). */
    static String stem(String lower) {
        if (lower.endsWith("'s") || lower.endsWith("’s")) {
            return lower.substring(0, lower.length() - 2);
        }
        if (lower.endsWith("s'") && lower.length() > 2) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    static boolean possessive(String lower) {
        return (lower.endsWith("'s") || lower.endsWith("’s") || (lower.endsWith("s'") && lower.length() > 2))
                && !CONTRACTIONS.contains(lower.replace('’', '\''));
    }

    /** "he's" is "he is", never a possessive. */
    private static final Set<String> CONTRACTIONS = Words.set("he's", "she's", "it's", "that's", "who's", "there's",
            "what's", "here's", "let's", "where's", "how's");
}
