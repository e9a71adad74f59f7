package io.claimdiff.ui;

import io.claimdiff.app.AppContext;
import io.claimdiff.cli.GuiRequest;
import javafx.application.Application;

import java.util.prefs.Preferences;

/**
 * Starts the JavaFX application from a plain main class (JavaFX on the class path needs a
 * launcher that does not extend {@link Application}).
 */
public final class GuiLauncher {

    /** What the application needs at start. */
    record Startup(AppContext context, GuiRequest request) {
    }

    // Application.launch constructs the app reflectively, so the start request has to be handed
    // over through a field; it is written once, before launch, and read once in start().
    private static volatile Startup startup;
    private static volatile int exitCode;

    private GuiLauncher() {
    }

    /** Opens the window and blocks until it closes; returns the exit code. */
    public static int launch(AppContext context, GuiRequest request) {
        startup = new Startup(context, request);
        if (request.startupReport() == GuiRequest.StartupReport.BARE) {
            Application.launch(BareStartupApp.class);
            return 0;
        }
        preloadInBackground(context);
        Application.launch(ClaimDiffApp.class);
        return exitCode;
    }

    // While JavaFX starts its toolkit and the window is built, another core loads the engine and
    // the exporters and reads the preferences, which would otherwise run one after another.
    private static void preloadInBackground(AppContext context) {
        Thread preload = new Thread(() -> {
            try {
                Preferences.userNodeForPackage(ClaimDiffApp.class).node("window").keys();
                context.preload();
            } catch (Exception | LinkageError e) {
                // only a head start: whatever failed here is built again, and reported, on first use
            }
        }, "claimdiff-preload");
        preload.setDaemon(true);
        preload.setPriority(Thread.NORM_PRIORITY - 1);
        preload.start();
    }

    static Startup startup() {
        return startup;
    }

    static void setExitCode(int code) {
        exitCode = code;
    }
}
