package io.claimdiff.project.qdpx;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectState;
import io.claimdiff.project.file.ProjectFileException;
import io.claimdiff.project.file.ProjectFileFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Fuzz target for the REFI-QDA reader (docs/fuzzing.md): any bytes as a {@code .qdpx} are either a
 * project whose claims lie in their texts and which saves and re-opens as a {@code .claimdiff}, or a
 * clean one-line {@link ProjectFileException} naming the file. Regression inputs:
 * {@code src/test/resources/io/claimdiff/project/qdpx/QdpxReaderFuzzTestInputs/}.
 */
class QdpxReaderFuzzTest {

    private static final QdpxReader READER = new QdpxReader(new ArticleLoader(), Clock.systemUTC());
    private static final ProjectFileFormat FORMAT = new ProjectFileFormat();

    @FuzzTest(maxDuration = "5m")
    void read(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".qdpx");
        try {
            Files.write(file, bytes);
            ProjectState state;
            try {
                state = READER.read(file).state();
            } catch (ProjectFileException e) {
                if (!e.getMessage().startsWith(file + ": ") || e.getMessage().contains("\n")) {
                    throw new IllegalStateException("not one line naming the file: " + e.getMessage());
                }
                return;
            }
            for (ClaimEntry e : state.claims()) {
                Article article = state.articles().stream().filter(a -> a.id().equals(e.claim().articleId()))
                        .findFirst().orElseThrow(() -> new IllegalStateException("a claim of no article"));
                if (e.claim().content().end() > article.text().length()) {
                    throw new IllegalStateException("a claim outside its text");
                }
            }
            try {
                FORMAT.read(FORMAT.write(Project.fromState(state).snapshot()), "imported.claimdiff");
            } catch (ProjectFileException e) {
                throw new IllegalStateException("an imported project cannot be saved and re-opened: " + e.getMessage());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
