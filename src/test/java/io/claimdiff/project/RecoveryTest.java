package io.claimdiff.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Autosave timing on a manual clock, and finding what a crash left behind. */
class RecoveryTest {

    @TempDir
    Path dir;

    /** A scheduler on a clock the test moves by hand. */
    static final class ManualScheduler implements Scheduler {
        private record Job(long at, long period, Runnable task, boolean[] cancelled) {
        }

        private final List<Job> jobs = new ArrayList<>();
        private long now;

        @Override
        public Task schedule(Runnable task, Duration delay) {
            return add(new Job(now + delay.toMillis(), 0, task, new boolean[1]));
        }

        @Override
        public Task every(Runnable task, Duration period) {
            return add(new Job(now + period.toMillis(), period.toMillis(), task, new boolean[1]));
        }

        private Task add(Job job) {
            jobs.add(job);
            return () -> job.cancelled()[0] = true;
        }

        void advance(Duration by) {
            long end = now + by.toMillis();
            while (true) {
                Job next = jobs.stream().filter(j -> !j.cancelled()[0] && j.at() <= end)
                        .min((x, y) -> Long.compare(x.at(), y.at())).orElse(null);
                if (next == null) {
                    break;
                }
                jobs.remove(next);
                now = next.at();
                if (next.period() > 0) {
                    jobs.add(new Job(now + next.period(), next.period(), next.task(), next.cancelled()));
                }
                next.task().run();
            }
            now = end;
        }
    }

    private final ManualScheduler clock = new ManualScheduler();
    private final List<IOException> errors = new ArrayList<>();

