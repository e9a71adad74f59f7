package io.claimdiff.compare;

import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a claim's content into a {@link ClaimProfile}: topic features, negation and sides. */
final class Profiler {

    private static final Set<String> POINTING = Set.of("it", "this", "that", "these", "those", "such");
    /** Words that open a clause under the main one. */
    private static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "during", "while",
            "because", "after", "before", "when", "if", "since", "where");
    /** How many content words after a negator it governs. */
    private static final int NEGATION_SCOPE = 2;
    /** With at most this many topic words a denial or confirmation must point at something else. */
    private static final int THIN_CONTENT = 1;

    private Profiler() {
    }

    /**
     * Profiles one claim; {@code text} is its article's text, or null when the article is unknown;
     * {@code sides} are the claim's normalised sides ({@link Sources#sides}), {@code names} the
     * words known as names ({@link Tokens#names}).
     */
    static ClaimProfile profile(int index, Claim claim, String text, int article, int order, boolean headline,
                                Set<String> sides, Set<String> names) {
        String body = text == null ? "" : text;
        int start = Math.min(claim.content().start(), body.length());
        int end = Math.min(claim.content().end(), body.length());
        String content = body.substring(start, end);
        String speaker = Sources.speakerKey(claim.speaker(), sides);
        Set<String> subject = new LinkedHashSet<>();
        if (!speaker.isEmpty()) {
            subject.add("@" + speaker);
        }
        for (String side : sides) {
            subject.add("@" + side);
            subject.add("@" + side.substring(side.lastIndexOf(' ') + 1));
        }

        Map<String, Boolean> features = new LinkedHashMap<>();
        boolean negated = false;
        boolean rejection = false;
        boolean pointing = false;
        boolean pointingStart = false;
        boolean directive = false;
        boolean mainClause = true;
        int negLeft = 0;
        List<Tokens.Token> words = Tokens.of(body, start, end);
        for (int i = 0; i < words.size(); i++) {
            Tokens.Token token = words.get(i);
            String lower = token.lower();
            pointingStart |= i == 0 && POINTING.contains(lower);
            // only in the first clause: "claimed that they met, during which he called on Putin to…" is an account
            mainClause &= !SUBORDINATORS.contains(lower);
            directive |= mainClause && (Lexicon.DIRECTIVES.contains(lower)
                    || i + 1 < words.size() && Lexicon.DIRECTIVES.contains(lower + " " + words.get(i + 1).lower())
                    || Lexicon.WARNINGS.contains(lower) && against(words, i));
            pointing |= Lexicon.ANAPHORS.contains(lower) && !POINTING.contains(lower);
            if (Lexicon.NEGATORS.contains(lower) || lower.endsWith("n't")) {
                negated = true;
                negLeft = NEGATION_SCOPE;
                continue;
            }
            if (Lexicon.REJECTION.contains(lower) || negLeft > 0 && Lexicon.REJECTION_WHEN_NEGATED.contains(lower)) {
                rejection = true;
                negated = true;
                continue;
            }
            String feature = null;
            if (i + 1 < words.size()) {
                String pair = lower + " " + words.get(i + 1).lower();
                if (Lexicon.SIDES.containsKey(pair)) {
                    feature = "@" + Lexicon.SIDES.get(pair);
                    i++;
                } else if (Lexicon.CONCEPTS.containsKey(pair)) {
                    feature = Lexicon.CONCEPTS.get(pair); // a phrasal verb: "came back" is "returned"
                    i++;
                }
            }
            if (feature == null) {
                feature = feature(token, i + 1 < words.size() ? words.get(i + 1) : null, names);
            }
            if (feature == null || subject.contains(feature)) {
                continue;
            }
            boolean neg = negLeft > 0;
            negLeft = Math.max(0, negLeft - 1);
            features.merge(feature, neg, Boolean::logicalOr);
        }
        Stance stance = claim.stance();
        if (stance == Stance.ASSERT && rejection) {
            stance = Stance.DENY;
        }
        boolean reacts = stance == Stance.DENY || stance == Stance.CONFIRM;
        // "it is a pure invention", "denied the report" point back; "it was in talks to buy Y" and
        // "denied a Post report that X and Y spoke" say what they deny
        boolean anaphoric = reacts && (features.size() <= THIN_CONTENT
                || pointingStart && (rejection || features.size() <= THIN_CONTENT + 1)
                || pointing && (rejection || features.size() <= THIN_CONTENT + 2));
        return new ClaimProfile(index, claim, content, article, order, headline, sides, speaker,
                features, subject, stance, anaphoric, negated, directive);
    }

    /** "warned Russia against an invasion" advises; "warned that Russia would invade" tells. */
    private static boolean against(List<Tokens.Token> words, int verb) {
        for (int k = verb + 1; k < Math.min(words.size(), verb + 4); k++) {
            if (words.get(k).lower().equals("against")) {
                return true;
            }
        }
        return false;
    }

    private static String feature(Tokens.Token token, Tokens.Token next, Set<String> names) {
        String lower = token.lower();
        if (lower.length() < 2) {
            return null;
        }
        boolean capital = Character.isUpperCase(token.raw().charAt(0));
        boolean known = Lexicon.STOP.contains(lower) || Lexicon.REPORTING.contains(lower)
                || Lexicon.TITLES.contains(lower) || Lexicon.OUTLETS.contains(lower)
                || lower.endsWith("s") && Lexicon.TITLES.contains(lower.substring(0, lower.length() - 1));
        boolean name = capital && !known && (!token.initial() || Lexicon.SIDES.containsKey(lower) || names.contains(lower));
        if (name) {
            if (next != null && !next.initial() && Character.isUpperCase(next.raw().charAt(0))
                    && !Lexicon.TITLES.contains(next.lower())) {
                return null; // inside a name ("Donald Trump", "Washington Post"): its last word stands for it
            }
            return "@" + Lexicon.SIDES.getOrDefault(lower, lower);
        }
        if (known || lower.length() < 3) {
            return null;
        }
        String side = Lexicon.SIDES.get(lower);
        if (side != null) {
            return "@" + side;
        }
        String concept = Lexicon.CONCEPTS.get(lower);
        return concept != null ? concept : Stemmer.stem(lower);
    }
}
