package io.claimdiff.cli;

import io.claimdiff.app.AppContext;
import io.claimdiff.ingest.ArticleLoadException;
import io.claimdiff.model.Article;
import io.claimdiff.project.Project;
import io.claimdiff.project.file.ProjectFileException;
import io.claimdiff.project.qdpx.QdpxReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns command-line inputs into a project: one {@code .claimdiff} or {@code .qdpx} file, or articles to analyse. */
final class Inputs {

    /** An input that cannot be used; the message is "FILE: problem". */
    static final class Problem extends Exception {
        Problem(String message) {
            super(message);
        }
    }

    private Inputs() {
    }

    static boolean isProject(Path file) {
        return isClaimDiff(file) || QdpxReader.isQdpx(file);
    }

    static boolean isClaimDiff(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".claimdiff");
    }

    /**
     * The project the inputs describe. Notes on how articles were decoded go to {@code notes};
     * an article whose analysis fails is kept without claims and reported to {@code failures} as
     * "FILE: analysis failed (…)".
     */
    static Project load(AppContext context, List<Path> files, java.util.function.Consumer<String> notes,
                        java.util.function.Consumer<String> failures) throws Problem {
        for (Path file : files) {
            Optional<String> problem = FileChecks.problem(file);
            if (problem.isPresent()) {
                throw new Problem(problem.get());
            }
        }
        if (files.stream().anyMatch(Inputs::isProject)) {
            if (files.size() > 1) {
                throw new Problem("give either one project (.claimdiff or .qdpx) or article files, not both");
            }
            try {
                if (QdpxReader.isQdpx(files.get(0))) {
                    QdpxReader.Imported imported = context.importQdpx(files.get(0));
                    imported.notices().forEach(notes);
                    return Project.fromState(imported.state());
                }
                return context.projectStore().open(files.get(0));
            } catch (ProjectFileException e) {
                throw new Problem(e.getMessage());
            }
        }
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            try {
                io.claimdiff.ingest.LoadedArticle loaded = context.loader().read(file, "a" + (articles.size() + 1));
                articles.add(loaded.article());
                loaded.notes().forEach(notes);
            } catch (ArticleLoadException e) {
                throw new Problem(e.getMessage());
            }
        }
        Project project = new Project();
        context.projectAnalyzer().add(project, articles, (article, e) -> failures.accept(article.path()
                + ": analysis failed (" + e.getClass().getSimpleName() + "); kept without claims"));
        return project;
    }

    /** The report title: the project's file name, or a generic one for loose articles. */
    static String defaultTitle(List<Path> files) {
        if (files.size() == 1 && isProject(files.get(0))) {
            String name = files.get(0).getFileName().toString();
            return name.substring(0, name.lastIndexOf('.'));
        }
        return "ClaimDiff report";
    }
}
