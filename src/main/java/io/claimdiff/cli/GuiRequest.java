package io.claimdiff.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line asks the GUI to do at start.
 *
 * @param files         article files to open
 * @param samples       also open the bundled sample articles
 * @param screenshot    when set, write a PNG of the window there once everything is shown, then exit
 * @param startupReport when not {@link StartupReport#NONE}, print {@code startup-ms=N} and exit
 */
public record GuiRequest(List<Path> files, boolean samples, Path screenshot, StartupReport startupReport) {

    /** Whether and how to measure start-up time. */
    public enum StartupReport {
        /** A normal start. */
        NONE,
        /** Milliseconds from JVM start to the first frame with every article highlighted. */
        APP,
        /** Milliseconds from JVM start to the first frame of an empty JavaFX window, for comparison. */
        BARE,
        /** The window first, then the files: milliseconds from opening to highlighted, then scrolling frame times. */
        OPEN,
        /**
         * As {@link #OPEN}, but the files are opened once the start-up work in the background is
         * done, as when the analyst opens them with File > Open a few seconds after starting.
         */
        OPEN_WARM
    }

    public GuiRequest {
        files = List.copyOf(files);
    }

    public GuiRequest(List<Path> files, boolean samples, Path screenshot) {
        this(files, samples, screenshot, StartupReport.NONE);
    }
}
