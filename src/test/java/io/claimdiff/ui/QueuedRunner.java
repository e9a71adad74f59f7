package io.claimdiff.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A task runner for tests that keeps each job until the test runs it, in any order. */
final class QueuedRunner implements TaskRunner {

    private final List<Runnable> jobs = new ArrayList<>();

    @Override
    public <T> void run(String label, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        jobs.add(() -> TaskRunner.direct().run(label, work, onDone, onError));
    }

    int size() {
        return jobs.size();
    }

    /** Runs the job queued {@code index}-th of those still waiting (work and hand-back together). */
    void run(int index) {
        jobs.remove(index).run();
    }

    /** Runs every job, including those queued meanwhile, oldest first. */
    void runAll() {
        while (!jobs.isEmpty()) {
            run(0);
        }
    }
}
