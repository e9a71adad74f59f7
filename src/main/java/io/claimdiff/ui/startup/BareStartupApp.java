package io.claimdiff.ui.startup;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * For {@code --startup-report-bare}: an empty window of the main window's default size, reporting
 * start-up time at its first frame. The baseline that ClaimDiff's own start-up is compared with.
 */
public final class BareStartupApp extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(), 1400, 860);
        stage.setScene(scene);
        stage.setTitle("ClaimDiff");
        new StartupReport(scene, () -> true).arm();
        stage.show();
    }
}
