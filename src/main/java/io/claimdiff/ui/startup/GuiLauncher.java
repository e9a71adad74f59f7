package io.claimdiff.ui.startup;

import io.claimdiff.app.AppContext;
import io.claimdiff.cli.GuiRequest;
import io.claimdiff.ui.view.PrecomputedHighlights;
import io.claimdiff.ui.view.ProjectFileActions;
import io.claimdiff.ui.workspace.HeadStart;
import io.claimdiff.ui.workspace.Trace;
import javafx.application.Application;

import java.util.prefs.Preferences;

/**
 * Starts the JavaFX application from a plain main class (JavaFX on the class path needs a
 * launcher that does not extend {@link Application}).
 */
public final class GuiLauncher {

    /** What the application needs at start. */
    record Startup(AppContext context, GuiRequest request, HeadStart headStart) {
    }

    // Application.launch constructs the app reflectively, so the start request has to be handed
    // over through a field; it is written once, before launch, and read once in start().
    private static volatile Startup startup;
    private static volatile int exitCode;
    private static final java.util.concurrent.CompletableFuture<Void> WARMED_UP = new java.util.concurrent.CompletableFuture<>();

    private GuiLauncher() {
    }

    /** Opens the window and blocks until it closes; returns the exit code. */
    public static int launch(AppContext context, GuiRequest request) {
        Trace.mark("launching JavaFX");
        if (request.startupReport() == GuiRequest.StartupReport.BARE) {
            startup = new Startup(context, request, null);
            Application.launch(BareStartupApp.class);
            return 0;
        }
        HeadStart headStart = headStart(context, request);
        startup = new Startup(context, request, headStart);
        preloadInBackground(context, headStart == null);
        Application.launch(ClaimDiffApp.class);
        return exitCode;
    }

    // Articles named on the command line are read and analysed while JavaFX starts. Only when
    // they are all there is to open: a project or the samples would take the ids first.
    private static HeadStart headStart(AppContext context, GuiRequest request) {
        boolean onlyArticles = !request.files().isEmpty() && !request.samples()
                && request.startupReport() != GuiRequest.StartupReport.OPEN
                && request.startupReport() != GuiRequest.StartupReport.OPEN_WARM
                && request.files().stream().noneMatch(ProjectFileActions::isProjectFile);
        return onlyArticles ? HeadStart.begin(context, request.files(), PrecomputedHighlights::of) : null;
    }

    // While JavaFX starts its toolkit and the window is built, another core reads the preferences
    // and, unless a head start is already running the engine, loads the engine and the exporters.
    // With a head start the engine needs no warming, and on two cores a second warm-up only takes
    // CPU from the window (first frame ~50 ms later, 15 interleaved runs); the exporters are then
    // built on first use.
    private static void preloadInBackground(AppContext context, boolean engineToo) {
        Thread preload = new Thread(() -> {
            try {
                Preferences.userRoot().node(ClaimDiffApp.PREFERENCES).node("window").keys();
                if (engineToo) {
                    context.preload();
                }
            } catch (Exception | LinkageError e) {
                // only a head start: whatever failed here is built again, and reported, on first use
            } finally {
                WARMED_UP.complete(null);
            }
        }, "claimdiff-preload");
        preload.setDaemon(true);
        preload.setPriority(Thread.NORM_PRIORITY - 1);
        preload.start();
    }

    /** Completes when the start-up work in the background is done (preferences; without a head start, engine and exporters too). */
    static java.util.concurrent.CompletionStage<Void> warmedUp() {
        return WARMED_UP;
    }

    /** The start request, once: the head start's results are not kept here after the window takes them. */
    static Startup takeStartup() {
        Startup taken = startup;
        startup = new Startup(taken.context(), taken.request(), null);
        return taken;
    }

    static void setExitCode(int code) {
        exitCode = code;
    }
}
