package io.claimdiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds who a reporting verb belongs to: the noun phrase before it (skipping auxiliaries, time
 * adverbials, appositions and relative clauses) or, in inverted frames, the one after it.
 */
final class SubjectFinder {

    private static final java.util.Set<String> TRAILING = Words.set("in", "on", "at", "during", "after", "before",
            "while", "last", "this", "yesterday", "today", "via", "as", "when", "earlier", "late", "through");

    /** Tokens looked at around one cue; keeps the work per cue constant. */
    private static final int WINDOW = 40;

    /**
     * A subject found before a cue.
     *
     * @param mention    the source as written
     * @param adjacent   whether it stands right before the cue
     * @param afterBreak whether it opens a new clause (after a comma, semicolon or "but"), not a nested report
     * @param clauseStart offset where its clause starts
     */
    record Subject(Mention mention, boolean adjacent, boolean afterBreak, int clauseStart) {
    }

    private final List<Token> toks;
    private final NounPhrases np;
    private final IntPredicate isCue;
    private final GrammaticalPhrases phrases;

    SubjectFinder(List<Token> toks, NounPhrases np, IntPredicate isCue) {
        this.toks = toks;
        this.np = np;
        this.isCue = isCue;
        this.phrases = new GrammaticalPhrases(toks, np);
    }

    /** Skips auxiliaries, adverbs and time phrases leftwards from {@code i}; returns the first other index. */
    int skipFillers(int i, int lb) {
        while (i >= lb) {
            Token t = toks.get(i);
            if (t.inQuote() || !t.isWord() && t.kind() != Token.Kind.NUMBER) {
                return i;
            }
            boolean adverb = !t.cap() && t.lower().endsWith("ly") && t.lower().length() > 4 && np.grammar().is(i, "ADV");
            if (Words.VERB_FILLERS.contains(t.lower()) && !(t.cap() && i > lb) || Words.TIME_WORDS.contains(t.lower()) && !t.is("the")
                    && !t.is("this") || t.kind() == Token.Kind.NUMBER || adverb) { // "I truly believed"
                i--;
            } else {
                return i;
            }
        }
        return i;
    }

    // "Rep. Gwen Moore (D-Wis.) said", "India on Tuesday (September 19) rejected": a short parenthesis
    // between the subject and its verb is skipped
    private int skipParenthesis(int i, int lb) {
        boolean dash = i >= lb && DASHES.contains(toks.get(i).lower());
        if (i < lb || !toks.get(i).is(")") && !dash) {
            return i;
        }
        // "John Dickey, the chief executive of Ora Media -- a company that … -- told"
        for (int k = i - 1; k >= lb && i - k <= (dash ? 25 : 10); k--) {
            if (dash ? DASHES.contains(toks.get(k).lower()) : toks.get(k).is("(")) {
                return k - 1;
            }
            if (toks.get(k).is(")") || toks.get(k).kind() == Token.Kind.QUOTE_MARK) {
                return i;
            }
        }
        return i;
    }

    private static final java.util.Set<String> DASHES = Words.set("--", "—", "–");

