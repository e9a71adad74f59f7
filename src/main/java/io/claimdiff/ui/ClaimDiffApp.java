package io.claimdiff.ui;

import io.claimdiff.app.AppContext;
import io.claimdiff.app.SampleArticles;
import io.claimdiff.cli.GuiRequest;
import io.claimdiff.project.Autosaver;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.PreferencesRecentStore;
import io.claimdiff.project.RecentProjects;
import io.claimdiff.project.RecoveryStore;
import io.claimdiff.project.Scheduler;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.prefs.Preferences;

/** The JavaFX application: builds the main window and carries out the start request. */
public final class ClaimDiffApp extends Application {

    /** The preference that keeps the analyst's name for reports. */
    static final String ANALYST_NAME = "analystName";
    private Autosaver autosaver;

    @Override
    public void start(Stage stage) {
        Trace.mark("JavaFX start()");
        GuiLauncher.Startup startup = GuiLauncher.takeStartup();
        AppContext context = startup.context();
        GuiRequest request = startup.request();
        Preferences prefs = Preferences.userNodeForPackage(ClaimDiffApp.class);
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
        Workspace workspace = build(stage, context, new FxTaskRunner(), prefs, hook, true, !scripted);
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
        showThenBuildPanels(workspace);
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

    /**
     * Shows a window built with lazy panels. The side panels come after the articles: built on
     * the first frame that shows the articles (or the empty window), they never hold back the text
     * the analyst is waiting for; files that take long to open do not hold them back for more
     * than a second.
     */
    static void showThenBuildPanels(Workspace workspace) {
        workspace.stage().show();
        Trace.mark("window shown");
        Scene scene = workspace.stage().getScene();
        if (Trace.ON) {
            scene.addPostLayoutPulseListener(() -> Trace.mark("pulse"));
        }
        javafx.animation.PauseTransition deadline = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        deadline.setOnFinished(e -> workspace.window().buildPanels());
        deadline.play();
        Runnable check = new Runnable() {
            @Override
            public void run() {
                WorkspaceViewModel vm = workspace.viewModel();
                boolean articlesShown = workspace.window().articlePanes().stream().allMatch(ArticlePane::isHighlighted)
                        && (vm.pendingProperty().get() == 0 || !vm.articles().isEmpty());
                if (articlesShown) {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(workspace.window()::buildPanels);
                }
            }
        };
        scene.addPostLayoutPulseListener(check);
    }

    /** Builds the main window on {@code stage} and shows it. Used by the GUI tests. */
    static Workspace show(Stage stage, AppContext context, TaskRunner runner, Preferences prefs, AutosaveHook autosave) {
        Workspace workspace = build(stage, context, runner, prefs, autosave, false, true);
        stage.show();
        return workspace;
    }

    /**
     * Builds the main window on {@code stage} without showing it. Unless {@code remember}, the
     * window reads the analyst's preferences but never writes them: a measurement or screenshot
     * run must not leave its window size or its files behind for the next real start.
     */
    static Workspace build(Stage stage, AppContext context, TaskRunner runner, Preferences prefs,
                           AutosaveHook autosave, boolean lazyPanels, boolean remember) {
        WorkspaceViewModel vm = new WorkspaceViewModel(context, runner, new CommandStack());
        RecentProjects.Store kept = new PreferencesRecentStore(prefs.node("recent"));
        RecentProjects recent = new RecentProjects(remember ? kept : RecentProjects.Store.readOnly(kept));
        ProjectFileViewModel files = new ProjectFileViewModel(context, runner, vm, recent, autosave);
        files.analystNameProperty().set(prefs.get(ANALYST_NAME, ""));
        if (remember) {
            files.analystNameProperty().addListener((obs, was, now) -> prefs.put(ANALYST_NAME, now.strip()));
        }
        MainWindow window = new MainWindow(vm, files, context.exporters(), lazyPanels);
        Trace.mark("window built");
        Scene scene = new Scene(window.root());
        scene.getStylesheets().add(Objects.requireNonNull(
                ClaimDiffApp.class.getResource("claimdiff.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(files.titleProperty());
        WindowBounds bounds = new WindowBounds(prefs.node("window"));
        bounds.restore(stage);
        stage.setOnCloseRequest(e -> {
            if (!window.projectActions().mayDiscardChanges()) {
                e.consume();
            }
        });
        if (remember) {
            stage.setOnHiding(e -> bounds.save(stage));
        }
        return new Workspace(vm, files, window, stage);
    }

    @Override
    public void stop() {
        if (autosaver != null) {
            // a clean exit: the analyst saved or chose not to; no recovery copy is left behind
            autosaver.close();
        }
    }

    /** The parts of a shown main window. */
    record Workspace(WorkspaceViewModel viewModel, ProjectFileViewModel files, MainWindow window, Stage stage) {
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
