package io.claimdiff.ui.workspace;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Contradiction;
import io.claimdiff.model.Stance;
import io.claimdiff.model.Support;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contradictions panel's clash column, grouping and live regrouping, without a toolkit. */
class ContradictionsViewModelTest {

    private static final String AP = "Ronaldo case\n\nMayorga alleges Ronaldo raped her. Ronaldo said it is fake news.";
    private static final String BBC = "Ronaldo\n\nMayorga says Ronaldo raped her. Ronaldo called the claim fake news.";
    private static final String CNN = "Summit\n\nMacron said Putin promised calm. Peskov denied any deal. Peskov said talks go on.";

    private static final String AP_CASE = Link.idFor(LinkKind.CONTRADICTS, "a1-m", "a1-r");
    private static final String ACROSS = Link.idFor(LinkKind.CONTRADICTS, "a1-m", "a2-r");
    private static final String BBC_CASE = Link.idFor(LinkKind.CONTRADICTS, "a2-m", "a2-r");
    private static final String SUMMIT = Link.idFor(LinkKind.CONTRADICTS, "a3-x", "a3-y");
    private static final String WEAK = Link.idFor(LinkKind.CONTRADICTS, "a3-x", "a3-z");

    private final Project project = new Project();
    private final CommandStack stack = new CommandStack();
    private final ContradictionsViewModel links = new ContradictionsViewModel(project, new ProjectEdits(project, stack));

    @BeforeEach
    void open() {
        project.addArticle(new Article("a1", "ap.txt", "AP: Ronaldo case", AP, List.of()));
        project.addArticle(new Article("a2", "bbc.txt", "BBC: Ronaldo", BBC, List.of()));
        project.addArticle(new Article("a3", "cnn.txt", "CNN: Summit", CNN, List.of()));
        project.setEngineClaims("a1", List.of(claim("a1", AP, "a1-m", "Ronaldo raped her", "Mayorga", Stance.ASSERT),
                claim("a1", AP, "a1-r", "it is fake news", "Ronaldo", Stance.DENY)));
        project.setEngineClaims("a2", List.of(claim("a2", BBC, "a2-m", "Ronaldo raped her", "Mayorga", Stance.ASSERT),
                claim("a2", BBC, "a2-r", "the claim fake news", "Ronaldo", Stance.DENY)));
        project.setEngineClaims("a3", List.of(claim("a3", CNN, "a3-x", "Putin promised calm", "France", Stance.ASSERT),
                claim("a3", CNN, "a3-y", "any deal", "Russia", Stance.DENY),
                claim("a3", CNN, "a3-z", "talks go on", "Russia", Stance.ASSERT)));
        project.setEngineLinks(new ClaimGraph(List.of(
                new Contradiction("a3-x", "a3-y", 0.95, "Russia denies what France asserts"),
                new Contradiction("a1-m", "a1-r", 0.9, "Ronaldo denies what Mayorga asserts"),
                new Contradiction("a2-m", "a2-r", 0.85, "Ronaldo denies what Mayorga asserts"),
                new Contradiction("a1-m", "a2-r", 0.6, "Ronaldo denies what Mayorga asserts"),
                new Contradiction("a3-x", "a3-z", 0.3, "Russia disputes what France asserts")),
                List.of(new Support("a1-r", "a2-r", 0.7, "Ronaldo also denies")), List.of()));
        project.addListener(links::refresh);
        links.refresh();
    }

    @Test
    void rowsAreGroupedByClashWithItsOutletsAndAHeadingOnTheFirstPair() {
        assertEquals(List.of(SUMMIT, WEAK, AP_CASE, BBC_CASE, ACROSS), ids().subList(0, 5));
        assertEquals("supports", links.rows().get(5).kind());
        assertEquals(List.of("K1 · 1 outlet", "K1 · 1 outlet", "K2 · 2 outlets", "K2 · 2 outlets", "K2 · 2 outlets", ""),
                links.rows().stream().map(LinkRow::clash).toList());
        assertEquals("K2 · Ronaldo disputes Mayorga — asserted in 2 articles, disputed in 2 articles",
                links.rows().get(2).heading());
        assertEquals(List.of(0, 2), headed());
        assertEquals("K2\nAsserted in: AP: Ronaldo case; BBC: Ronaldo\nDisputed in: AP: Ronaldo case; BBC: Ronaldo",
                links.clashSources(ACROSS));
    }

    @Test
    void ungroupedRowsKeepTheProjectsOrderAndTheClashColumn() {
        links.select(ACROSS);
        links.groupByClashProperty().set(false);
        assertEquals(List.of(SUMMIT, AP_CASE, BBC_CASE, ACROSS, WEAK), ids().subList(0, 5));
        assertEquals("K2 · 2 outlets", links.rows().get(3).clash());
        assertTrue(links.rows().stream().allMatch(r -> r.heading().isEmpty()));
        assertEquals(ACROSS, links.selectedProperty().get(), "regrouping keeps the selection");
    }

    @Test
    void decisionsRegroupTheClashesAtOnce() {
        // accepting a pair puts its clash first
        links.select(BBC_CASE);
        links.acceptSelected();
        assertEquals(List.of(BBC_CASE, AP_CASE, ACROSS, SUMMIT, WEAK), ids().subList(0, 5));
        assertEquals("K1 · 2 outlets", links.rows().get(0).clash());
        // rejecting the pair that carried the case to the other outlet splits it in two
        links.select(ACROSS);
        links.rejectSelected();
        assertEquals(List.of(BBC_CASE, SUMMIT, WEAK, AP_CASE, ACROSS), ids().subList(0, 5));
        assertEquals(List.of("K1 · 1 outlet", "K2 · 1 outlet", "K2 · 1 outlet", "K3 · 1 outlet", ""),
                links.rows().stream().limit(5).map(LinkRow::clash).toList());
        assertEquals("rejected", links.rows().get(4).status());
        assertEquals(List.of(0, 1, 3), headed());
        stack.undo();
        assertEquals("K1 · 2 outlets", links.rows().get(0).clash());
        assertEquals(ACROSS, ids().get(2));
    }

    private List<String> ids() {
        return links.rows().stream().map(LinkRow::id).toList();
    }

    private List<Integer> headed() {
        return java.util.stream.IntStream.range(0, links.rows().size())
                .filter(i -> !links.rows().get(i).heading().isEmpty()).boxed().toList();
    }

    private static Claim claim(String article, String text, String id, String words, String party, Stance stance) {
        int at = text.indexOf(words);
        return new Claim(id, article, new TextSpan(at, at + words.length()), new TextSpan(at, at), null, party,
                party, stance, "test", 0.9);
    }
}
