package io.claimdiff.extract;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds attributed statements with hand-written rules for English news prose: direct quotations
 * and their frames, quote continuations, indirect speech after any reporting verb, "according to",
 * with speakers resolved through the article (pronouns, titles, appositions, fullest names) and
 * parties from the text and a {@link Gazetteer}. Pure: no state survives a call.
 */
public final class AttributionExtractor implements ClaimExtractor {

    private static final int STANCE_WINDOW = 600;
    /** At most this many tokens (~30 MB) are kept between the two passes over an article. */
    private static final int KEPT_TOKENS = 300_000;

    private final Gazetteer gazetteer;
    private final Supplier<PosTagger> taggers;

    /** An extractor using the gazetteer shipped on the classpath and OpenNLP's parts of speech. */
    public AttributionExtractor() {
        this(Gazetteer.loadDefault());
    }

    /** An extractor using {@code gazetteer} and OpenNLP's parts of speech. */
    public AttributionExtractor(Gazetteer gazetteer) {
        this(gazetteer, OpenNlpTagger::new);
    }

    /** An extractor whose rules read parts of speech from taggers made by {@code taggers} (one per article). */
    AttributionExtractor(Gazetteer gazetteer, Supplier<PosTagger> taggers) {
        this.gazetteer = gazetteer;
        this.taggers = taggers;
    }

    /** An extractor that reads words only, without parts of speech: for measuring what grammar adds. */
    public static AttributionExtractor withoutGrammar() {
        return new AttributionExtractor(Gazetteer.loadDefault(), () -> PosTagger.NONE);
    }

    /** Reads the part-of-speech model now, so that the first article does not wait for it. */
    public static void preloadGrammar() {
        OpenNlpTagger.preload();
    }

    @Override
    public List<Claim> extract(Article article) {
        try {
            return run(article, false);
        } catch (RuntimeException e) {
            // odd input must never break the analysis of the other articles; it just yields no claims
            return List.of();
        }
    }

    /** Like {@link #extract} but lets a rule's exception out instead of dropping the sentence: for tests. */
    List<Claim> extractStrictly(Article article) {
        return run(article, true);
    }

    /** One sentence ready for analysis; tokens are made when needed so a long article never holds them all. */
    private record Unit(TextSpan span, List<Quote> quotes, TextSpan line) {

        List<Token> tokens(String text) {
            return Tokenizer.tokenize(text, span.start(), span.end(), quotes);
        }
    }

