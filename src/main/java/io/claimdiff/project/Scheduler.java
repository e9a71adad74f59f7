package io.claimdiff.project;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs tasks later; a seam so timing code can be tested with a manual clock. */
public interface Scheduler {

    /** A scheduled task that can be called off. */
    interface Task {
        void cancel();
    }

    /** Runs {@code task} once after {@code delay}. */
    Task schedule(Runnable task, Duration delay);

    /** Runs {@code task} every {@code period}, first after one period. */
    Task every(Runnable task, Duration period);

    /** A scheduler backed by {@code executor}. */
    static Scheduler of(ScheduledExecutorService executor) {
        return new Scheduler() {
            @Override
            public Task schedule(Runnable task, Duration delay) {
                var future = executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            }

            @Override
            public Task every(Runnable task, Duration period) {
                var future = executor.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(),
                        TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            }
        };
    }
}
