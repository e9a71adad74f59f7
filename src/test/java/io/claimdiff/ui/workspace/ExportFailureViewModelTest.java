package io.claimdiff.ui.workspace;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.claimdiff.app.AppContext;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.ProjectState;
import io.claimdiff.project.RecentProjects;
import org.junit.jupiter.api.Test;

import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A full disk during export or save: a notification, the work stays open and unchanged. */
class ExportFailureViewModelTest {

    @Test
    void fullDiskExportAndSaveAreNotificationsAndTheWorkStays() throws Exception {
        AppContext context = FakeEngine.context();
        WorkspaceViewModel vm = new WorkspaceViewModel(context, TaskRunner.direct(), new CommandStack());
        ProjectFileViewModel files = new ProjectFileViewModel(context, TaskRunner.direct(), vm,
                new RecentProjects(RecentProjects.Store.inMemory()), AutosaveHook.NONE);
        vm.openSamples();
        ProjectState before = vm.project().snapshot();
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setMaxSize(8 * 1024).setBlockSize(1024).build())) {
            Path out = Files.createDirectories(fs.getPath("/full"));
            Path html = out.resolve("report.html");
            files.export(context.exporters().byId("html").orElseThrow(), html);
            String last = vm.errors().get(vm.errors().size() - 1);
            assertTrue(last.startsWith(html + ": export failed ("), last);
            files.saveAs(out.resolve("work.claimdiff"));
            last = vm.errors().get(vm.errors().size() - 1);
            assertTrue(last.startsWith(out.resolve("work.claimdiff") + ": not saved ("), last);
            assertTrue(last.endsWith("your work is still open"), last);
            assertFalse(files.saveNow(out.resolve("work.claimdiff")), "saving before quitting reports the failure");
            try (Stream<Path> left = Files.list(out)) {
                assertEquals(List.of(), left.toList(), "nothing half-written");
            }
        }
        assertEquals(before, vm.project().snapshot());
        assertEquals(0, vm.pendingProperty().get());
    }
}
