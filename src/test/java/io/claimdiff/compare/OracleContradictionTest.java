package io.claimdiff.compare;

import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Contradiction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The finder on the five sample articles with claims as a perfect extractor would give them. */
class OracleContradictionTest {

    private static GoldClaims.GoldSet gold;
    private static ClaimGraph graph;

    @BeforeAll
    static void run() throws Exception {
        gold = GoldClaims.load();
        graph = new ContradictionFinder().compare(gold.articles(), gold.claims());
    }

    private static List<Set<String>> proposed() {
        return graph.contradictions().stream().map(c -> Set.of(c.a(), c.b())).toList();
    }

    @Test
    void recallOnDirectPairsAndPrecisionMeetTheBar() {
        double[] figures = GoldClaims.score(gold, proposed());
        System.out.printf("oracle contradictions: recall %.3f, precision %.3f, %d proposed%n",
                figures[0], figures[1], proposed().size());
        assertTrue(figures[0] >= 0.8, "recall " + figures[0]);
        assertTrue(figures[1] >= 0.5, "precision " + figures[1]);
    }

    @Test
    void holdsWithSentenceContentsAndPartlyMissingParties() throws Exception {
        GoldClaims.GoldSet noisy = GoldClaims.load(true);
        ClaimGraph g = new ContradictionFinder().compare(noisy.articles(), noisy.claims());
        double[] figures = GoldClaims.score(noisy, g.contradictions().stream().map(c -> Set.of(c.a(), c.b())).toList());
        System.out.printf("noisy oracle contradictions: recall %.3f, precision %.3f%n", figures[0], figures[1]);
        assertTrue(figures[0] >= 0.8, "recall " + figures[0]);
        assertTrue(figures[1] >= 0.5, "precision " + figures[1]);
    }

    @Test
    void macronAssuranceIsDisputedByTheKremlin() {
        assertTrue(proposed().contains(Set.of("n004-a3", "n004-a10")));
        assertTrue(proposed().contains(Set.of("n004-a3", "n004-a11")));
        Contradiction c = find("n004-a3", "n004-a11");
        assertEquals("n004-a3", c.a(), "a is the claim that is denied");
        assertTrue(c.reason().contains("Dmitry Peskov") && c.reason().contains("Macron"), c.reason());
    }

    @Test
    void pureInventionAnswersTheWashingtonPost() {
        assertTrue(proposed().contains(Set.of("n003-a4", "n003-a5")));
        assertTrue(proposed().contains(Set.of("n003-a4", "n003-a2")));
        assertTrue(find("n003-a4", "n003-a5").reason().contains("Washington Post"));
    }

    @Test
    void sameSpeakerRestatementsAndHeadlinesCluster() {
        assertTrue(graph.clusters().stream().anyMatch(c -> c.containsAll(List.of("n004-a1", "n004-a3"))),
                graph.clusters().toString());
    }

    @Test
    void outputIsDeterministicAndIndependentOfInputOrder() {
        List<io.claimdiff.model.Claim> reversed = new java.util.ArrayList<>(gold.claims());
        java.util.Collections.reverse(reversed);
        assertEquals(graph, new ContradictionFinder().compare(gold.articles(), reversed));
    }

    private static Contradiction find(String a, String b) {
        return graph.contradictions().stream().filter(c -> Set.of(c.a(), c.b()).equals(Set.of(a, b)))
                .findFirst().orElseThrow();
    }
}
