package io.claimdiff.ui.workspace;

import io.claimdiff.app.AppContext;
import io.claimdiff.ingest.BadInputs;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.ProjectState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole bad-input corpus through the window's view model: notifications, nothing else disturbed. */
class BadInputWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void badFilesBecomeNotificationsAndTheWorkspaceIsUntouched() {
        BadInputs.materialise(dir);
        WorkspaceViewModel vm = new WorkspaceViewModel(AppContext.standard(), TaskRunner.direct(), new CommandStack());
        vm.openSamples();
        String claimId = vm.project().claims().get(0).id();
        vm.claims().select(claimId);
        vm.claims().toggleTag("check");
        ProjectState before = vm.project().snapshot();
        int articlesBefore = vm.articles().size();

        vm.openFiles(BadInputs.all().stream().map(c -> dir.resolve(c.file())).toList());

        assertEquals(0, vm.pendingProperty().get(), "every job finished");
        List<String> notifications = List.copyOf(vm.errors());
        for (String n : notifications) {
            assertTrue(n.startsWith(dir.toString()), "names the file: " + n);
            assertFalse(n.contains("Exception"), n);
        }
        long opened = BadInputs.all().stream().filter(c -> !c.refused()).count();
        assertEquals(articlesBefore + opened, vm.articles().size());
        for (BadInputs.Case c : BadInputs.all()) {
            String prefix = dir.resolve(c.file()) + ": ";
            List<String> about = notifications.stream().filter(n -> n.startsWith(prefix)).toList();
            if (c.refused()) {
                assertEquals(1, about.size(), c + " " + notifications);
                assertTrue(about.get(0).startsWith(prefix + c.expect()), about.get(0));
            } else {
                assertEquals(c.expect() == null ? 0 : 1, about.size(), c + " " + about);
                assertTrue(vm.articles().stream().anyMatch(a -> a.article().path().equals(dir.resolve(c.file()).toString())),
                        c + " is open");
            }
        }
        // the articles, claims and tags that were open before are as they were
        ProjectState after = vm.project().snapshot();
        assertEquals(before.articles(), after.articles().subList(0, articlesBefore));
        for (var entry : before.claims()) {
            assertTrue(after.claims().contains(entry), "claim kept: " + entry.id());
        }
        assertTrue(after.claims().stream().anyMatch(e -> e.id().equals(claimId) && e.tags().contains("check")));
    }
}
