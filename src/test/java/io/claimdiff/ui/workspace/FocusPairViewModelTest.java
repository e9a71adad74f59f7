package io.claimdiff.ui.workspace;

import io.claimdiff.model.Article;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Focus the pair": which articles the window shows and what it says about the others, without a toolkit. */
class FocusPairViewModelTest {

    /** Macron (a2) against Peskov (a5); Scholz (a6) against Lavrov (a6) within one article. */
    private static final String[] STATEMENTS = {"", "Emmanuel Macron said Putin promised calm.", "", "",
        "Dmitry Peskov denied any promise of calm.", "Olaf Scholz said talks would go on. Sergei Lavrov denied any talks."};
    private static final String ACROSS = Link.idFor(LinkKind.CONTRADICTS, "a2-c1", "a5-c1");
    private static final String WITHIN = Link.idFor(LinkKind.CONTRADICTS, "a6-c1", "a6-c2");

    private final WorkspaceViewModel vm = new WorkspaceViewModel(FakeEngine.context(), TaskRunner.direct(),
            new CommandStack());
    private final FocusPairViewModel focus = vm.focus();
    private final List<Path> files = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeEach
    void openSix() throws Exception {
        for (int i = 0; i < STATEMENTS.length; i++) {
            files.add(Files.writeString(dir.resolve("report-" + (i + 1) + ".txt"),
                    "Report " + (i + 1) + "\n\nThe market opened as usual. " + STATEMENTS[i] + "\n"));
        }
        vm.openFiles(files);
        assertEquals(List.of(ACROSS, WITHIN), vm.contradictions().rows().stream().map(LinkRow::id).toList());
    }

    private void focusOn(String linkId) {
        vm.contradictions().select(linkId);
        focus.toggle();
    }

    private ArticleViewModel article(String id) {
        return vm.articles().stream().filter(a -> a.article().id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> shown() {
        return vm.articles().stream().map(a -> a.article().id()).filter(focus::isShown).toList();
    }

    @Test
    void focusingShowsOnlyThePairsTwoArticlesAndCountsTheOthers() {
        focusOn(ACROSS);
        assertTrue(focus.isFocused());
        assertEquals(List.of("a2", "a5"), shown());
        assertEquals(List.of("a2", "a5"), focus.pairProperty().get());
        assertEquals(4, focus.hiddenProperty().get());
        assertEquals("Focused on the pair · 4 other articles hidden · P or Esc shows all", focus.messageProperty().get());
        assertEquals(6, vm.articles().size(), "nothing is closed");

        focus.toggle();
        assertFalse(focus.isFocused());
        assertEquals(6, shown().size());
        assertEquals(0, focus.hiddenProperty().get());
        assertEquals("", focus.messageProperty().get());
    }

    @Test
    void aContradictionWithinOneArticleFocusesThatArticle() {
        focusOn(WITHIN);
        assertEquals(List.of("a6"), shown());
        assertEquals("Focused on the pair's article · 5 other articles hidden · P or Esc shows all",
                focus.messageProperty().get());
    }

    @Test
    void withNoContradictionSelectedNothingIsHiddenAndTheAnalystIsTold() {
        focus.toggle();
        assertFalse(focus.isFocused());
        assertEquals(6, shown().size());
        assertTrue(vm.errors().get(vm.errors().size() - 1).startsWith("Select a contradiction first"), vm.errors().toString());
    }

    @Test
    void selectingAnotherContradictionMovesTheFocusToItsPair() {
        focusOn(ACROSS);
        vm.contradictions().select(WITHIN);
        assertEquals(List.of("a6"), shown());
        vm.contradictions().select(null);
        assertEquals(List.of("a6"), shown(), "no selection: the focus stays");
    }

    @Test
    void selectingAClaimInAHiddenArticleShowsAllButOneInThePairKeepsTheFocus() {
        focusOn(ACROSS);
        vm.claims().select("a5-c1");
        assertTrue(focus.isFocused());
        vm.claims().select("a6-c1");
        assertFalse(focus.isFocused(), "Scholz's article is shown");
        assertEquals(6, shown().size());
    }

    @Test
    void findingTextInAHiddenArticleShowsAll() {
        focusOn(ACROSS);
        focus.reveal("a2");
        assertTrue(focus.isFocused());
        focus.reveal("a3");
        assertFalse(focus.isFocused());
    }

    @Test
    void openingAnArticleShowsAllSoThatItIsSeen() throws Exception {
        focusOn(ACROSS);
        vm.openFiles(List.of(Files.writeString(dir.resolve("late.txt"), "Late report\n\nNothing new.\n")));
        assertFalse(focus.isFocused());
        assertEquals(7, shown().size());
    }

    @Test
    void closingArticlesRecountsAndClosingThePairShowsAll() {
        focusOn(ACROSS);
        vm.close(vm.articles().get(0));
        assertEquals(3, focus.hiddenProperty().get());
        assertTrue(focus.messageProperty().get().contains("3 other articles hidden"));
        vm.close(article("a2"));
        assertEquals(List.of("a5"), focus.pairProperty().get(), "the other side stays focused");
        vm.close(article("a5"));
        assertFalse(focus.isFocused());
        assertEquals(3, shown().size());
    }

    @Test
    void aReloadedArticleKeepsTheFocusAndAnOpenedProjectEndsIt() {
        focusOn(ACROSS);
        Article a2 = vm.project().article("a2").orElseThrow();
        vm.replaceArticleView(a2);
        assertEquals(List.of("a2", "a5"), shown());

        vm.load(vm.project().snapshot());
        assertFalse(focus.isFocused());
        assertEquals(6, shown().size());
    }
}
