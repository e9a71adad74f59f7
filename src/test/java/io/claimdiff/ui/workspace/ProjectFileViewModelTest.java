package io.claimdiff.ui.workspace;

import io.claimdiff.app.AppContext;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.RecentProjects;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New, open, save, export and re-analysis from the window's point of view, without a toolkit. */
class ProjectFileViewModelTest {

    private final AppContext context = FakeEngine.context();
    private final List<String> autosaves = new ArrayList<>();
    private final AutosaveHook hook = new AutosaveHook() {
        @Override
        public void editHappened() {
            autosaves.add("edit");
        }

        @Override
        public void setProjectFile(Path file) {
            autosaves.add("file " + file);
        }

        @Override
        public void saved(Path file) {
            autosaves.add("saved " + file.getFileName());
        }
    };
    private final RecentProjects recent = new RecentProjects(RecentProjects.Store.inMemory());
    private WorkspaceViewModel vm;
    private ProjectFileViewModel files;

    @TempDir
    Path dir;
    private Path article;

    @BeforeEach
    void open() throws Exception {
        vm = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack());
        files = new ProjectFileViewModel(context, TaskRunner.direct(), vm, recent, hook);
        article = Files.writeString(dir.resolve("story.txt"),
                "Talks\n\nEmmanuel Macron said Putin promised calm. Dmitry Peskov denied any deal.\n");
        vm.openFiles(List.of(article));
    }

    @Test
    void titleShowsUnsavedChangesUntilSaved() {
        assertEquals("ClaimDiff — Untitled project", files.titleProperty().get(), "opening articles is no edit");
        vm.claims().select("a1-c1");
        vm.claims().toggleTag("check");
        assertTrue(autosaves.contains("edit"));
        Path target = dir.resolve("work.claimdiff");
        files.saveAs(target);
        assertEquals("ClaimDiff — work.claimdiff", files.titleProperty().get());
        assertFalse(files.dirtyProperty().get());
        assertTrue(autosaves.contains("saved work.claimdiff"));
        assertEquals(List.of(target), files.recentProjects());
        vm.claims().toggleTag("second");
        assertTrue(files.dirtyProperty().get());
    }

    @Test
    void savedWorkComesBackInANewWindow() {
        vm.claims().select("a1-c2");
        vm.claims().toggleTag("denial");
        vm.contradictions().select(vm.contradictions().rows().get(0).id());
        vm.contradictions().acceptSelected();
        Path target = dir.resolve("work.claimdiff");
        files.saveAs(target);

        WorkspaceViewModel other = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack());
        ProjectFileViewModel otherFiles = new ProjectFileViewModel(context, TaskRunner.direct(), other, recent,
                AutosaveHook.NONE);
        otherFiles.open(target);
        assertEquals(1, other.articles().size());
        assertEquals("denial", other.claims().visibleRows().get(1).tags());
        assertEquals("accepted", other.contradictions().rows().get(0).status());
        assertFalse(otherFiles.dirtyProperty().get());
        assertFalse(other.canUndoProperty().get(), "a freshly opened project has no history");
        other.openFiles(List.of(article));
        assertEquals("a2", other.articles().get(1).article().id(), "new ids continue after the project's");
    }

    @Test
    void aBrokenProjectFileLeavesTheOpenWorkAlone() throws Exception {
        vm.claims().select("a1-c1");
        vm.claims().toggleTag("keep");
        Path broken = Files.writeString(dir.resolve("broken.claimdiff"), "{\"schemaVersion\": 1, \"articles\": [");
        files.open(broken);
        assertTrue(vm.errors().get(vm.errors().size() - 1).contains("broken.claimdiff"), vm.errors().toString());
        assertEquals("keep", vm.claims().visibleRows().get(0).tags());
        assertTrue(files.dirtyProperty().get());
    }

    @Test
    void exportWritesAReportOfTheOpenWork() throws Exception {
        vm.claims().select("a1-c1");
        vm.claims().toggleTag("<b>loud</b>");
        Path html = dir.resolve("report.html");
        files.export(context.exporters().byId("html").orElseThrow(), html);
        var doc = Jsoup.parse(html.toFile());
        assertTrue(doc.text().contains("<b>loud</b>"), "tags are escaped text");
        assertTrue(doc.text().contains("Dmitry Peskov"));
        assertTrue(vm.errors().get(vm.errors().size() - 1).startsWith("Exported"));
    }

    @Test
    void theWindowsExportTakesConfirmedOnlyAndTheAnalystsName() throws Exception {
        files.analystNameProperty().set("Ana Reyes");
        files.confirmedOnlyProperty().set(true);
        Path html = dir.resolve("confirmed.html");
        files.export(context.exporters().byId("html").orElseThrow(), html);
        var doc = Jsoup.parse(html.toFile());
        assertTrue(doc.text().contains("Ana Reyes"), "the report is signed");
        assertTrue(doc.select("#unreviewed").isEmpty(), "the unaccepted proposal is left out");
        files.confirmedOnlyProperty().set(false);
        files.export(context.exporters().byId("html").orElseThrow(), html);
        assertFalse(Jsoup.parse(html.toFile()).select("#unreviewed").isEmpty(), "listed apart when asked for all");
    }

    @Test
    void changedFileOnDiskIsReanalysedKeepingTags() throws Exception {
        vm.claims().select("a1-c2");
        vm.claims().toggleTag("denial");
        Files.writeString(article, "Talks, updated\n\nOlaf Scholz said talks went on. Emmanuel Macron said Putin "
                + "promised calm. Dmitry Peskov denied any deal.\n");
        files.reloadChangedArticles();
        assertEquals(3, vm.claims().visibleRows().size());
        assertEquals("denial", vm.claims().visibleRows().stream().filter(r -> r.speaker().equals("Dmitry Peskov"))
                .findFirst().orElseThrow().tags());
        assertTrue(vm.articles().get(0).article().text().startsWith("Talks, updated"));
    }

    @Test
    void anUntouchedSessionHasNothingToSaveOrRecover() {
        assertFalse(files.dirtyProperty().get(), "quitting must not ask to save tags, notes and decisions");
        assertFalse(autosaves.contains("edit"), "no recovery copy for work that is only files on disk");
        assertEquals("an untitled project (1 article)", files.openWorkDescription().orElseThrow());
        vm.claims().select("a1-c1");
        vm.claims().toggleTag("check");
        assertEquals("an untitled project (1 article, unsaved changes)", files.openWorkDescription().orElseThrow());
    }

    @Test
    void anArticleAddedToASavedProjectIsAChange() throws Exception {
        Path target = dir.resolve("work.claimdiff");
        files.saveAs(target);
        assertFalse(files.dirtyProperty().get());
        assertTrue(files.openWorkIsOnDisk());
        vm.openFiles(List.of(Files.writeString(dir.resolve("second.txt"), "Second\n\nAnna Berg said it rained.\n")));
        assertTrue(files.dirtyProperty().get());
        assertFalse(files.openWorkIsOnDisk());
    }

    @Test
    void aRestoredProjectGetsItsProposalsBack() {
        var state = files.openWork();
        assertFalse(state.links().isEmpty());
        var bare = new io.claimdiff.project.ProjectState(state.articles(), state.sources(), state.claims(),
                state.parties(), List.of());
        files.newProject();
        files.restore(bare, null);
        assertFalse(vm.contradictions().rows().isEmpty(), "the copy was written before the comparison finished");
        assertTrue(files.dirtyProperty().get());
        assertTrue(autosaves.contains("edit"), "the restored work is protected by a new copy at once");
    }

    @Test
    void exportsStartBesideTheProjectUnderItsName() {
        assertTrue(files.exportFolder().isEmpty());
        assertEquals("claimdiff-report", files.exportName());
        files.saveAs(dir.resolve("story.claimdiff"));
        assertEquals(dir.toAbsolutePath(), files.exportFolder().orElseThrow());
        assertEquals("story", files.exportName());
    }

    @Test
    void aQdpxOpensAsAnUnsavedProjectNamedAfterItsFile() throws Exception {
        vm.claims().select("a1-c1");
        vm.claims().toggleTag("check");
        vm.claims().setNote("ask the Elysée");
        Path qdpx = dir.resolve("shared.qdpx");
        files.export(context.exporters().byId("qdpx").orElseThrow(), qdpx);
        files.newProject();
        autosaves.clear();

        files.open(qdpx);
        assertEquals(1, vm.articles().size());
        assertEquals("check", vm.claims().visibleRows().get(0).tags());
        assertTrue(vm.errors().get(vm.errors().size() - 1).startsWith("Imported shared.qdpx: 1 article, "),
                vm.errors().toString());
        assertTrue(files.dirtyProperty().get(), "nothing is saved yet");
        assertNull(files.fileProperty().get(), "saving asks where: the .qdpx is never overwritten");
        assertTrue(autosaves.contains("edit"), "a recovery copy protects it at once");
        assertEquals("shared.claimdiff", files.suggestedProjectName());
        assertEquals(dir.toAbsolutePath(), files.exportFolder().orElseThrow());
        assertEquals("shared", files.exportName());
        assertEquals(List.of(qdpx), files.recentProjects().subList(0, 1));

        Path broken = Files.writeString(dir.resolve("broken.qdpx"), "not a zip");
        files.open(broken);
        assertTrue(vm.errors().get(vm.errors().size() - 1).startsWith(broken + ": "), vm.errors().toString());
        assertEquals(1, vm.articles().size(), "the open work stays");
    }

    @Test
    void newProjectStartsEmptyAndClean() {
        files.newProject();
        assertTrue(vm.articles().isEmpty());
        assertTrue(vm.claims().visibleRows().isEmpty());
        assertFalse(files.dirtyProperty().get());
    }
}
