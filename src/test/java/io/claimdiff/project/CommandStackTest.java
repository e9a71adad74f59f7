package io.claimdiff.project;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandStackTest {

    /** Appends to a shared list; undo removes it again. */
    private record Append(List<String> log, String value) implements Command {
        @Override
        public String description() {
            return "append " + value;
        }

        @Override
        public void execute() {
            log.add(value);
        }

        @Override
        public void undo() {
            log.remove(log.size() - 1);
        }
    }

    @Test
    void undoAndRedoWalkTheHistory() {
        List<String> log = new ArrayList<>();
        CommandStack stack = new CommandStack();
        assertFalse(stack.canUndo());
        stack.execute(new Append(log, "a"));
        stack.execute(new Append(log, "b"));
        assertEquals(List.of("a", "b"), log);
        assertEquals("append b", stack.undoDescription().orElseThrow());

        stack.undo();
        assertEquals(List.of("a"), log);
        assertTrue(stack.canRedo());
        assertEquals("append b", stack.redoDescription().orElseThrow());

        stack.redo();
        assertEquals(List.of("a", "b"), log);
        assertFalse(stack.canRedo());
    }

    @Test
    void newCommandClearsRedoAndNotifiesListeners() {
        List<String> log = new ArrayList<>();
        CommandStack stack = new CommandStack();
        int[] changes = {0};
        stack.addListener(() -> changes[0]++);
        stack.execute(new Append(log, "a"));
        stack.undo();
        stack.execute(new Append(log, "c"));
        assertFalse(stack.canRedo());
        assertEquals(List.of("c"), log);
        assertEquals(3, changes[0]);
    }

    @Test
    void undoOnEmptyStackDoesNothing() {
        CommandStack stack = new CommandStack();
        stack.undo();
        stack.redo();
        assertFalse(stack.canUndo());
        assertFalse(stack.canRedo());
    }
}
