package io.claimdiff.project;

import io.claimdiff.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child process of {@link KillDuringSaveTest}: saves version B and version A of a large project
 * to one file, alternately, until killed; prints "saving" when it starts and "saved" after each.
 */
public final class SaveLoopMain {

    private SaveLoopMain() {
    }

    /** A project of a few megabytes; {@code version} shows in a note. */
    static ProjectState bigProject(String version) {
        Project project = Fixtures.realistic();
        List<Article> big = new ArrayList<>();
        for (Article a : Fixtures.articles()) {
            big.add(new Article("b" + a.id(), a.path(), a.title(), a.text().repeat(50), List.of()));
        }
        big.forEach(a -> project.addArticle(a, ArticleSource.of(a.path(), a.text(), Fixtures.IMPORTED)));
        new ProjectEdits(project, new CommandStack()).setNote("a1-c1", "version " + version);
        return project.snapshot();
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        ProjectStore store = new ProjectStore();
        ProjectState a = bigProject("A");
        ProjectState b = bigProject("B");
        System.out.println("saving");
        System.out.flush();
        for (long i = 0; ; i++) {
            store.save(i % 2 == 0 ? b : a, file);
            System.out.println("saved");
            System.out.flush();
        }
    }
}
