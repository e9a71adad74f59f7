package io.claimdiff.project;

import io.claimdiff.ingest.ArticleLoadException;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Contradiction;
import io.claimdiff.model.Stance;
import io.claimdiff.model.Support;
import io.claimdiff.model.TextSpan;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A realistic project over the five sample articles: named speakers in five parties, each stance,
 * accepted, proposed and rejected contradictions, a support, tags and notes. The claims are what
 * a good engine would find, so reports can be judged before that engine exists.
 */
public final class Fixtures {

    public static final Instant IMPORTED = Instant.parse("2026-11-20T09:30:00Z");
    public static final String[] FILES = {
            "004_80973514d3295959.txt", "003_96697f14995cd737.txt", "000_d8922207816c192b.txt",
            "001_df4687b789c341df.txt", "002_888918fbb1469aa1.txt"};

    private Fixtures() {
    }

    /** The sample articles as a1..a5 in the order of {@link #FILES}. */
    public static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (String name : FILES) {
            try {
                articles.add(new ArticleLoader().load(Path.of("sample-articles", name), "a" + (articles.size() + 1)));
            } catch (ArticleLoadException e) {
                throw new IllegalStateException(e);
            }
        }
        return articles;
    }

    /** The realistic project, with analyst edits made through {@link ProjectEdits}. */
    public static Project realistic() {
        List<Article> a = articles();
        Project project = new Project();
        a.forEach(article -> project.addArticle(article, ArticleSource.of(article.path(), article.text(), IMPORTED)));
        project.setEngineClaims("a1", List.of(
                claim(a.get(0), "a1-c1", "he’d received an assurance from Russian President Vladimir Putin late Monday that he won’t escalate the crisis between Moscow and Kiev",
                        "said", "French President Emmanuel Macron", "Emmanuel Macron", "France", Stance.ASSERT),
                claim(a.get(0), "a1-c2", "I obtained [from Putin] that there will be no degradation nor escalation",
                        "he added", null, "Emmanuel Macron", "France", Stance.ASSERT),
                claim(a.get(0), "a1-c3", "he expects there will soon be a summit with the leaders of Russia, Ukraine, France and Germany to expand talks",
                        "said", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "Ukraine", Stance.ASSERT),
                claim(a.get(0), "a1-c4", "Given the current situation, Moscow and Paris could not have struck any deals",
                        "said", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Russia", Stance.DENY),
                claim(a.get(0), "a1-c5", "No one has ever said that Russian troops will remain on the territory of Belarus, this has never been discussed",
                        "Peskov said", null, "Dmitry Peskov", "Russia", Stance.DENY)));
        project.setEngineClaims("a2", List.of(
                claim(a.get(1), "a2-c1", "the two men had had a first meeting since Donald Trump’s victory in the American presidential election",
                        "claimed", "the Washington Post", "The Washington Post", "US media", Stance.ASSERT),
                claim(a.get(1), "a2-c2", "This absolutely does not correspond to reality, it is a pure invention",
                        "told journalists", "Kremlin spokesperson Dmitri Peskov", "Dmitry Peskov", "Russia", Stance.DENY),
                claim(a.get(1), "a2-c3", "comment on private calls between President Trump and other leaders",
                        "would not", "A spokesperson for the US president-elect’s transition team", "Trump transition team",
                        "United States", Stance.DECLINE)));
        project.setEngineClaims("a3", List.of(
                claim(a.get(2), "a3-c1", "he and Russian leader Vladimir Putin held two secret and fruitless phone talks about the war in the east of the ex-Soviet state over the past month",
                        "said", "Ukrainian President Petro Poroshenko's office", "Poroshenko's office", "Ukraine", Stance.ASSERT),
                claim(a.get(2), "a3-c2", "\"several\" conversations had taken place",
                        "could confirm", "The Kremlin", "The Kremlin", "Russia", Stance.CONFIRM),
                claim(a.get(2), "a3-c3", "there was no direct discussion on establishing a ceasefire around Avdiivka",
                        "insisted", null, "The Kremlin", "Russia", Stance.DENY)));
        project.setEngineClaims("a4", List.of(
                claim(a.get(3), "a4-c1", "the Kremlin had not received any requests last week from the office of Ukrainian President Volodymyr Zelensky",
                        "revealed", "Russian President Vladimir Putin’s spokesman", "Dmitry Peskov", "Russia", Stance.DENY),
                claim(a.get(3), "a4-c2", "Ukrainian negotiators were trying to arrange such a meeting",
                        "said", "Zelensky", "Volodymyr Zelensky", "Ukraine", Stance.ASSERT)));
        project.setEngineClaims("a5", List.of(
                claim(a.get(4), "a5-c1", "Russia is ready to work together with the Ukrainian team on a memorandum",
                        "said Putin", null, "Vladimir Putin", "Russia", Stance.ASSERT)));
        project.setEngineLinks(new ClaimGraph(List.of(
                new Contradiction("a1-c1", "a1-c4", 0.91, "France (Macron) says Putin promised no escalation; Russia (Peskov) denies any deal"),
                new Contradiction("a2-c1", "a2-c2", 0.88, "US media report a Trump–Putin call; Russia calls it a pure invention"),
                new Contradiction("a3-c1", "a3-c3", 0.52, "Ukraine describes the talks; Russia denies ceasefire talk"),
                new Contradiction("a4-c1", "a4-c2", 0.47, "Russia received no request; Ukraine is trying to arrange a meeting")),
                List.of(new Support("a3-c2", "a3-c1", 0.8, "Russia confirms the conversations Ukraine reported")),
                List.of()));
        CommandStack stack = new CommandStack();
        ProjectEdits edits = new ProjectEdits(project, stack);
        edits.setLinkStatus(Link.idFor(LinkKind.CONTRADICTS, "a1-c1", "a1-c4"), LinkStatus.ACCEPTED);
        edits.setLinkNote(Link.idFor(LinkKind.CONTRADICTS, "a1-c1", "a1-c4"),
                "Core clash of the story: Élysée vs Kremlin on the “assurance”. Check TASS original.");
        edits.setLinkStatus(Link.idFor(LinkKind.CONTRADICTS, "a2-c1", "a2-c2"), LinkStatus.ACCEPTED);
        edits.setLinkStatus(Link.idFor(LinkKind.CONTRADICTS, "a4-c1", "a4-c2"), LinkStatus.REJECTED);
        edits.setLinkNote(Link.idFor(LinkKind.CONTRADICTS, "a4-c1", "a4-c2"),
                "Not a clash: trying to arrange ≠ having asked.");
        edits.setLinkStatus(Link.idFor(LinkKind.SUPPORTS, "a3-c1", "a3-c2"), LinkStatus.ACCEPTED);
        edits.toggleTag("a1-c1", "assurance");
        edits.toggleTag("a1-c4", "assurance");
        edits.toggleTag("a1-c4", "TASS");
        edits.toggleTag("a2-c2", "phone call");
        edits.setNote("a2-c2", "Peskov uses the same formula as in 2022 denials.");
        String manual = edits.addClaim("a5", span(a.get(4).text(), "Russia and Ukraine would start talks about future peace"),
                "Donald Trump", "United States", Stance.ASSERT);
        edits.toggleTag(manual, "peace talks");
        edits.linkClaims(LinkKind.SUPPORTS, manual, "a5-c1");
        return project;
    }

    /** The span of the first occurrence of {@code words} in {@code text}. */
    public static TextSpan span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + words);
        }
        return new TextSpan(at, at + words.length());
    }

    private static Claim claim(Article article, String id, String content, String cue, String speakerWords,
                               String speaker, String party, Stance stance) {
        String text = article.text();
        TextSpan c = span(text, content);
        TextSpan cueSpan = nearest(text, cue, c.start());
        TextSpan speakerSpan = speakerWords == null ? null : nearest(text, speakerWords, c.start());
        return new Claim(id, article.id(), c, cueSpan, speakerSpan, speaker, party, stance, "fixture", 0.9);
    }

    private static TextSpan nearest(String text, String words, int near) {
        int best = -1;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) {
                best = at;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("not in text: " + words);
        }
        return new TextSpan(best, best + words.length());
    }
}
