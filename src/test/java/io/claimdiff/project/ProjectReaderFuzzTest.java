package io.claimdiff.project;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.claimdiff.project.file.ProjectFileException;
import io.claimdiff.project.file.ProjectFileFormat;

/**
 * Fuzz target for the project file reader (docs/fuzzing.md): any bytes are either a project that
 * re-saves and re-reads to the same state, or a clean {@link ProjectFileException} naming the
 * file. Regression inputs: {@code src/test/resources/io/claimdiff/project/ProjectReaderFuzzTestInputs/}.
 */
class ProjectReaderFuzzTest {

    private static final ProjectFileFormat FORMAT = new ProjectFileFormat();

    @FuzzTest(maxDuration = "5m")
    void read(byte[] bytes) {
        ProjectState state;
        try {
            state = FORMAT.read(bytes, "fuzz.claimdiff");
        } catch (ProjectFileException e) {
            if (!e.getMessage().startsWith("fuzz.claimdiff: ") || e.getMessage().contains("\n")) {
                throw new IllegalStateException("not one line naming the file: " + e.getMessage());
            }
            return;
        }
        Project project = Project.fromState(state);
        byte[] saved = FORMAT.write(project.snapshot());
        try {
            ProjectState again = FORMAT.read(saved, "resaved.claimdiff");
            if (!again.equals(project.snapshot())) {
                throw new IllegalStateException("a re-saved project reads back differently");
            }
        } catch (ProjectFileException e) {
            throw new IllegalStateException("a project that opened cannot be re-opened after saving: " + e.getMessage());
        }
    }
}
