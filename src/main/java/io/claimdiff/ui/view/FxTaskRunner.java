package io.claimdiff.ui.view;

import io.claimdiff.ui.workspace.TaskRunner;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs work on a small pool of daemon threads and reports back with {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService pool;

    /** A runner with up to four worker threads, no more than the machine has cores. */
    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimdiff-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(String label, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Exception | LinkageError | StackOverflowError | OutOfMemoryError e) {
                // reported, so that the work is not left pending for ever
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    @Override
    public void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                // handle() runs as a pulse begins: what is posted now runs after its layout
                Platform.runLater(action);
            }
        }.start();
    }
}
