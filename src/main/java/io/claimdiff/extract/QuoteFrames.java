package io.claimdiff.extract;

import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations of one sentence and the frames that attribute them: after the quotation
 * ({@code "…," Peskov said}, {@code "…," said Peskov}), before it ({@code Putin said: "…"}) and in
 * the middle ({@code "…," he added, "…"}). Quotations without a frame are left to indirect speech.
 */
final class QuoteFrames {

    private static final int FRAME_REACH = 16;

    private final String text;
    private final List<Token> toks;
    private final List<Quote> quotes;
    private final CueReader cues;
    private final SubjectFinder subjects;
    private final boolean[] consumed;
    private int scan;

    QuoteFrames(String text, List<Token> toks, List<Quote> quotes, CueReader cues, SubjectFinder subjects,
                boolean[] consumed) {
        this.text = text;
        this.toks = toks;
        this.quotes = quotes;
        this.cues = cues;
        this.subjects = subjects;
        this.consumed = consumed;
    }

    /** A run of quotations separated only by punctuation, as token indices and offsets. */
    private record Group(int firstTok, int lastTok, int contentStart, int contentEnd, boolean commaEvidence) {
    }

    List<Candidate> find() {
        List<Group> groups = groups();
        List<Candidate> out = new ArrayList<>();
        Mention middleSpeaker = null;
        TextSpan middleCue = null;
        String middleLemma = null;
        CueLexicon.Hint middleHint = null;
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            TextSpan content = new TextSpan(group.contentStart, group.contentEnd);
            if (middleSpeaker != null) {
                out.add(new Candidate(content, middleCue, middleSpeaker, middleLemma, middleHint,
                        group.contentStart, SentenceAnalyzer.QUOTE_MIDDLE, true));
                middleSpeaker = null;
                continue;
            }
            int limit = g + 1 < groups.size() ? groups.get(g + 1).firstTok : toks.size();
            int lb = g > 0 ? groups.get(g - 1).lastTok + 1 : 0;
            Candidate c = after(group, content, limit, lb == 0 && onlyPunctuation(0, group.firstTok));
            if (c == null) {
                c = before(group, content, lb);
            } else if (g + 1 < groups.size() && toks.get(limit - 1).is(",") && !c.rule().equals(SentenceAnalyzer.QUOTE_BEFORE)) {
                middleSpeaker = c.speaker();
                middleCue = c.cue();
                middleLemma = c.lemma();
                middleHint = c.hint();
            }
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private Candidate after(Group group, TextSpan content, int limit, boolean atStart) {
        int j = group.lastTok + 1;
        while (j < limit && toks.get(j).is(",")) {
            j++;
        }
        if (j >= limit || !(group.commaEvidence || atStart)) {
            return null;
        }
        if (insideThatClause(group.firstTok)) {
            return null; // "telling reporters that Canada is \"not looking to provoke\", AP reported": the quotation is reported speech
        }
        CueLexicon.Cue inverted = lexical(j);
        if (inverted != null) {
            Mention m = subjects.after(j + 1, limit);
            if (m != null && m.form() != Mention.Form.PRONOUN) {
                consumed[j] = true;
                return candidate(content, j, inverted, m, SentenceAnalyzer.QUOTE_INVERTED);
            }
            return null;
        }
        for (int k = j + 1; k < limit && k - j < FRAME_REACH; k++) {
            Token t = toks.get(k);
            if (t.isClauseBreak() || t.is(".") || t.kind() == Token.Kind.QUOTE_MARK) {
                return null;
            }
            CueLexicon.Cue cue = lexical(k);
            if (cue == null) {
                continue;
            }
            SubjectFinder.Subject s = subjects.before(k, j);
            if (s == null || !cues.noComplement(k)) {
                return null;
            }
            consumed[k] = true;
            return candidate(partialQuote(group, content), k, cue, s.mention(), SentenceAnalyzer.QUOTE_AFTER);
        }
        return null;
    }

    private boolean insideThatClause(int firstTok) {
        for (int k = firstTok - 1; k >= 0 && firstTok - k <= 10; k--) {
            Token t = toks.get(k);
            if (t.is(",") || t.isClauseBreak() || t.kind() == Token.Kind.QUOTE_MARK) {
                return false;
            }
            if (t.is("that")) {
                return true;
            }
        }
        return false;
    }

    // "However laudable the goal, using the tax ''is a misguided approach,'' Mr. Burman said": words before
    // a quotation in its own sentence belong to the statement the frame attributes
    private TextSpan partialQuote(Group group, TextSpan content) {
        if (group.firstTok == 0 || quotes.stream().anyMatch(q -> q.outerEnd() <= toks.get(group.firstTok).start()
                && q.outerStart() >= toks.get(0).start())) {
            return content; // the quotation opens the sentence, or follows another one
        }
        for (int k = 0; k < group.firstTok; k++) {
            if (cues.at(k) != null || toks.get(k).isClauseBreak()) {
                return content; // "He told reporters on Friday “…,” the ministry said" reports a report
            }
        }
        return new TextSpan(toks.get(0).start(), content.end());
    }

    // "Warren said “You went on television to blame thousands of $12-an-hour” workers.": words after a
    // quotation in its own sentence, with no frame of their own, finish the statement
    private TextSpan trailingWords(Group group, TextSpan content) {
        int words = 0;
        for (int k = group.lastTok + 1; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.kind() == Token.Kind.QUOTE_MARK || cues.at(k) != null || t.isClauseBreak()) {
                return content;
            }
            words += t.isWord() ? 1 : 0;
        }
        return words == 0 ? content : new TextSpan(content.start(), toks.get(toks.size() - 1).end());
    }