    /** The subject of the cue at token {@code cue}, looking no further left than {@code lb}. */
    Subject before(int cue, int lb) {
        boolean participle = toks.get(cue).lower().endsWith("ing") && cue > lb && Words.participleClause(toks, cue);
        if (participle) {
            // "The ministry issued a statement saying ...": the sentence's subject speaks
            int limit = cue;
            Mention m = sentenceSubject(lb, limit, true);
            return m == null ? null : new Subject(m, false, false, toks.get(lb).start());
        }
        int from = cue - 1;
        if (from - 1 >= lb && toks.get(from).is("as") && toks.get(from - 1).is("quoted")) {
            from -= 2; // "was quoted as saying"
        }
        if (from - 1 >= lb && toks.get(from).is("to") && Words.CATENATIVES.contains(toks.get(from - 1).lower())) {
            from -= 2; // "rushed to deny", "appeared to deny", "is seen to say"
            if (from >= lb && (toks.get(from + 1).is("on") || toks.get(from + 1).is("quick")
                    || toks.get(from + 1).is("forward"))) {
                from--; // "went on to add", "was quick to reject", "came forward to say"
            }
        }
        int i = skipFillers(skipParenthesis(skipFillers(from, lb), lb), lb);
        if (i < lb || toks.get(i).inQuote() || toks.get(i).kind() == Token.Kind.QUOTE_MARK) {
            return null;
        }
        if (toks.get(i).is("and") || toks.get(i).is("but")) {
            Mention m = sentenceSubject(lb, i, false);
            return m == null ? null : new Subject(m, false, false, toks.get(lb).start());
        }
        if (toks.get(i).is("who") && i - 1 >= lb) {
            // "Trudeau and Joly who blamed India", "a woman who alleges": the relative's antecedent speaks
            int end = toks.get(i - 1).is(",") ? i - 1 : i;
            Mention m = end > lb ? phrases.subjectEndingAt(lb, end, true) : null;
            return m == null || !personLike(m) ? null : new Subject(m, false, true, toks.get(i).start());
        }
        if (toks.get(i).is(",")) {
            Subject relative = relativeAntecedent(i, lb);
            if (relative != null) {
                return relative;
            }
        }
        List<int[]> segs = new ArrayList<>();
        int segEnd = i + 1;
        int j = i;
        boolean openBreak = false;
        while (j >= lb && i - j < WINDOW) {
            Token u = toks.get(j);
            if (u.inQuote() || u.kind() == Token.Kind.QUOTE_MARK || u.isClauseBreak()) {
                openBreak = true;
                break;
            }
            if (j < i && (u.is("that") || isCue.test(j))) {
                break;
            }
            if (u.is(",")) {
                segs.add(new int[] {j + 1, segEnd});
                segEnd = j;
            }
            j--;
        }
        segs.add(new int[] {Math.max(j + 1, lb), segEnd});
        if (segs.size() == 1 && j > lb && toks.get(j).is("that") && np.grammar().noun(j - 1)
                && phrases.clauseInside(j + 1, segEnd + 1)) {
            // "the talent agency that represents Scarlett Johansson fiercely criticized": the relative's antecedent
            Mention antecedent = phrases.subjectEndingAt(lb, j, true);
            if (antecedent != null) {
                return new Subject(antecedent, false, false, toks.get(lb).start());
            }
        }
        return choose(listJoined(segs), openBreak, i);
    }

    /**
     * "Apple, AWS and Super Micro have denied": the commas of a list of names are not appositions;
     * the names before the one with "and" join it as one subject. Segments are nearest first.
     */
    private List<int[]> listJoined(List<int[]> segs) {
        if (segs.size() < 2 || !coordinated(segs.get(0))) {
            return segs;
        }
        int k = 1;
        while (k < segs.size() && listItem(segs.get(k))) {
            k++;
        }
        if (k == 1) {
            return segs;
        }
        List<int[]> out = new ArrayList<>();
        out.add(new int[] {segs.get(k - 1)[0], segs.get(0)[1]});
        out.addAll(segs.subList(k, segs.size()));
        return out;
    }

    private boolean coordinated(int[] seg) {
        for (int k = seg[0]; k < seg[1]; k++) {
            if (toks.get(k).is("and")) {
                return k + 1 < seg[1] && toks.get(k + 1).cap();
            }
        }
        return false;
    }

    // one short name: "AWS", "Super Micro", "China's Ministry of Foreign Affairs"; not "On Monday"
    private boolean listItem(int[] seg) {
        int first = firstWord(seg[0], seg[1]);
        if (first < 0 || seg[1] - seg[0] > 6 || Words.PREPOSITIONS.contains(toks.get(first).lower())
                || Words.DETERMINERS.contains(toks.get(first).lower()) || Words.TIME_WORDS.contains(toks.get(first).lower())) {
            return false;
        }
        for (int k = seg[0]; k < seg[1]; k++) {
            Token t = toks.get(k);
            if (!(t.cap() && t.isWord() || t.is("of") || t.is("for") || Words.possessive(t.lower()))) {
                return false;
            }
        }
        return true;
    }