    @Test
    void aBurstOfEditsIsSavedOnceTwoSecondsAfterTheLastEdit() throws Exception {
        Project project = Fixtures.realistic();
        RecoveryStore recovery = new RecoveryStore(dir.resolve("recovery"), new ProjectStore());
        Autosaver autosaver = new Autosaver(project::snapshot, recovery, clock, errors::add);
        ProjectEdits edits = new ProjectEdits(project, new CommandStack());
        for (int i = 0; i < 5; i++) {
            edits.setNote("a1-c3", "draft " + i);
            autosaver.editHappened();
            clock.advance(Duration.ofMillis(1500));
        }
        assertEquals(0, autosaver.writes(), "still typing");
        clock.advance(Duration.ofMillis(600));
        assertEquals(1, autosaver.writes());
        List<RecoveryStore.Recovery> found = recovery.find();
        assertEquals(1, found.size());
        assertEquals(Optional.empty(), found.get(0).project());
        assertEquals("draft 4", recovery.restore(found.get(0)).claim("a1-c3").orElseThrow().note());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, autosaver.writes(), "nothing new to save");
        assertTrue(errors.isEmpty());
    }

    @Test
    void thePeriodicSaveCatchesEditsTheDebounceMissed() throws Exception {
        Project project = Fixtures.realistic();
        RecoveryStore recovery = new RecoveryStore(dir, new ProjectStore());
        Autosaver autosaver = new Autosaver(project::snapshot, recovery, clock, errors::add);
        // an edit every second keeps pushing the debounce back; the 30 s save still happens
        for (int i = 0; i < 31; i++) {
            autosaver.editHappened();
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(1, autosaver.writes());
    }

    @Test
    void aCleanSaveOrExitDeletesTheCopyAndACrashLeavesIt() throws Exception {
        Project project = Fixtures.realistic();
        Path projectFile = dir.resolve("work/story.claimdiff");
        RecoveryStore recovery = new RecoveryStore(dir.resolve("recovery"), new ProjectStore());
        Autosaver autosaver = new Autosaver(project::snapshot, recovery, clock, errors::add);
        autosaver.setProjectFile(projectFile);
        autosaver.editHappened();
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Optional.of(projectFile.toAbsolutePath()), recovery.find().get(0).project());
        new ProjectStore().save(project, projectFile);
        autosaver.saved(projectFile);
        assertEquals(List.of(), recovery.find());

        autosaver.editHappened();
        clock.advance(Duration.ofSeconds(3));
        // a crash: no close(); the next start finds the copy
        RecoveryStore nextStart = new RecoveryStore(dir.resolve("recovery"), new ProjectStore());
        assertEquals(1, nextStart.find().size());
        nextStart.discard(nextStart.find().get(0));
        assertEquals(List.of(), nextStart.find());

        autosaver.editHappened();
        clock.advance(Duration.ofSeconds(3));
        autosaver.close();
        assertEquals(List.of(), recovery.find());
        assertTrue(errors.isEmpty());
    }

    @Test
    void aSaveAsOfAnUntitledProjectLeavesNoCopyWhicheverWayTheWindowReportsIt() throws Exception {
        Project project = Fixtures.realistic();
        Path projectFile = dir.resolve("work/story.claimdiff");
        RecoveryStore recovery = new RecoveryStore(dir.resolve("recovery"), new ProjectStore());
        Autosaver autosaver = new Autosaver(project::snapshot, recovery, clock, errors::add);
        autosaver.editHappened();
        clock.advance(Duration.ofSeconds(3));
        assertEquals(1, recovery.find().size());
        new ProjectStore().save(project, projectFile);
        // the window used to name the new file first, so the untitled copy was never found again
        autosaver.setProjectFile(projectFile);
        autosaver.saved(projectFile);
        assertEquals(List.of(), recovery.find(), "the next start must not report a crash");
        autosaver.close();
        assertEquals(List.of(), recovery.find());
    }

    @Test
    void aCopyTellsItsArticlesAndHowManyEditsItHolds() throws Exception {
        Project project = Fixtures.realistic();
        RecoveryStore recovery = new RecoveryStore(dir.resolve("recovery"), new ProjectStore());
        Autosaver autosaver = new Autosaver(project::snapshot, recovery, clock, errors::add);
        ProjectEdits edits = new ProjectEdits(project, new CommandStack());
        for (int i = 0; i < 3; i++) {
            edits.setNote("a1-c3", "draft " + i);
            autosaver.editHappened();
        }
        clock.advance(Duration.ofSeconds(3));
        RecoveryStore.Recovery copy = recovery.find().get(0);
        assertEquals(3, copy.edits());
        assertEquals(project.articles().stream().map(io.claimdiff.model.Article::fileName).toList(), copy.articles());
        assertTrue(!copy.articles().isEmpty());
    }

    @Test
    void aCopyFromAnOlderVersionIsStillFoundWithItsProject() throws Exception {
        Path recoveryDir = java.nio.file.Files.createDirectories(dir.resolve("recovery"));
        new ProjectStore().save(Fixtures.realistic(), recoveryDir.resolve("old.claimdiff"));
        java.nio.file.Files.writeString(recoveryDir.resolve("old.claimdiff.origin"), "/home/ana/story.claimdiff");
        RecoveryStore.Recovery copy = new RecoveryStore(recoveryDir, new ProjectStore()).find().get(0);
        assertEquals(Optional.of(Path.of("/home/ana/story.claimdiff")), copy.project());
        assertEquals(0, copy.edits());
    }

    @Test
    void aReadOnlyRecentListStartsFromTheKeptOneAndNeverWritesIt() {
        RecentProjects.Store kept = RecentProjects.Store.inMemory();
        new RecentProjects(kept).add(dir.resolve("a.claimdiff"));
        RecentProjects measuring = new RecentProjects(RecentProjects.Store.readOnly(kept));
        assertEquals(List.of(dir.resolve("a.claimdiff")), measuring.list());
        measuring.add(dir.resolve("b.claimdiff"));
        assertEquals(List.of(dir.resolve("a.claimdiff")), new RecentProjects(kept).list());
    }

    @Test
    void recentProjectsAreNewestFirstWithoutDuplicates() {
        RecentProjects recent = new RecentProjects(RecentProjects.Store.inMemory(), 3);
        for (String name : List.of("a", "b", "c", "a", "d")) {
            recent.add(dir.resolve(name + ".claimdiff"));
        }
        assertEquals(List.of(dir.resolve("d.claimdiff"), dir.resolve("a.claimdiff"), dir.resolve("c.claimdiff")),
                recent.list());
        recent.remove(dir.resolve("a.claimdiff"));
        assertEquals(List.of(dir.resolve("d.claimdiff"), dir.resolve("c.claimdiff")), recent.list());
    }

    @Test
    void recentProjectsPersistInPreferences() throws Exception {
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot()
                .node("io/claimdiff/test-" + System.nanoTime());
        try {
            new RecentProjects(new PreferencesRecentStore(node)).add(dir.resolve("x.claimdiff"));
            new RecentProjects(new PreferencesRecentStore(node)).add(dir.resolve("y.claimdiff"));
            assertEquals(List.of(dir.resolve("y.claimdiff"), dir.resolve("x.claimdiff")),
                    new RecentProjects(new PreferencesRecentStore(node)).list());
        } finally {
            node.removeNode();
        }
    }
}