    private Candidate before(Group group, TextSpan content, int lb) {
        int b = group.firstTok - 1;
        if (b < lb) {
            return null;
        }
        int reach = toks.get(b).is(":") ? 8 : toks.get(b).is(",") ? 3 : 0;
        int from = reach > 0 ? b - 1 : b;
        for (int k = from; k >= lb && k >= from - reach; k--) {
            CueLexicon.Cue cue = consumed[k] ? null : lexical(k);
            if (cue == null && reach > 0 && toks.get(b).is(":") && k == b - 1 && toks.get(k).lower().endsWith("ed")) {
                cue = new CueLexicon.Cue(toks.get(k).lower(), CueLexicon.Hint.ASSERT, false, false);
            }
            if (cue != null) {
                SubjectFinder.Subject s = subjects.before(k, lb);
                if (s == null) {
                    return null;
                }
                consumed[k] = true;
                return candidate(trailingWords(group, content), k, cue, s.mention(), SentenceAnalyzer.QUOTE_BEFORE);
            }
        }
        return null;
    }

    private CueLexicon.Cue lexical(int k) {
        Token t = toks.get(k);
        if (!t.isWord() || t.inQuote() || consumed[k]) {
            return null;
        }
        CueLexicon.Cue cue = CueLexicon.lookup(t.lower());
        return cue == null || cue.ing() || cue.lemma().equals("call") ? null : cue;
    }

    private Candidate candidate(TextSpan content, int k, CueLexicon.Cue cue, Mention m, String rule) {
        Token t = toks.get(k);
        return new Candidate(content, new TextSpan(t.start(), t.end()), m, cue.lemma(), cue.hint(),
                content.start(), rule, true);
    }

    private List<Group> groups() {
        List<Group> out = new ArrayList<>();
        if (toks.isEmpty()) {
            return out;
        }
        int from = toks.get(0).start();
        int to = toks.get(toks.size() - 1).end();
        Quote first = null;
        Quote last = null;
        for (Quote q : quotes) {
            if (q.outerStart() < from || q.outerEnd() > to || q.end() <= q.start()) {
                continue;
            }
            if (last != null && onlyPunctuationChars(last.outerEnd(), q.outerStart())) {
                last = q;
                continue;
            }
            if (first != null) {
                out.add(group(first, last));
            }
            first = q;
            last = q;
        }
        if (first != null) {
            out.add(group(first, last));
        }
        return out;
    }

    private Group group(Quote first, Quote last) {
        int firstTok = -1;
        int lastTok = -1;
        while (scan < toks.size() && toks.get(scan).start() < first.outerStart()) {
            scan++;
        }
        for (int k = scan; k < toks.size() && toks.get(k).end() <= last.outerEnd(); k++) {
            firstTok = firstTok < 0 ? k : firstTok;
            lastTok = k;
        }
        if (firstTok < 0) {
            firstTok = Math.min(scan, toks.size() - 1);
            lastTok = firstTok;
        }
        int close = last.close();
        boolean comma = close >= 0 && (",?!".indexOf(prevNonSpace(last.end())) >= 0 || nextNonSpace(close + 1) == ',');
        int s = first.start();
        int e = last.end();
        while (s < e && Tokenizer.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Tokenizer.isSpace(text.charAt(e - 1))) {
            e--;
        }
        return new Group(firstTok, lastTok, s, e, comma);
    }

    private char prevNonSpace(int i) {
        int j = i - 1;
        while (j >= 0 && Tokenizer.isSpace(text.charAt(j))) {
            j--;
        }
        return j >= 0 ? text.charAt(j) : ' ';
    }

    private char nextNonSpace(int i) {
        int j = i;
        while (j < text.length() && Tokenizer.isSpace(text.charAt(j))) {
            j++;
        }
        return j < text.length() ? text.charAt(j) : ' ';
    }

    private boolean onlyPunctuationChars(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return to - from <= 4;
    }

    private boolean onlyPunctuation(int from, int to) {
        for (int k = from; k < to; k++) {
            if (toks.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }
}
