package io.claimdiff.ui.startup;

import io.claimdiff.ui.view.ArticlePane;
import io.claimdiff.ui.view.MainStage;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/** For {@code --screenshot}: once every load and analysis is done and drawn, writes the PNG and exits. */
final class ScreenshotWhenIdle {

    private final MainStage workspace;
    private final Path target;
    private final IntConsumer exitCode;
    private boolean done;
    private boolean showedFirstLink;

    ScreenshotWhenIdle(MainStage workspace, Path target, IntConsumer exitCode) {
        this.workspace = workspace;
        this.target = target;
        this.exitCode = exitCode;
    }

    void arm() {
        workspace.viewModel().pendingProperty().addListener((obs, was, now) -> {
            if (now.intValue() == 0) {
                settleThenShoot();
            }
        });
        if (workspace.viewModel().pendingProperty().get() == 0) {
            settleThenShoot();
        }
    }

    private void settleThenShoot() {
        // let layout, CSS and RichTextFX's virtual flow run a few pulses before the snapshot
        PauseTransition settle = new PauseTransition(Duration.millis(600));
        settle.setOnFinished(e -> shoot());
        settle.play();
    }

    private void shoot() {
        if (done || workspace.viewModel().pendingProperty().get() > 0) {
            return;
        }
        if (!workspace.window().panelsBuilt()
                || !workspace.window().articlePanes().stream().allMatch(ArticlePane::isHighlighted)) {
            settleThenShoot();
            return;
        }
        // show the top proposal with its connector, as an analyst would see it after one click
        var links = workspace.viewModel().contradictions();
        if (!showedFirstLink && !links.rows().isEmpty()) {
            showedFirstLink = true;
            links.select(links.rows().get(0).id());
            settleThenShoot();
            return;
        }
        done = true;
        try {
            Screenshot.write(workspace.stage().getScene(), target);
            System.out.println("screenshot written to " + target);
            exitCode.accept(0);
        } catch (IOException | RuntimeException e) {
            System.err.println("claimdiff: " + target + ": cannot write screenshot (" + e.getMessage() + ")");
            exitCode.accept(1);
        }
        Platform.exit();
    }
}
