package io.claimdiff.extract;

import io.claimdiff.model.TextSpan;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attributions that frame a whole paragraph rather than one sentence: a speaker's label at its start
 * ("PENCE: Well, look, …", "Pat Caddell: Voters worried …") and a name after a closing dash
 * ("“He represents our greatest shame.” ― Sonya Herridge"). Read once per paragraph.
 */
final class ParagraphFrames {

    static final String LABEL = "speaker-label: X: …";
    static final String DASH = "dash: “…” — X";

    /** Labels that introduce page furniture or a question, never a speaker. */
    private static final Set<String> NOT_SPEAKERS = Words.set("update", "updated", "note", "editor's note", "watch",
            "read", "read more", "related", "photo", "photos", "video", "correction", "clarification", "source",
            "sources", "credit", "advertisement", "q", "a", "question", "answer", "warning", "disclaimer", "listen",
            "subscribe", "share", "tags", "topics", "breaking", "exclusive", "opinion", "analysis", "comment",
            "live", "more", "see also", "also", "background", "context", "timeline", "fact check", "editorial",
            "latest", "the latest", "full text", "abstract", "summary", "explainer", "quiz", "poll");
    private static final int MAX_LABEL_WORDS = 4;
    private static final int MAX_DASH_NAME_WORDS = 5;

    /**
     * The frame of one paragraph: who speaks it, where the cue is, and which part of the paragraph is
     * statement (after a label's colon, before a closing dash).
     */
    record Frame(Mention speaker, TextSpan cue, int contentFrom, int contentTo, String rule) {

        /** The part of {@code sentence} that the frame's speaker states, or null when none of it is. */
        TextSpan statementIn(TextSpan sentence) {
            int s = Math.max(sentence.start(), contentFrom);
            int e = Math.min(sentence.end(), contentTo);
            return s < e ? new TextSpan(s, e) : null;
        }
    }

    private ParagraphFrames() {
    }

    /** The frame of the paragraph {@code text[from, to)}, or null when it has none. */
    static Frame of(String text, int from, int to, Gazetteer gaz, EntityRegistry registry) {
        Frame f = label(text, from, to, gaz, registry);
        return f != null ? f : dash(text, from, to, gaz, registry);
    }

    // "PENCE: Well, look", "Pat Caddell: Democrat Voters Worried …": a name, then a colon
    private static Frame label(String text, int from, int to, Gazetteer gaz, EntityRegistry registry) {
        while (from < to && (Tokenizer.isSpace(text.charAt(from)) || Tokenizer.quoteMarkLength(text, from, to) > 0)) {
            from++; // a transcript quoted paragraph by paragraph: "WALLACE: …
        }
        int colon = text.indexOf(':', from);
        if (colon < 0 || colon >= to || colon - from > 60) {
            return null;
        }
        List<Token> toks = Tokenizer.tokenize(text, from, colon, List.of());
        int words = 0;
        boolean shouted = true;
        for (Token t : toks) {
            if (t.isWord()) {
                words++;
                shouted &= text.substring(t.start(), t.end()).equals(text.substring(t.start(), t.end()).toUpperCase(Locale.ROOT));
                if (!t.cap() && !Words.NAME_PARTICLES.contains(t.lower())) {
                    return null;
                }
            } else if (!t.is(".") && !t.is("'") && !t.is("’")) {
                return null;
            }
        }
        String label = text.substring(from, colon).strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        int rest = skipSpace(text, colon + 1, to);
        if (words == 0 || words > MAX_LABEL_WORDS || NOT_SPEAKERS.contains(label) || rest >= to
                || gaz.isPlace(text.substring(from, colon).strip())) {
            return null; // "New Delhi: India on Tuesday …" is a dateline
        }
        Token last = toks.get(toks.size() - 1);
        // a transcript's capitals, or a name the article uses elsewhere: not a city in a dateline; a
        // name of several words needs a first name or a title ("Pat Caddell:", "Sen. Warren:", not "Gap Goes:")
        boolean named = words == 1 || Words.TITLES.contains(toks.get(0).lower()) || Words.HONORIFICS.contains(toks.get(0).lower())
                || gaz.gender(text.substring(toks.get(0).start(), toks.get(0).end())) != 0;
        boolean known = shouted && words <= 3 || registry.seenInsideSentence(last.lower()) && named;
        if (!known) {
            return null;
        }
        Mention m = new NounPhrases(text, toks, gaz, registry, new SentenceGrammar(text, toks, () -> PosTagger.NONE))
                .analyse(0, toks.size());
        if (m == null || m.form() == Mention.Form.PRONOUN) {
            return null;
        }
        return new Frame(m, new TextSpan(colon, colon + 1), rest, to, LABEL);
    }

    // "“He represents our greatest shame.” ― Sonya Herridge": a quotation, a dash, a name, the end
    private static Frame dash(String text, int from, int to, Gazetteer gaz, EntityRegistry registry) {
        int end = to;
        while (end > from && (Tokenizer.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
            end--;
        }
        int dash = -1;
        for (int i = end - 1; i > from && end - i <= 60; i--) {
            char c = text.charAt(i);
            if (c == '―' || c == '—' || c == '–') {
                dash = i;
                break;
            }
        }
        if (dash < 0 || !quotedBefore(text, from, dash)) {
            return null;
        }
        List<Token> toks = Tokenizer.tokenize(text, dash + 1, end, List.of());
        int words = 0;
        for (Token t : toks) {
            if (!t.isWord() || !t.cap() && !Words.NAME_PARTICLES.contains(t.lower())) {
                if (!t.is(",") && !t.is(".")) {
                    return null;
                }
            } else {
                words++;
            }
        }
        if (words == 0 || words > MAX_DASH_NAME_WORDS) {
            return null;
        }
        int nameEnd = toks.size();
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).is(",")) {
                nameEnd = k; // "― Jane Doe, Phoenix"
                break;
            }
        }
        Mention m = new NounPhrases(text, toks, gaz, registry, new SentenceGrammar(text, toks, () -> PosTagger.NONE))
                .analyse(0, nameEnd);
        if (m == null || m.form() != Mention.Form.NAME) {
            return null;
        }
        int contentTo = dash;
        while (contentTo > from && Tokenizer.isSpace(text.charAt(contentTo - 1))) {
            contentTo--;
        }
        return new Frame(m, new TextSpan(dash, dash + 1), from, contentTo, DASH);
    }

    private static boolean quotedBefore(String text, int from, int dash) {
        int i = dash - 1;
        while (i > from && Tokenizer.isSpace(text.charAt(i))) {
            i--;
        }
        return i >= from && (Tokenizer.isQuoteMark(text.charAt(i)) || text.charAt(i) == '\'' && i > from
                && text.charAt(i - 1) == '\'');
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Tokenizer.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
