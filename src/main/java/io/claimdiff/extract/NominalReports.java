package io.claimdiff.extract;

import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reports named by a noun with their source and a "that" clause: "Trudeau's claim that …",
 * "the allegations made by Canadian PM Justin Trudeau in the House of Commons that …", "Canadian
 * accusations that …". A report whose source the sentence does not name is left alone.
 */
final class NominalReports {

    static final String RULE = "nominal: X's claim that …";

    private static final Set<String> NOUNS = Words.set("claim", "claims", "allegation", "allegations", "accusation",
            "accusations", "assertion", "assertions", "charge", "charges", "suggestion", "suggestions", "insistence",
            "contention", "warning", "warnings", "report", "reports", "statement", "statements", "announcement",
            "denial", "denials", "argument", "arguments", "belief", "view", "assurance", "assurances", "promise",
            "promises", "pledge", "pledges", "admission", "confirmation", "prediction", "predictions", "complaint",
            "complaints", "demand", "demands", "concern", "concerns", "fear", "fears", "hope", "hopes", "insinuation");
    private static final Set<String> DENIALS = Words.set("denial", "denials");
    private static final Set<String> CONFIRMATIONS = Words.set("admission", "confirmation");
    private static final Set<String> SOURCE_MARKERS = Words.set("by", "from");

    private final List<Token> toks;
    private final NounPhrases np;
    private final Gazetteer gaz;
    private final String text;

    NominalReports(String text, List<Token> toks, NounPhrases np) {
        this.text = text;
        this.toks = toks;
        this.np = np;
        this.gaz = np.gazetteer();
    }

    /** The sentence's nominal reports whose source it names, in text order. */
    List<Candidate> find(TextSpan sentence) {
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (!NOUNS.contains(t.lower()) || t.inQuote() || t.cap()) {
                continue;
            }
            int that = complementizer(k);
            if (that < 0) {
                continue;
            }
            Mention source = source(k, that);
            if (source == null || that + 1 >= toks.size()) {
                continue;
            }
            CueLexicon.Hint hint = DENIALS.contains(t.lower()) ? CueLexicon.Hint.DENY
                    : CONFIRMATIONS.contains(t.lower()) ? CueLexicon.Hint.CONFIRM : CueLexicon.Hint.ASSERT;
            int from = toks.get(that + 1).start();
            out.add(new Candidate(new TextSpan(from, sentence.end()), new TextSpan(t.start(), t.end()), source,
                    Words.stem(t.lower()), hint, from, RULE, false));
        }
        return out;
    }

    /** Where the noun's "that" clause opens: within a few words, past its source, before any comma. */
    private int complementizer(int noun) {
        for (int j = noun + 1; j < toks.size() && j - noun <= 14; j++) {
            Token t = toks.get(j);
            if (t.is("that") && !t.inQuote()) {
                return j + 1 < toks.size() && !toks.get(j + 1).is(",") ? j : -1;
            }
            if (t.is(",") || t.isClauseBreak() || t.kind() == Token.Kind.QUOTE_MARK
                    || CueLexicon.lookup(t.lower()) != null && !t.lower().equals("made") && j > noun + 1) {
                return -1;
            }
        }
        return -1;
    }

    // "Trudeau's claim", "the allegations (made) by X (in Y) that", "Canadian accusations"
    private Mention source(int noun, int that) {
        if (noun > 0 && Words.possessive(toks.get(noun - 1).lower()) && toks.get(noun - 1).cap()) {
            int start = noun - 1;
            while (start - 1 >= 0 && toks.get(start - 1).cap() && toks.get(start - 1).isWord()) {
                start--;
            }
            return np.analyse(start, noun);
        }
        for (int j = noun + 1; j < that; j++) {
            if (SOURCE_MARKERS.contains(toks.get(j).lower())) {
                int end = j + 1;
                while (end < that && !Words.PREPOSITIONS.contains(toks.get(end).lower())) {
                    end++;
                }
                Mention m = end > j + 1 ? np.analyse(j + 1, end) : null;
                return m != null && m.form() != Mention.Form.PRONOUN ? m : null;
            }
        }
        Token d = noun > 0 ? toks.get(noun - 1) : null;
        String demonym = d != null && d.cap() ? text.substring(d.start(), d.end()) : null;
        if (demonym != null && gaz.isDemonym(demonym)) {
            String country = gaz.party(demonym);
            return new Mention(new TextSpan(d.start(), d.end()), country, Mention.Type.BODY, Mention.Form.NAME, country,
                    null, false);
        }
        return null;
    }
}
