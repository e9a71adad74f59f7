package io.claimdiff.ui;

import io.claimdiff.app.AppContext;
import io.claimdiff.cli.GuiRequest;
import io.claimdiff.project.CommandStack;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Objects;
import java.util.prefs.Preferences;

/** The JavaFX application: builds the main window and carries out the start request. */
public final class ClaimDiffApp extends Application {

    @Override
    public void start(Stage stage) {
        GuiLauncher.Startup startup = GuiLauncher.startup();
        Workspace workspace = show(stage, startup.context(), new FxTaskRunner(),
                Preferences.userNodeForPackage(ClaimDiffApp.class).node("window"));
        GuiRequest request = startup.request();
        if (request.samples()) {
            workspace.viewModel().openSamples();
        }
        workspace.viewModel().openFiles(request.files());
        if (request.screenshot() != null) {
            new ScreenshotWhenIdle(workspace, request.screenshot(), GuiLauncher::setExitCode).arm();
        }
    }

    /** Builds the main window on {@code stage} and shows it. Used by the app and by the GUI tests. */
    static Workspace show(Stage stage, AppContext context, TaskRunner runner, Preferences windowPrefs) {
        WorkspaceViewModel vm = new WorkspaceViewModel(context, runner, new CommandStack());
        MainWindow window = new MainWindow(vm);
        Scene scene = new Scene(window.root());
        scene.getStylesheets().add(Objects.requireNonNull(
                ClaimDiffApp.class.getResource("claimdiff.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("ClaimDiff");
        WindowBounds bounds = new WindowBounds(windowPrefs);
        bounds.restore(stage);
        stage.setOnHiding(e -> bounds.save(stage));
        stage.show();
        return new Workspace(vm, window, stage);
    }

    @Override
    public void stop() {
        Platform.exit();
    }

    /** The parts of a shown main window. */
    record Workspace(WorkspaceViewModel viewModel, MainWindow window, Stage stage) {
    }
}
