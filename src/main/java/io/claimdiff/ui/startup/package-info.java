/**
 * The start-up room: launching the window and measuring it. {@link io.claimdiff.ui.startup.GuiLauncher}
 * (called by {@code io.claimdiff.Main}) starts JavaFX and, for articles named on the command line,
 * the workspace's head start; {@link io.claimdiff.ui.startup.ClaimDiffApp} carries out the start
 * request: recovery prompt, autosave, files, samples. The measuring and scripted runs live here
 * too: {@code --startup-report} ({@link io.claimdiff.ui.startup.StartupReport},
 * {@link io.claimdiff.ui.startup.BareStartupApp}), {@code --open-report}
 * ({@link io.claimdiff.ui.startup.OpenReport}) and {@code --screenshot}
 * ({@link io.claimdiff.ui.startup.ScreenshotWhenIdle}, {@link io.claimdiff.ui.startup.Screenshot}).
 *
 * <p>It uses the view and the workspace; neither uses it, and only the launcher package uses it
 * ({@code ArchitectureTest}).
 */
package io.claimdiff.ui.startup;
