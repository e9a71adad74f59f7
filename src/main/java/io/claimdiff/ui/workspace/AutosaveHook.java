package io.claimdiff.ui.workspace;

import java.nio.file.Path;

/** What the window tells the autosaver; a no-op in view-model tests. */
public interface AutosaveHook {

    /** After each edit (the autosaver debounces bursts). */
    void editHappened();

    /** The project now lives in {@code file} (opened or saved as), or in none. */
    void setProjectFile(Path file);

    /** The analyst saved to {@code file}: the recovery copy is no longer needed. */
    void saved(Path file);

    AutosaveHook NONE = new AutosaveHook() {
        @Override
        public void editHappened() {
        }

        @Override
        public void setProjectFile(Path file) {
        }

        @Override
        public void saved(Path file) {
        }
    };
}
