package io.claimdiff.ui.startup;

import io.claimdiff.ui.workspace.Trace;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;

/**
 * For {@code --startup-report}: at the first pulse where {@code ready} holds, prints
 * {@code startup-ms=N}, the milliseconds since the JVM started; then, at the first pulse where
 * {@code complete} holds too, {@code complete-ms=N}, and exits.
 */
final class StartupReport {

    private final Scene scene;
    private final BooleanSupplier ready;
    private final BooleanSupplier complete;
    private boolean readySeen;

    StartupReport(Scene scene, BooleanSupplier ready, BooleanSupplier complete) {
        this.scene = scene;
        this.ready = ready;
        this.complete = complete;
    }

    /** A report with one figure, {@code startup-ms}. */
    StartupReport(Scene scene, BooleanSupplier ready) {
        this(scene, ready, null);
    }

    void arm() {
        Runnable check = new Runnable() {
            @Override
            public void run() {
                if (!readySeen && ready.getAsBoolean()) {
                    readySeen = true;
                    print("startup-ms");
                }
                if (readySeen && (complete == null || complete.getAsBoolean())) {
                    if (complete != null) {
                        print("complete-ms");
                    }
                    scene.removePostLayoutPulseListener(this);
                    Platform.exit();
                }
            }
        };
        scene.addPostLayoutPulseListener(check);
    }

    private static void print(String figure) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(figure + "=" + ms);
        System.out.flush();
        Trace.cpuByThread(figure);
    }
}