    private List<Claim> run(Article article, boolean strict) {
        String text = article.text();
        List<Unit> units = units(text, article.furniture());
        EntityRegistry registry = new EntityRegistry();
        // Both passes need every sentence's tokens. Keeping the first pass's saves tokenizing
        // twice (a quarter of the extraction's time with the app's C1-only JIT), up to a bound,
        // so that a long article never holds them all at once.
        List<List<Token>> kept = new ArrayList<>(units.size());
        int keptTokens = 0;
        List<List<Token>> headlines = new ArrayList<>();
        for (Unit u : units) {
            List<Token> tokens = u.tokens(text);
            // the title line and title-case lines are read for names once the body has shown which words are names
            if (EntityRegistry.titleCase(tokens)) {
                headlines.add(tokens);
            } else {
                registry.learn(text, tokens, gazetteer);
            }
            boolean keep = keptTokens + tokens.size() <= KEPT_TOKENS;
            kept.add(keep ? tokens : null);
            keptTokens += keep ? tokens.size() : 0;
        }
        headlines.forEach(tokens -> registry.learnHeadline(text, tokens, gazetteer));
        Discourse discourse = new Discourse(registry, gazetteer);
        Supplier<PosTagger> tagger = new Supplier<>() { // made when a sentence first needs it, then kept
            private PosTagger made;

            @Override
            public PosTagger get() {
                made = made != null ? made : taggers.get();
                return made;
            }
        };
        List<Claim> claims = new ArrayList<>();
        Discourse.Source lastQuoted = null;
        int lastQuotedUnit = -2;
        TextSpan line = null;
        ParagraphFrames.Frame frame = null;
        Block block = null;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            List<Token> tokens = kept.get(i) != null ? kept.set(i, null) : u.tokens(text);
            NounPhrases np = new NounPhrases(text, tokens, gazetteer, registry,
                    new SentenceGrammar(text, tokens, tagger));
            boolean quotedHere = false;
            if (!u.line().equals(line)) {
                block = block != null && !block.covering() ? block.over(u.line(), text) : null;
                line = u.line();
                frame = ParagraphFrames.of(text, line.start(), line.end(), gazetteer, registry);
            }
            discourse.reading(text.substring(u.span().start(), u.span().end()));
            SentenceAnalyzer analyzer = new SentenceAnalyzer(text, u.span(), tokens, u.quotes(), np);
            List<Candidate> found;
            try {
                found = analyzer.analyse();
            } catch (RuntimeException e) {
                if (strict) {
                    throw e;
                }
                // a sentence the rules cannot read costs its own claims only, never the article's
                continue;
            }
            TextSpan framed = frame == null ? null : frame.statementIn(u.span());
            if (framed != null) { // a transcript's or a vox pop's speaker says all of the paragraph
                found = List.of(new Candidate(framed, frame.cue(), frame.speaker(), "say", CueLexicon.Hint.ASSERT,
                        framed.start(), frame.rule(), true));
            }
            if (found.isEmpty() && block != null && block.covers(u.line())) {
                claims.add(block.claim(article.id(), u.span(), stance(text, new Candidate(u.span(), block.cue(), null,
                        "say", block.hint(), u.span().start(), Block.RULE, true), u.span().start())));
                continue;
            }
            if (found.stream().anyMatch(c -> c.rule().equals(SentenceAnalyzer.CLAUSE_FINAL) && c.speaker() != null
                    && c.speaker().definite())) {
                Mention lead = analyzer.leadSubject(); // "Deutsche Bank will cut jobs, the lender said"
                Discourse.Source s = lead == null ? null : discourse.resolve(lead);
                if (s != null) {
                    discourse.mentioned(s);
                }
            }
            for (Mention m : analyzer.background()) {
                Discourse.Source s = discourse.resolve(m);
                if (s != null) {
                    discourse.spoke(s);
                }
            }
            for (Candidate c : found) {
                if (c.content().isEmpty()) {
                    continue;
                }
                Discourse.Source source = c.speaker() == null
                        ? lastQuotedUnit == i - 1 ? lastQuoted : null
                        : discourse.resolve(c.speaker());
                if (source == null) {
                    continue;
                }
                if (Block.announces(text, u.span(), u.line(), c)) { // "Businessweek told Buzzfeed in a statement:"
                    block = new Block(source, c.cue(), c.hint(), u.line(), false);
                    if (Block.frameOnly(text, c)) {
                        discourse.spoke(source);
                        quotedHere = true; // "He said:" and a quotation as the next paragraph
                        lastQuoted = source;
                        continue;
                    }
                }
                boolean namedHere = c.speaker() != null && c.speaker().form() != Mention.Form.PRONOUN
                        && (c.speaker().form() == Mention.Form.NAME || source.name().equals(c.speaker().text()));
                TextSpan cue = c.cue() != null ? c.cue() : new TextSpan(c.content().start(), c.content().start());
                Stance stance = null;
                // one statement per sentence: each sentence of a quotation can be contradicted on its own
                for (TextSpan piece : QuotedSentences.split(text, c.content())) {
                    Candidate part = c.withContent(piece);
                    Stance partStance = stance(text, part, u.span().start());
                    stance = stance == null ? partStance : stance;
                    claims.add(new Claim(null, article.id(), piece, cue, namedHere ? c.speaker().span() : null,
                            source.name(), source.party(), partStance, c.rule(), confidence(c, namedHere)));
                }
                discourse.spoke(source);
                // a fully quoted sentence right after a report is the same speaker's: after a quotation,
                // and after "X said ..." too, which news prose often follows with X's own words
                if (c.direct() || stance != Stance.DECLINE && !c.rule().equals(SentenceAnalyzer.ACCORDING)) {
                    quotedHere = true;
                    lastQuoted = source;
                }
            }
            if (quotedHere) {
                lastQuotedUnit = i;
            }
            Mention lead = found.isEmpty() ? analyzer.leadSubject() : null;
            Discourse.Source leadSource = lead == null ? null : discourse.resolve(lead);
            if (leadSource != null) {
                discourse.mentioned(leadSource); // "Merz met the unions. ... he said": the last person in view
            }
        }
        claims.sort(Comparator.comparingInt(c -> c.content().start()));
        Map<String, String> parties = partiesBySpeaker(claims);
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (c.content().of(text).codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue; // ". . ." alone between two quotations: punctuation says nothing
            }
            out.add(new Claim(article.id() + "-c" + (out.size() + 1), c.articleId(), c.content(), c.cue(),
                    c.speakerSpan(), c.speaker(), parties.get(c.speaker()), c.stance(), c.rule(), c.confidence()));
        }
        return out;
    }

    // one party per speaker: the first one the text revealed, even if it came after the first claim
    private static Map<String, String> partiesBySpeaker(List<Claim> claims) {
        Map<String, String> parties = new HashMap<>();
        for (Claim c : claims) {
            String known = parties.get(c.speaker());
            if (known == null || known.equals(c.speaker()) && !c.party().equals(c.speaker())) {
                parties.put(c.speaker(), c.party());
            }
        }
        return parties;
    }

    private static Stance stance(String text, Candidate c, int sentenceStart) {
        int from = Math.min(Math.max(c.stanceFrom(), c.content().start()), c.content().end());
        // stance words sit near the start of a statement; bounding the text keeps this linear
        String reported = text.substring(from, Math.min(c.content().end(), from + STANCE_WINDOW));
        // a refusal may start before the cue: "The family did not respond to a request"
        // … but never in the sentence before: "The senator declined to comment. She said the plan would fail."
        int wholeFrom = c.cue() == null ? c.content().start()
                : Math.min(c.content().start(), Math.max(sentenceStart, c.cue().start() - 40));
        String whole = text.substring(wholeFrom, Math.min(c.content().end(), wholeFrom + STANCE_WINDOW));
        return StanceClassifier.classify(c.hint(), reported, whole, negated(text, c.cue()));
    }

    private static boolean negated(String text, TextSpan cue) {
        if (cue == null) {
            return false;
        }
        String before = " " + StanceClassifier.normalise(text.substring(Math.max(0, cue.start() - 25), cue.start())) + " ";
        return before.contains(" not ") || before.contains("n't ") || before.contains(" never ")
                || before.contains(" cannot ");
    }

    private static double confidence(Candidate c, boolean namedHere) {
        double base = c.rule().equals(SentenceAnalyzer.CONTINUATION) ? 0.6 : c.direct() ? 0.9 : 0.75;
        return namedHere ? base : base - 0.15;
    }

    private static List<Unit> units(String text, List<TextSpan> furniture) {
        List<TextSpan> skip = new ArrayList<>(furniture);
        skip.sort(Comparator.comparingInt(TextSpan::start));
        List<Unit> out = new ArrayList<>();
        int f = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            List<Quote> quotes = QuoteScanner.scan(text, lineStart, lineEnd);
            int q = 0;
            for (TextSpan s : SentenceSplitter.split(text, lineStart, lineEnd, quotes)) {
                while (f < skip.size() && skip.get(f).end() <= s.start()) {
                    f++;
                }
                if (f < skip.size() && skip.get(f).overlaps(s)) {
                    continue;
                }
                while (q < quotes.size() && quotes.get(q).outerEnd() <= s.start()) {
                    q++;
                }
                List<Quote> inside = new ArrayList<>();
                for (int k = q; k < quotes.size() && quotes.get(k).outerStart() < s.end(); k++) {
                    inside.add(quotes.get(k));
                }
                out.add(new Unit(s, inside, new TextSpan(lineStart, lineEnd)));
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }
}
