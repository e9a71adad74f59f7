package io.claimdiff.project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The explicit undo/redo stack every edit goes through. Listeners hear about each change so the
 * UI can enable Undo/Redo and autosave can follow edits; there is no event bus.
 */
public final class CommandStack {

    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();

    /** Runs {@code command} and makes it the next one to undo; clears redo. */
    public void execute(Command command) {
        command.execute();
        undo.push(command);
        redo.clear();
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Command command = undo.pop();
        command.undo();
        redo.push(command);
        fire();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Command command = redo.pop();
        command.execute();
        undo.push(command);
        fire();
    }

    /** Description of what Undo would undo. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    /** Description of what Redo would redo. */
    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }

    /** Forgets all history (a new project). */
    public void clear() {
        undo.clear();
        redo.clear();
        fire();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }
}
