package io.claimdiff.project;

import io.claimdiff.ingest.ArticleLoadException;
import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the engine over a project's articles and folds the results in, keeping every analyst edit,
 * tag, note and link decision (engine claims are matched to the old ones, see
 * {@link Project#setEngineClaims}). Runs on the thread that owns the project.
 */
public final class ProjectAnalyzer {

    private final AnalysisService analysis;
    private final Clock clock;

    public ProjectAnalyzer(AnalysisService analysis, Clock clock) {
        this.analysis = analysis;
        this.clock = clock;
    }

    /**
     * Imports articles, extracts their claims and proposes links over the whole project. An
     * article whose extraction fails is still imported, without claims, and handed to
     * {@code failed}; the others are analysed as usual.
     */
    public void add(Project project, List<Article> articles, java.util.function.BiConsumer<Article, Throwable> failed) {
        for (Article article : articles) {
            project.addArticle(article, ArticleSource.of(article.path(), article.text(), clock.instant()));
            try {
                project.setEngineClaims(article.id(), analysis.extract(article));
            } catch (RuntimeException | StackOverflowError e) {
                failed.accept(article, e);
            }
        }
        relink(project);
    }

    /**
     * Brings a project read from an exchange file to life. One ClaimDiff wrote keeps exactly its
     * claims, which get back the cue and speaker words the format does not carry; one from another
     * tool gets the engine's claims beside the analyst's codings. Then links are proposed. An
     * article the engine fails on keeps what the file gave it.
     */
    public ProjectState completeImport(ProjectState imported, boolean fromClaimDiff) {
        Project project = Project.fromState(imported);
        for (Article article : project.articles()) {
            List<io.claimdiff.model.Claim> found;
            try {
                found = analysis.extract(article);
            } catch (RuntimeException | StackOverflowError e) {
                continue;
            }
            if (fromClaimDiff) {
                project.fillInWords(article.id(), found);
            } else {
                project.setEngineClaims(article.id(), found);
            }
        }
        relink(project);
        return project.snapshot();
    }

    /** Re-runs the engine on every article (a new engine version). */
    public void reanalyzeAll(Project project) {
        for (Article article : project.articles()) {
            project.setEngineClaims(article.id(), analysis.extract(article));
        }
        relink(project);
    }

    /**
     * Brings in a newer text of an article (same id; the file changed on disk) and re-runs the
     * engine.
     *
     * @return ids of the analyst's claims whose words are no longer in the text
     */
    public List<String> reanalyze(Project project, Article newVersion) {
        List<String> lost = new ArrayList<>(project.updateArticle(newVersion,
                ArticleSource.of(newVersion.path(), newVersion.text(), clock.instant())));
        project.setEngineClaims(newVersion.id(), analysis.extract(newVersion));
        relink(project);
        return lost;
    }

    /**
     * The articles whose files now hold a different text than the project's copy, read fresh
     * (same ids), ready for {@link #reanalyze}. Files that are gone or unreadable are skipped:
     * the project keeps its embedded copy.
     */
    public static List<Article> changedOnDisk(Project project, ArticleLoader loader) {
        List<Article> changed = new ArrayList<>();
        for (Article article : project.articles()) {
            String path = project.source(article.id()).map(ArticleSource::path).orElse(article.path());
            try {
                Article current = loader.load(Path.of(path), article.id());
                if (changedOnDisk(project, current)) {
                    changed.add(current);
                }
            } catch (ArticleLoadException | InvalidPathException e) {
                // gone or unreadable: nothing newer to bring in
            }
        }
        return changed;
    }

    /** Whether {@code current} (the file as it is on disk now) differs from the project's copy. */
    public static boolean changedOnDisk(Project project, Article current) {
        return project.source(current.id()).map(s -> !s.matches(current.text())).orElse(true);
    }

    /** Replaces the engine's undecided link proposals by a fresh comparison. */
    public void relink(Project project) {
        project.setEngineLinks(analysis.compare(project.articles(), project.currentClaims()));
    }
}
