package io.claimdiff.ui.view;

import io.claimdiff.app.AppContext;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.PreferencesRecentStore;
import io.claimdiff.project.RecentProjects;
import io.claimdiff.ui.workspace.AutosaveHook;
import io.claimdiff.ui.workspace.ProjectFileViewModel;
import io.claimdiff.ui.workspace.TaskRunner;
import io.claimdiff.ui.workspace.Trace;
import io.claimdiff.ui.workspace.WorkspaceViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Objects;
import java.util.prefs.Preferences;

/**
 * The main window on its stage, with the view models behind it: built (style sheet, title,
 * remembered size, the question before closing with unsaved changes) and shown, by the
 * application and by the GUI tests alike.
 *
 * @param viewModel the workspace the window shows
 * @param files     the project file behind it: open, save, export, recent projects
 * @param window    the window's panes and panels
 * @param stage     the stage it is on
 */
public record MainStage(WorkspaceViewModel viewModel, ProjectFileViewModel files, MainWindow window, Stage stage) {

    /** The preference that keeps the analyst's name for reports. */
    static final String ANALYST_NAME = "analystName";

    /**
     * Shows a window built with lazy panels. The side panels come after the articles: built on
     * the first frame that shows the articles (or the empty window), they never hold back the text
     * the analyst is waiting for; files that take long to open do not hold them back for more
     * than a second.
     */
    public static void showThenBuildPanels(MainStage workspace) {
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
    static MainStage show(Stage stage, AppContext context, TaskRunner runner, Preferences prefs, AutosaveHook autosave) {
        MainStage workspace = build(stage, context, runner, prefs, autosave, false, true);
        stage.show();
        return workspace;
    }

    /**
     * Builds the main window on {@code stage} without showing it. Unless {@code remember}, the
     * window reads the analyst's preferences but never writes them: a measurement or screenshot
     * run must not leave its window size or its files behind for the next real start.
     */
    public static MainStage build(Stage stage, AppContext context, TaskRunner runner, Preferences prefs,
                           AutosaveHook autosave, boolean lazyPanels, boolean remember) {
        WorkspaceViewModel vm = new WorkspaceViewModel(context, runner, new CommandStack(), PrecomputedHighlights::of);
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
                MainStage.class.getResource("claimdiff.css")).toExternalForm());
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
        return new MainStage(vm, files, window, stage);
    }
}