    // "The Kremlin, which denied ..., believes": the subject stands before ", which"
    private Subject relativeAntecedent(int comma, int lb) {
        for (int k = comma - 1; k > lb && comma - k < WINDOW; k--) {
            Token t = toks.get(k);
            if (t.kind() == Token.Kind.QUOTE_MARK || t.isClauseBreak()) {
                return null;
            }
            if ((t.is("which") || t.is("who") || t.is("whose")) && toks.get(k - 1).is(",")) {
                int end = k - 1;
                int start = end;
                while (start - 1 >= lb && !toks.get(start - 1).is(",") && !toks.get(start - 1).isClauseBreak()
                        && toks.get(start - 1).kind() != Token.Kind.QUOTE_MARK && end - start < WINDOW) {
                    start--;
                }
                Mention m = np.analyse(start, end);
                if (m == null) {
                    return null;
                }
                int prevEnd = start - 1;
                int prevStart = prevEnd;
                while (prevStart - 1 >= lb && !toks.get(prevStart - 1).is(",") && prevEnd - prevStart < 16) {
                    prevStart--;
                }
                m = prevEnd > lb ? apposition(m, new int[] {prevStart, prevEnd}) : m;
                return new Subject(m, false, true, toks.get(comma).start());
            }
        }
        return null;
    }

    private Subject choose(List<int[]> segs, boolean openBreak, int last) {
        for (int s = 0; s < segs.size(); s++) {
            int[] seg = segs.get(s);
            int first = firstWord(seg[0], seg[1]);
            if (first < 0) {
                continue;
            }
            String w = toks.get(first).lower();
            if (onlyAdverbs(seg[0], seg[1])) {
                continue; // "Officials in Kyiv, however, insisted"
            }
            boolean participle = adverbial(w) && (s > 0 || !toks.get(first).cap());
            if (w.equals("which") || w.equals("who") || w.equals("whose") || w.equals("whom") || participle) {
                Mention inner = s == 0 && phrases.subordinatorIn(seg[0] + 1, seg[1])
                        ? phrases.subjectEndingAt(seg[0] + 1, seg[1]) : null;
                if (inner != null) { // "…, which comes into force when the West is warning": the West warns
                    return new Subject(inner, true, true, inner.span().start());
                }
                continue;
            }
            Mention m = np.analyse(seg[0], seg[1]);
            if (m == null || phrases.clauseInside(seg[0], seg[1])) {
                Mention g = phrases.subjectEndingAt(seg[0], seg[1]);
                m = g != null ? g : m;
            }
            if (m == null && s + 1 < segs.size() && allCapitalised(segs.get(s + 1)[0], segs.get(s + 1)[1])
                    && (s == 0 || firstWord(segs.get(0)[0], segs.get(0)[1]) < 0)) {
                continue; // "China, a close ally of Pakistan, called": the name before the apposition
            }
            if (m == null) {
                return null;
            }
            m = apposition(m, s + 1 < segs.size() ? segs.get(s + 1) : null);
            boolean afterBreak = s + 1 < segs.size() || openBreak;
            int clauseStart = seg[0] > 0 && afterBreak ? toks.get(seg[0] - 1).start() : toks.get(seg[0]).start();
            return new Subject(m, s == 0 && seg[1] == last + 1, afterBreak, clauseStart);
        }
        return null;
    }

    // someone "who" can say something: a person or group described as such, a titled or first-named
    // person, not "the Munich Security Conference who"
    private boolean personLike(Mention m) {
        if (m.form() == Mention.Form.PRONOUN) {
            return false;
        }
        if (m.type() == Mention.Type.GROUP || m.form() == Mention.Form.DESCRIPTION) {
            return m.type() != Mention.Type.BODY;
        }
        String first = m.text().split("\\s+")[0];
        return Words.PERSON_NOUNS.contains(m.role()) || Words.HONORIFICS.contains(m.role()) || np.knowsFirstName(first);
    }

    private Mention apposition(Mention m, int[] other) {
        if (other == null || other[1] - other[0] > 16 || m.form() == Mention.Form.PRONOUN) {
            return m;
        }
        int first = firstWord(other[0], other[1]);
        if (first < 0 || adverbial(toks.get(first).lower())) {
            return m;
        }
        if (m.form() == Mention.Form.DESCRIPTION && allCapitalised(other[0], other[1])) {
            Mention name = np.analyse(other[0], other[1]);
            if (name != null && name.form() == Mention.Form.NAME) {
                return name.describedBy(m); // "The country's health minister, Jenista Mhagama": her role too
            }
        }
        if (m.form() == Mention.Form.NAME && (m.party() == null || m.role() == null)) {
            Mention desc = np.analyse(other[0], other[1]);
            if (desc != null && desc.form() == Mention.Form.DESCRIPTION) {
                return m.describedBy(desc);
            }
        }
        return m;
    }

