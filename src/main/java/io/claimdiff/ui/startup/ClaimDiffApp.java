package io.claimdiff.ui.startup;

import io.claimdiff.app.AppContext;
import io.claimdiff.app.SampleArticles;
import io.claimdiff.cli.GuiRequest;
import io.claimdiff.project.Autosaver;
import io.claimdiff.project.RecoveryStore;
import io.claimdiff.project.Scheduler;
import io.claimdiff.ui.view.ArticlePane;
import io.claimdiff.ui.view.FxTaskRunner;
import io.claimdiff.ui.view.MainStage;
import io.claimdiff.ui.view.ProjectFileActions;
import io.claimdiff.ui.view.RecoveryPrompt;
import io.claimdiff.ui.workspace.AutosaveHook;
import io.claimdiff.ui.workspace.Trace;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.prefs.Preferences;

/** The JavaFX application: builds the main window ({@link MainStage}) and carries out the start request. */
public final class ClaimDiffApp extends Application {

    /**
     * Where the analyst's preferences live (window size, recent projects, analyst name): the node of
     * the package this class was first in, named here so that moving the class loses none of them.
     */
    static final String PREFERENCES = "/io/claimdiff/ui";
    private Autosaver autosaver;

    @Override
    public void start(Stage stage) {
        Trace.mark("JavaFX start()");
        GuiLauncher.Startup startup = GuiLauncher.takeStartup();
        AppContext context = startup.context();
        GuiRequest request = startup.request();
        Preferences prefs = Preferences.userRoot().node(PREFERENCES);
        RecoveryStore recovery = new RecoveryStore(RecoveryStore.defaultDirectory(), context.projectStore());
        ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claimdiff-autosave");
            t.setDaemon(true);
            return t;
        });
        DeferredAutosave hook = new DeferredAutosave();
        boolean measured = request.startupReport() == GuiRequest.StartupReport.APP;
        boolean opening = request.startupReport() == GuiRequest.StartupReport.OPEN
                || request.startupReport() == GuiRequest.StartupReport.OPEN_WARM;
        boolean scripted = request.screenshot() != null || measured || opening;
        MainStage workspace = MainStage.build(stage, context, new FxTaskRunner(), prefs, hook, true, !scripted);
        if (!scripted) {
            new RecoveryPrompt(recovery, workspace).offer(io);
        }
        autosaver = new Autosaver(() -> workspace.viewModel().project().snapshot(), recovery, Scheduler.of(io),
                e -> Platform.runLater(() -> workspace.viewModel().errors()
                        .add("Autosave failed (" + e.getMessage() + "); save with Ctrl+S")));
        hook.target = autosaver;

        List<Path> articles = new ArrayList<>();
        for (Path file : request.files()) {
            if (ProjectFileActions.isProjectFile(file)) {
                workspace.files().open(file);
            } else {
                articles.add(file);
            }
        }
        if (request.samples()) {
            workspace.viewModel().openSamples();
        }
        if (opening) {
            new OpenReport(workspace, articles, request.startupReport() == GuiRequest.StartupReport.OPEN_WARM
                    ? GuiLauncher.warmedUp() : java.util.concurrent.CompletableFuture.completedFuture(null)).arm();
        } else if (startup.headStart() != null) {
            workspace.viewModel().adopt(startup.headStart());
        } else {
            workspace.viewModel().openFiles(articles);
        }
        MainStage.showThenBuildPanels(workspace);
        if (measured) {
            int expected = articles.size() + (request.samples() ? SampleArticles.NAMES.size() : 0);
            new StartupReport(stage.getScene(), () -> workspace.viewModel().pendingProperty().get() == 0
                    && workspace.window().articlePanes().size() + workspace.viewModel().errors().size() >= expected
                    && workspace.window().articlePanes().stream().allMatch(ArticlePane::isHighlighted),
                    // complete: the side panels and the claims table are built and laid out too
                    () -> workspace.window().panelsBuilt()).arm();
        }
        if (request.screenshot() != null) {
            new ScreenshotWhenIdle(workspace, request.screenshot(), GuiLauncher::setExitCode).arm();
        }
    }

    @Override
    public void stop() {
        if (autosaver != null) {
            // a clean exit: the analyst saved or chose not to; no recovery copy is left behind
            autosaver.close();
        }
    }

    /** Lets the window exist before the autosaver that needs its project. */
    private static final class DeferredAutosave implements AutosaveHook {
        private Autosaver target;

        @Override
        public void editHappened() {
            if (target != null) {
                target.editHappened();
            }
        }

        @Override
        public void setProjectFile(Path file) {
            if (target != null) {
                target.setProjectFile(file);
            }
        }

        @Override
        public void saved(Path file) {
            if (target != null) {
                target.saved(file);
            }
        }
    }
}
