package io.claimdiff.extract;

import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad and hostile input never throws, never hangs, and every claim it yields is well formed. */
class ExtractionRobustnessTest {

    private static final AttributionExtractor EXTRACTOR = new AttributionExtractor();
    private static final ArticleLoader LOADER = new ArticleLoader();
    /** Only a guard against hangs; the work is linear and takes a small fraction of this. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    static Stream<String> badInputs() {
        StringBuilder oneLine = new StringBuilder(5_000_000);
        String phrase = "the minister said that \"prices rose,\" he added, according to officials ";
        while (oneLine.length() < 5_000_000) {
            oneLine.append(phrase);
        }
        Random random = new Random(42);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            junk.append((char) random.nextInt(0x3000));
        }
        // many short paragraphs and one far-away mark: every scan must stay inside its paragraph
        String manyParagraphs = "The minister said it was over.\n".repeat(150_000) + "‘end’";
        return Stream.of(manyParagraphs, "", " ", "\n\n\n", "\"", "“”", "\"\"\"\"\"\"\"\"", "“““”””‘’", "said", "said:", ", said",
                "According to", "according to ,", "He said.", "\"…,\" said", ":\"", "U.S.", "...", "!!!???",
                "\u0000\u0001\u0002\ufffd", "\uD83D\uDE00 said \uD83D\uDE00", junk.toString(), oneLine.toString());
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void neverThrowsAndYieldsWellFormedClaims(String text) {
        Article article = LOADER.fromText("b", "bad.txt", text);
        List<Claim> claims = assertTimeoutPreemptively(HANG_GUARD, () -> EXTRACTOR.extract(article));
        checkWellFormed(article, claims);
    }

    @Test
    void oneMegabyteOfAdversarialTextCompletes() {
        StringBuilder text = new StringBuilder(1_100_000);
        Random random = new Random(7);
        String[] pieces = {"\"", "“", "”", ",", ", ", " said ", " Said ", "The ", "Minister ", "President ",
                "Kremlin ", "Dmitry ", "Peskov ", "according to ", "who ", "which ", "that ", "and ", "but ",
                ":", ";", "—", " told reporters ", "Mr. ", "U.S. ", "he ", "they "};
        while (text.length() < 1_000_000) {
            int kind = random.nextInt(6);
            int run = 1 + random.nextInt(400);
            for (int i = 0; i < run; i++) {
                switch (kind) {
                    case 0 -> text.append('"');
                    case 1 -> text.append(", ");
                    case 2 -> text.append("Capitalised Words Everywhere ");
                    case 3 -> text.append("no punctuation at all here ");
                    default -> text.append(pieces[random.nextInt(pieces.length)]);
                }
            }
        }
        Article article = LOADER.fromText("adv", "adversarial.txt", text.toString());
        List<Claim> claims = assertTimeoutPreemptively(HANG_GUARD, () -> EXTRACTOR.extract(article));
        checkWellFormed(article, claims);
    }

    @Test
    void noRuleFailsOnRealArticles() throws Exception {
        // extract() drops a sentence whose rules throw; a rule that throws on real prose is a bug all the same
        List<java.nio.file.Path> files = new java.util.ArrayList<>();
        for (java.nio.file.Path dir : List.of(java.nio.file.Path.of("sample-articles"),
                java.nio.file.Path.of(getClass().getResource("/news/articles").toURI()))) {
            try (Stream<java.nio.file.Path> s = java.nio.file.Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 23, files.toString());
        for (java.nio.file.Path file : files) {
            Article article = LOADER.load(file, "a1");
            assertDoesNotThrow(() -> EXTRACTOR.extractStrictly(article), file.toString());
        }
    }

    @Test
    void sameInputGivesSameClaims() {
        String text = "Title here\n\n\"It is over,\" Kremlin spokesman Dmitry Peskov said. He added that talks would resume.";
        Article a = LOADER.fromText("x", "x.txt", text);
        assertEquals(EXTRACTOR.extract(a), EXTRACTOR.extract(a));
    }

    @Test
    void furnitureIsNotExtracted() {
        String text = "Minister quits\n\nThe minister said he would resign.\n\nLEAVE A REPLY\n\n"
                + "Please enter your comment!\n\nPREV Officials said the plan had failed.";
        Article a = LOADER.fromText("f", "f.txt", text);
        List<Claim> claims = EXTRACTOR.extract(a);
        assertEquals(1, claims.size(), claims.toString());
        assertTrue(a.furniture().stream().anyMatch(s -> s.of(text).startsWith("PREV")));
    }

    private static void checkWellFormed(Article article, List<Claim> claims) {
        assertDoesNotThrow(() -> {
            int n = 0;
            for (Claim c : claims) {
                n++;
                assertEquals(article.id() + "-c" + n, c.id());
                assertTrue(c.content().end() <= article.text().length());
                assertTrue(c.speaker() != null && !c.speaker().isBlank());
                assertTrue(!List.of("he", "she", "it", "they", "we", "i").contains(c.speaker().toLowerCase()));
            }
        });
    }
}
