package io.claimdiff.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One export format. Implementations write atomically: if anything fails, {@code out} is left as
 * it was and no half-written file remains.
 */
public interface ReportExporter {

    /** Short id used on the command line ("html"). */
    String id();

    /** Name for menus and file dialogs ("HTML report"). */
    String name();

    /** File name extension without the dot ("html"); empty when the output is a directory. */
    String extension();

    void export(Report report, Path out) throws IOException;
}
