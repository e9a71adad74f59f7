package io.claimdiff.cli;

/** Starts the GUI and returns its exit code when the window closes; supplied by the launcher. */
@FunctionalInterface
public interface GuiStarter {

    int start(GuiRequest request);
}
