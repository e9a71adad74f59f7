package io.claimdiff.ui.workspace;

import io.claimdiff.model.ArticleMeta;
import io.claimdiff.project.CommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The source line under a pane's title, the edit dialog's rules, and reading articles oldest first. */
class SourceDetailsTest {

    @TempDir
    Path dir;

    @Test
    void theLineSaysWhatIsKnownInOrder() {
        assertEquals("", SourceDetails.line(ArticleMeta.NONE));
        assertEquals("UPI · 2022-02-08 · by Ana Reyes · https://upi.example/a", SourceDetails.line(
                new ArticleMeta("UPI", "https://upi.example/a", List.of("Ana Reyes"), LocalDate.of(2022, 2, 8))));
    }

    @Test
    void theDialogsFieldsAreCheckedWithAPlainReason() {
        assertEquals("The address must start with https:// or http://",
                SourceDetails.parse("", "javascript:alert(1)", "", "").problem());
        assertEquals("The publication date must be a day such as 2024-11-11",
                SourceDetails.parse("", "", "", "11/11/2024").problem());
        var ok = SourceDetails.parse(" Reuters ", "https://r.example/x", "Ana Reyes,  Tom Hale ,", "2024-11-11");
        assertTrue(ok.ok());
        assertEquals(new ArticleMeta("Reuters", "https://r.example/x", List.of("Ana Reyes", "Tom Hale"),
                LocalDate.of(2024, 11, 11)), ok.meta());
    }

    @Test
    void correctedDetailsAreUndoableAndArticlesReadOldestFirstWithoutMarkingAChange() throws Exception {
        WorkspaceViewModel vm = new WorkspaceViewModel(FakeEngine.context(), TaskRunner.direct(), new CommandStack());
        vm.openFiles(List.of(
                Files.writeString(dir.resolve("late.txt"), " date 2024-11-12 Late\n\nPeskov said no.\n"),
                Files.writeString(dir.resolve("undated.txt"), "Undated\n\nMacron said yes.\n"),
                Files.writeString(dir.resolve("early.txt"), " date 2024-11-10 Early\n\nScholz said maybe.\n")));
        var files = new ProjectFileViewModel(FakeEngine.context(), TaskRunner.direct(), vm,
                new io.claimdiff.project.RecentProjects(io.claimdiff.project.RecentProjects.Store.inMemory()),
                AutosaveHook.NONE);
        files.saveAs(dir.resolve("p.claimdiff"));
        vm.sortArticlesByDate();
        assertEquals(List.of("early.txt", "late.txt", "undated.txt"), vm.articles().stream()
                .map(ArticleViewModel::fileName).toList());
        assertFalse(files.dirtyProperty().get(), "another order is no change to save");

        vm.setArticleMeta("a2", new ArticleMeta("Le Monde", "", List.of(), LocalDate.of(2024, 11, 9)));
        assertEquals("Le Monde · 2024-11-09", SourceDetails.line(vm.articleMeta("a2")));
        assertTrue(files.dirtyProperty().get());
        vm.sortArticlesByDate();
        assertEquals("undated.txt", vm.articles().get(0).fileName(), "the corrected day counts");
        vm.undo();
        assertEquals(ArticleMeta.NONE, vm.articleMeta("a2"));
    }
}