    /** The source named after an inverted cue ("…," said the minister, Jane Doe, on Monday). */
    Mention after(int from, int to) {
        int comma = from;
        while (comma < to && !toks.get(comma).is(",") && !toks.get(comma).isClauseBreak() && comma - from < WINDOW
                && !(comma > from && TRAILING.contains(toks.get(comma).lower()))) {
            comma++; // "said the ministry in a statement on Monday": the source ends before "in"
        }
        Mention m = np.analyse(from, comma);
        if (m == null || comma >= to || !toks.get(comma).is(",")) {
            return m;
        }
        int next = comma + 1;
        while (next < to && !toks.get(next).is(",") && !toks.get(next).isClauseBreak() && next - comma < 8) {
            next++;
        }
        if (m.form() != Mention.Form.NAME && allCapitalised(comma + 1, next)) {
            Mention name = np.analyse(comma + 1, next);
            if (name != null && name.form() == Mention.Form.NAME) {
                return name.party() != null || m.party() == null ? name : name.withParty(m.party());
            }
        }
        return m;
    }

    // the subject of a clause whose verb phrase is coordinated: "X met Y ... and said that"
    private Mention sentenceSubject(int lb, int limit, boolean adjectives) {
        while (lb < limit && !toks.get(lb).isWord()) {
            lb++; // "**Trade groups**" in Markdown
        }
        lb = afterOpeningAdverbial(lb, limit);
        int j = lb;
        while (j < limit && (toks.get(j).cap() || Words.DETERMINERS.contains(toks.get(j).lower())
                || Words.NAME_PARTICLES.contains(toks.get(j).lower()) || Words.PERSON_NOUNS.contains(toks.get(j).lower())
                || Words.BODY_NOUNS.contains(toks.get(j).lower()) || Words.possessive(toks.get(j).lower())
                || adjectives && adjective(toks.get(j)))) {
            j++;
        }
        while (j > lb && !toks.get(j - 1).isWord()) {
            j--;
        }
        return j > lb ? np.analyse(lb, j) : null;
    }

    // "In an interview with BuzzFeed News, Apple CEO Tim Cook ...", "Now, a Disney spokesperson ...":
    // the subject follows the adverbial that opens the sentence
    private int afterOpeningAdverbial(int lb, int limit) {
        if (lb >= limit) {
            return lb;
        }
        String first = toks.get(lb).lower();
        if (!Words.PREPOSITIONS.contains(first) && !Words.LEADERS.contains(first) && !first.endsWith("ly")
                && !Words.TIME_WORDS.contains(first)) {
            return lb;
        }
        for (int k = lb + 1; k < limit - 1 && k - lb <= 15; k++) {
            Token t = toks.get(k);
            if (t.isClauseBreak() || t.kind() == Token.Kind.QUOTE_MARK) {
                return lb;
            }
            if (t.is(",")) {
                Token next = toks.get(k + 1);
                return next.cap() || Words.DETERMINERS.contains(next.lower()) ? k + 1 : lb;
            }
        }
        return lb;
    }

    // a lower-case word inside a subject ("foreign" in "the Saudi foreign ministry"), not its verb
    private static boolean adjective(Token t) {
        String w = t.lower();
        return t.isWord() && !w.endsWith("ed") && !w.endsWith("s") && !Words.VERB_FILLERS.contains(w)
                && !Words.PREPOSITIONS.contains(w) && !Words.LEADERS.contains(w) && CueLexicon.lookup(w) == null;
    }

    private boolean allCapitalised(int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (t.isWord()) {
                if (!t.cap() && !Words.NAME_PARTICLES.contains(t.lower())) {
                    return false;
                }
                words++;
            }
        }
        return words > 0 && words <= 5;
    }

    private boolean onlyAdverbs(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (t.isWord() && !Words.LEADERS.contains(t.lower()) && !Words.VERB_FILLERS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    private int firstWord(int from, int to) {
        for (int k = from; k < to; k++) {
            if (toks.get(k).isWord()) {
                return k;
            }
        }
        return -1;
    }

    private static boolean adverbial(String w) {
        return Words.PREPOSITIONS.contains(w) && !w.equals("of") || w.equals("citing") || w.equals("quoting")
                || w.equals("speaking") || w.equals("asked") || w.equals("according") || w.equals("using")
                || w.endsWith("ing") && w.length() > 5;
    }
}
