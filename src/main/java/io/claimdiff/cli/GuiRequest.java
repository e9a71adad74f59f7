package io.claimdiff.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line asks the GUI to do at start.
 *
 * @param files      article files to open
 * @param samples    also open the bundled sample articles
 * @param screenshot when set, write a PNG of the window there once everything is shown, then exit
 */
public record GuiRequest(List<Path> files, boolean samples, Path screenshot) {

    public GuiRequest {
        files = List.copyOf(files);
    }
}
