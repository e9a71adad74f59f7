package io.claimdiff.ingest;

/** An article could not be loaded; the message names the file and the problem. */
public class ArticleLoadException extends Exception {

    private final String file;

    public ArticleLoadException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ArticleLoadException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }
}
