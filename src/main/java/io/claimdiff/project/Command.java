package io.claimdiff.project;

/** One undoable edit. {@link #execute()} and {@link #undo()} must be exact inverses. */
public interface Command {

    /** Shown in the Edit menu, e.g. "Tag claim". */
    String description();

    void execute();

    void undo();
}
