package io.claimdiff.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;

/**
 * For {@code --startup-report}: at the first pulse where {@code ready} holds, prints
 * {@code startup-ms=N}, the milliseconds since the JVM started, and exits.
 */
final class StartupReport {

    private final Scene scene;
    private final BooleanSupplier ready;
    private boolean done;

    StartupReport(Scene scene, BooleanSupplier ready) {
        this.scene = scene;
        this.ready = ready;
    }

    void arm() {
        Runnable check = new Runnable() {
            @Override
            public void run() {
                if (!done && ready.getAsBoolean()) {
                    done = true;
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("startup-ms=" + ms);
                    System.out.flush();
                    scene.removePostLayoutPulseListener(this);
                    Platform.exit();
                }
            }
        };
        scene.addPostLayoutPulseListener(check);
    }
}
