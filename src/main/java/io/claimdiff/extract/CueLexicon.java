package io.claimdiff.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * The reporting verbs of English news in every inflection, each with its lemma and what it says about
 * the speaker's stance and about how it takes its content.
 */
final class CueLexicon {

    /** How a verb form relates to the stance of what it reports. */
    enum Hint { ASSERT, DENY, CONFIRM, DECLINE }

    /** One inflected form: its lemma, stance hint, whether it needs "that"/":" to count, and if it is an -ing form. */
    record Cue(String lemma, Hint hint, boolean weak, boolean ing) {
    }

    private static final Map<String, Cue> FORMS = build();

    private static Map<String, Cue> build() {
        Map<String, Cue> forms = new HashMap<>();
        strong(forms, Hint.ASSERT, "say:said", "tell:told", "add", "insist", "stress", "note", "warn", "claim", "allege",
                "announce", "explain", "reveal", "report", "write:wrote:written", "tweet", "indicate", "pledge",
                "promise", "demand", "accuse", "believe", "argue", "state", "declare", "assert", "contend",
                "clarify", "emphasise", "emphasize", "underline", "underscore", "reiterate", "repeat", "complain",
                "testify", "describe", "urge", "vow", "blame", "proclaim", "assure", "predict", "disclose",
                "caution", "boast", "criticise", "criticize", "quip", "joke", "recount",
                "speculate", "muse", "lament", "specify", "affirm", "reaffirm", "deplore");
        weak(forms, Hint.ASSERT, "agree", "maintain", "suggest", "signal", "hint", "recall", "observe", "remark", "answer",
                "respond", "reply", "counter", "estimate", "conclude", "notice", "inform", "forecast:forecast",
                "fear", "regret", "welcome", "hail", "consider", "judge");
        strong(forms, Hint.DENY, "deny", "reject", "dismiss", "refute", "rebut", "dispute", "disavow", "repudiate",
                "contradict", "contest", "brush:brushed");
        strong(forms, Hint.ASSERT, "propose", "cite", "mention", "question", "liken", "echo", "endorse", "support", "oppose",
                "back", "favor", "favour", "champion", "advocate", "exhort", "implore", "reassure", "slam:slammed", "blast", "lambast", "lambaste", "rebuke", "chide", "condemn",
                "denounce", "decry", "praise", "applaud", "defend");
        weak(forms, Hint.ASSERT, "see:saw:seen", "view", "regard", "portray", "paint", "brand", "label:labelled",
                "dub", "characterize", "characterise", "depict", "decide", "vote", "want", "plan", "intend", "seek:sought", "aim", "threaten", "offer",
                "ask", "wonder", "show:showed:shown", "find:found", "charge", "continue", "read:read", "expect", "hope", "think:thought", "feel:felt",
                "know:knew:known", "fear", "worry:worried", "doubt");
        strong(forms, Hint.CONFIRM, "confirm", "acknowledge", "admit", "concede");
        weak(forms, Hint.DECLINE, "decline", "refuse");
        // "call" only counts with "for", "on" or an object and a description; see CueReader
        strong(forms, Hint.ASSERT, "call");
        return Map.copyOf(forms);
    }

    /** Verb and particle ("pushed back", "cast doubt"), keyed "form particle". */
    private static final Map<String, Cue> PHRASES = phrases();

    private static Map<String, Cue> phrases() {
        Map<String, Cue> out = new HashMap<>();
        phrase(out, Hint.DENY, "push", "back");
        phrase(out, Hint.DENY, "cast:cast", "doubt");
        phrase(out, Hint.DENY, "brush:brushed", "off");
        phrase(out, Hint.DENY, "brush:brushed", "aside");
        phrase(out, Hint.ASSERT, "hit:hit", "back");
        phrase(out, Hint.ASSERT, "lash", "out");
        phrase(out, Hint.ASSERT, "speak:spoke:spoken", "out");
        phrase(out, Hint.ASSERT, "make:made", "clear");
        phrase(out, Hint.ASSERT, "point:pointed", "out");
        for (String feeling : new String[] {"concern", "concerns", "hope", "confidence", "doubt", "doubts", "fear",
                "fears", "frustration", "support", "opposition", "regret", "dismay", "surprise", "optimism"}) {
            phrase(out, Hint.ASSERT, "express", feeling); // "expressed concern that", "voiced doubts about"
            phrase(out, Hint.ASSERT, "voice", feeling);
            phrase(out, Hint.ASSERT, "raise", feeling);
        }
        return Map.copyOf(out);
    }

    private static void phrase(Map<String, Cue> out, Hint hint, String verb, String particle) {
        Map<String, Cue> forms = new HashMap<>();
        add(forms, verb, hint, false);
        forms.forEach((form, cue) -> out.put(form + " " + particle, cue));
    }

    private CueLexicon() {
    }

    /** The cue for a lower-case word form, or null. */
    static Cue lookup(String lower) {
        return FORMS.get(lower);
    }

    /** The cue for a verb form and the word after it ("pushed", "back"), or null. */
    static Cue phrase(String lower, String particle) {
        return PHRASES.get(lower + " " + particle);
    }

    private static void strong(Map<String, Cue> forms, Hint hint, String... verbs) {
        for (String v : verbs) {
            add(forms, v, hint, false);
        }
    }

    private static void weak(Map<String, Cue> forms, Hint hint, String... verbs) {
        for (String v : verbs) {
            add(forms, v, hint, true);
        }
    }

    private static void add(Map<String, Cue> forms, String spec, Hint hint, boolean weak) {
        String[] parts = spec.split(":");
        String base = parts[0];
        String past = parts.length > 1 && !parts[1].equals("ing") ? parts[1] : past(base);
        Cue plain = new Cue(base, hint, weak, false);
        forms.putIfAbsent(base, plain);
        forms.putIfAbsent(third(base), plain);
        forms.putIfAbsent(past, plain);
        for (int i = 2; i < parts.length; i++) {
            if (!parts[i].equals("ing")) {
                forms.putIfAbsent(parts[i], plain);
            }
        }
        forms.putIfAbsent(ing(base), new Cue(base, hint, weak, true));
    }

    private static String third(String base) {
        if (base.endsWith("y") && !vowel(base.charAt(base.length() - 2))) {
            return base.substring(0, base.length() - 1) + "ies";
        }
        if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")) {
            return base + "es";
        }
        return base + "s";
    }

    private static String past(String base) {
        if (base.endsWith("e")) {
            return base + "d";
        }
        if (base.endsWith("y") && !vowel(base.charAt(base.length() - 2))) {
            return base.substring(0, base.length() - 1) + "ied";
        }
        if (doubles(base)) {
            return base + base.charAt(base.length() - 1) + "ed";
        }
        return base + "ed";
    }

    private static String ing(String base) {
        if (base.endsWith("ie")) {
            return base.substring(0, base.length() - 2) + "ying";
        }
        if (base.endsWith("e") && !base.endsWith("ee")) {
            return base.substring(0, base.length() - 1) + "ing";
        }
        if (doubles(base)) {
            return base + base.charAt(base.length() - 1) + "ing";
        }
        return base + "ing";
    }

    // admit -> admitted, rebut -> rebutted: short verbs stressed on a final consonant-vowel-consonant
    private static boolean doubles(String base) {
        return base.equals("admit") || base.equals("rebut") || base.equals("quip") || base.equals("regret");
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
