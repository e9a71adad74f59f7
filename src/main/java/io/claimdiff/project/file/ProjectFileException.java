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
        super(file + ": " + oneLine(problem));
        this.file = file;
        this.problem = oneLine(problem);
    }

    public ProjectFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + oneLine(problem), cause);
        this.file = file.toString();
        this.problem = oneLine(problem);
    }

    /**
     * Problems quote the file's own content (field names, ids): control characters (line breaks,
     * terminal escapes) are shown escaped and overlong quotes cut, so a message stays one
     * harmless line. Found by fuzzing (ProjectReaderFuzzTest).
     */
    static String oneLine(String problem) {
        StringBuilder out = new StringBuilder(Math.min(problem.length(), 400));
        for (int i = 0; i < problem.length(); i++) {
            char c = problem.charAt(i);
            if (out.length() >= 400) {
                out.append('…');
                break;
            }
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
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
