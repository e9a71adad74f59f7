package io.claimdiff.ui.workspace;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and hands the result back on it. The app uses a background
 * pool; view-model tests use {@link #direct()}, which runs everything at once on the caller.
 */
public interface TaskRunner {

    /**
     * Runs {@code work}; then {@code onDone} with its result or {@code onError} with its failure,
     * on the UI thread.
     */
    <T> void run(String label, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /**
     * Runs {@code action} on the UI thread once the next frame is laid out, so that what is on
     * screen already is not kept waiting by work that can come a frame later. Called on the UI
     * thread. By default at once.
     */
    default void afterNextFrame(Runnable action) {
        action.run();
    }

    /** A runner that does everything synchronously on the calling thread. */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(String label, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | LinkageError e) {
                    onError.accept(e);
                    return;
                }
                onDone.accept(result);
            }
        };
    }
}
