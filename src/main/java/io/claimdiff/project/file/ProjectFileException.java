package io.claimdiff.project.file;

import java.nio.file.Path;

/**
 * A project file that cannot be opened: unreadable, truncated, corrupt or from a newer
 * ClaimDiff. The message is one line naming the file and the problem, fit for the analyst.
 */
public final class ProjectFileException extends Exception {

    private final String file;
    private final String problem;

    public ProjectFileException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public ProjectFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file.toString();
        this.problem = problem;
    }

    /** The file, as given. */
    public String file() {
        return file;
    }

    /** What is wrong with it, without the file name. */
    public String problem() {
        return problem;
    }
}
