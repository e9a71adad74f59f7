package io.claimdiff.ui.workspace;

import io.claimdiff.app.AppContext;
import io.claimdiff.extract.SpeakerParties;
import io.claimdiff.ingest.ArticleLoadException;
import io.claimdiff.ingest.LoadedArticle;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectState;
import io.claimdiff.project.Provenance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads article files, extracts their claims and works out their highlights, off the FX thread,
 * so that the window shows each article once, highlighted. One file that cannot be read or
 * analysed is reported in its own {@link OpenedFile}; the others open as usual.
 */
final class ArticleOpener {

    private final AppContext context;
    private final PreparedHighlights.Preparer highlighter;

    /** An opener whose articles come with the highlights {@code highlighter} works out for them. */
    ArticleOpener(AppContext context, PreparedHighlights.Preparer highlighter) {
        this.context = context;
        this.highlighter = highlighter;
    }

    /** Reads each file under the id at the same position. */
    List<OpenedFile> load(List<Path> files, List<String> ids) {
        List<OpenedFile> opened = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            opened.add(load(files.get(i), ids.get(i)));
        }
        return opened;
    }

    /**
     * Extracts the claims of the {@code loaded} articles and works out their highlights as they
     * will be once added to a project holding {@code before}; with {@code compare}, also the links
     * across all of it.
     */
    OpenedArticles analyse(List<OpenedFile> loaded, ProjectState before, boolean compare) {
        List<OpenedFile> opened = loaded.stream().map(this::extract).toList();
        ClaimGraph graph = compare ? compareOrNull(before, opened) : null;
        return new OpenedArticles(opened, graph, highlights(before, opened, graph));
    }

    // Highlights are a head start only: whatever fails here the pane works out again, in the
    // background, and reports in that pane; the articles still open.
    private Map<String, PreparedHighlights> highlights(ProjectState before, List<OpenedFile> opened, ClaimGraph graph) {
        Map<String, PreparedHighlights> highlights = new HashMap<>();
        if (highlighter == PreparedHighlights.Preparer.NONE) {
            return highlights;
        }
        try {
            // the workspace adds the same things in the same order, so parties get the same colours
            Project scratch = Project.fromState(before);
            addTo(scratch, opened, graph);
            for (OpenedFile file : opened) {
                if (file.article() != null) {
                    try {
                        HighlightInputs inputs = HighlightInputs.of(scratch, file.article().id(), null);
                        PreparedHighlights prepared = highlighter.prepare(file.article(), inputs);
                        if (prepared != null) {
                            highlights.put(file.article().id(), prepared);
                        }
                    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                        // this article's pane styles itself
                    }
                }
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            highlights.clear();
        }
        return highlights;
    }

    // A comparison that fails here is left to the workspace, which compares again and says so.
    private ClaimGraph compareOrNull(ProjectState before, List<OpenedFile> opened) {
        try {
            return compare(before, opened);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return null;
        }
    }

    /** Adds the opened articles, their claims and, when given, the links to {@code project}. */
    static void addTo(Project project, List<OpenedFile> opened, ClaimGraph graph) {
        for (OpenedFile file : opened) {
            if (file.article() != null) {
                project.addArticle(file.article(), file.source());
                if (file.claims() != null) {
                    project.setEngineClaims(file.article().id(), file.claims());
                }
            }
        }
        if (graph != null) {
            project.setEngineLinks(graph);
        }
    }

    private ClaimGraph compare(ProjectState before, List<OpenedFile> opened) {
        List<Article> articles = new ArrayList<>(before.articles());
        List<Claim> claims = new ArrayList<>(before.claims().stream().map(e -> e.claim()).toList());
        for (OpenedFile file : opened) {
            if (file.claims() != null) {
                articles.add(file.article());
                claims.addAll(file.claims());
            }
        }
        // the claims as the project will hold them once added: one speaker, one party across
        // articles (analyze does the same), the analyst's own claims as they are
        Map<String, Claim> analysts = new HashMap<>();
        before.claims().stream().filter(e -> e.provenance() != Provenance.ENGINE)
                .forEach(e -> analysts.put(e.claim().id(), e.claim()));
        List<Claim> agreed = SpeakerParties.agree(claims).stream()
                .map(c -> analysts.getOrDefault(c.id(), c)).toList();
        return context.analysis().compare(articles, agreed);
    }

    private OpenedFile load(Path file, String id) {
        try {
            LoadedArticle loaded = context.loader().read(file, id);
            return OpenedFile.loaded(loaded.article(), loaded.notes());
        } catch (ArticleLoadException e) {
            return OpenedFile.failed(e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return OpenedFile.failed(file + ": cannot be opened (" + e + ")");
        }
    }

    private OpenedFile extract(OpenedFile file) {
        if (file.article() == null) {
            return file;
        }
        try {
            return file.withClaims(context.analysis().extract(file.article()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return file.withAnalysisError(file.article().fileName() + ": analysis failed (" + e + ")");
        }
    }
}
