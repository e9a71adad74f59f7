package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a claim's content into a {@link ClaimProfile}: topic features, negation and sides. */
final class Profiler {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*|\\p{N}[\\p{N},.]*");
    private static final Set<String> POINTING = Set.of("it", "this", "that", "these", "those", "such");
    /** How many content words after a negator it governs. */
    private static final int NEGATION_SCOPE = 2;
    /** With at most this many topic words a denial or confirmation must point at something else. */
    private static final int THIN_CONTENT = 1;

    private Profiler() {
    }

    /**
     * Profiles one claim; {@code text} is its article's text, or null when the article is unknown;
     * {@code sides} are the claim's normalised sides ({@link Sources#sides}).
     */
    static ClaimProfile profile(int index, Claim claim, String text, int article, int order, boolean headline,
                                Set<String> sides) {
        String content = text == null ? "" : safeSlice(text, claim);
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
        int negLeft = 0;
        List<String> words = WORD.matcher(content).results().map(java.util.regex.MatchResult::group).toList();
        List<Boolean> initial = initials(content);
        for (int i = 0; i < words.size(); i++) {
            String raw = words.get(i).replace('’', '\'');
            String lower = raw.toLowerCase(Locale.ROOT).replaceAll("'(s|d|ll|re|ve|m)$", "");
            pointingStart |= i == 0 && POINTING.contains(lower);
            pointing |= Lexicon.ANAPHORS.contains(lower) && !POINTING.contains(lower);
            if (Lexicon.NEGATORS.contains(lower) || lower.endsWith("n't")) {
                negated = true;
                negLeft = NEGATION_SCOPE;
                continue;
            }
            if (Lexicon.REJECTION.contains(lower)) {
                rejection = true;
                negated = true;
                continue;
            }
            String feature = null;
            if (i + 1 < words.size()) {
                String pair = lower + " " + words.get(i + 1).toLowerCase(Locale.ROOT);
                if (Lexicon.SIDES.containsKey(pair)) {
                    feature = "@" + Lexicon.SIDES.get(pair);
                    i++;
                }
            }
            if (feature == null) {
                feature = feature(raw, lower, initial.get(i), i + 1 < words.size() ? words.get(i + 1) : null,
                        i + 1 < initial.size() && initial.get(i + 1), subject);
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
        // "it is a pure invention" points back; "it was in talks to buy Y" says what it denies
        boolean anaphoric = reacts && (pointing || features.size() <= THIN_CONTENT
                || pointingStart && (rejection || features.size() <= THIN_CONTENT + 1));
        return new ClaimProfile(index, claim, content, article, order, headline, sides, speaker,
                features, subject, stance, anaphoric, negated);
    }

    private static String feature(String raw, String lower, boolean initial, String next, boolean nextInitial,
                                  Set<String> subject) {
        if (lower.length() < 2 || Character.isDigit(lower.charAt(0))) {
            return null;
        }
        boolean capital = Character.isUpperCase(raw.charAt(0));
        boolean known = Lexicon.STOP.contains(lower) || Lexicon.REPORTING.contains(lower)
                || Lexicon.TITLES.contains(lower);
        if (capital && !known && (!initial || Lexicon.SIDES.containsKey(lower))) {
            if (next != null && !nextInitial && Character.isUpperCase(next.charAt(0))
                    && !Lexicon.TITLES.contains(next.toLowerCase(Locale.ROOT))) {
                return null; // inside a name ("Donald Trump", "Washington Post"): its last word stands for it
            }
            return "@" + Lexicon.SIDES.getOrDefault(lower, lower);
        }
        if (known || lower.length() < 3) {
            return null;
        }
        if (capital) {
            // a sentence-initial name gets no entity mark, but the speaker's own name is still not topic
            String side = Lexicon.SIDES.getOrDefault(lower, lower);
            if (subject.contains("@" + side)) {
                return null;
            }
        }
        String side = Lexicon.SIDES.get(lower);
        if (side != null) {
            return "@" + side;
        }
        String concept = Lexicon.CONCEPTS.get(lower);
        return concept != null ? concept : Stemmer.stem(lower);
    }

    /** For each word of {@code content}, whether it starts a sentence (or the content). */
    private static List<Boolean> initials(String content) {
        Matcher m = WORD.matcher(content);
        java.util.ArrayList<Boolean> out = new java.util.ArrayList<>();
        int last = 0;
        boolean boundary = true;
        while (m.find()) {
            String between = content.substring(last, m.start());
            if (between.matches("(?s).*[.!?:;\\n\"“”«»\\[(—–-]\\s*$") || out.isEmpty()) {
                boundary = true;
            }
            out.add(boundary);
            boundary = false;
            last = m.end();
        }
        return out;
    }

    private static String safeSlice(String text, Claim claim) {
        int start = Math.min(claim.content().start(), text.length());
        int end = Math.min(claim.content().end(), text.length());
        return text.substring(start, end);
    }
}
