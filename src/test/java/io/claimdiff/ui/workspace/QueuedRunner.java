package io.claimdiff.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A task runner for tests that keeps each job until the test runs it, in any order. Work for
 * after the next frame runs at once, or, once {@link #holdingFrames()}, when the test calls
 * {@link #frame()}.
 */
final class QueuedRunner implements TaskRunner {

    private final List<Runnable> jobs = new ArrayList<>();
    private final List<Runnable> afterFrame = new ArrayList<>();
    private boolean holdFrames;

    @Override
    public <T> void run(String label, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        jobs.add(() -> TaskRunner.direct().run(label, work, onDone, onError));
    }

    @Override
    public void afterNextFrame(Runnable action) {
        if (holdFrames) {
            afterFrame.add(action);
        } else {
            action.run();
        }
    }

    /** From now on, work for after the next frame waits for {@link #frame()}. */
    QueuedRunner holdingFrames() {
        holdFrames = true;
        return this;
    }

    /** A frame has been laid out: runs the work that waited for it. */
    void frame() {
        List<Runnable> due = List.copyOf(afterFrame);
        afterFrame.clear();
        due.forEach(Runnable::run);
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
