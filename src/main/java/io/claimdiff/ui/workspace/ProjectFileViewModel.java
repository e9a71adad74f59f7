package io.claimdiff.ui.workspace;

import io.claimdiff.app.AppContext;
import io.claimdiff.export.Report;
import io.claimdiff.export.ReportExporter;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.project.ProjectAnalyzer;
import io.claimdiff.project.ProjectState;
import io.claimdiff.project.RecentProjects;
import io.claimdiff.project.qdpx.QdpxReader;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project as a file: new, open, save, save as, recent projects, export and re-analysis; the
 * window title with its unsaved-changes mark. Reading and writing happen off the UI thread.
 */
public final class ProjectFileViewModel {

    private final AppContext context;
    private final TaskRunner runner;
    private final WorkspaceViewModel workspace;
    private final RecentProjects recent;
    private final AutosaveHook autosave;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("ClaimDiff");
    private final javafx.beans.property.BooleanProperty confirmedOnly = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.StringProperty analystName = new javafx.beans.property.SimpleStringProperty("");
    private boolean loading;
    // the .qdpx the open, still untitled project came from: names and places its first save
    private Path importedFrom;
    private java.util.Set<String> openIds = java.util.Set.of();

    public ProjectFileViewModel(AppContext context, TaskRunner runner, WorkspaceViewModel workspace,
                                RecentProjects recent, AutosaveHook autosave) {
        this.context = context;
        this.runner = runner;
        this.workspace = workspace;
        this.recent = recent;
        this.autosave = autosave;
        workspace.commands().addListener(this::edited);
        // articles opened into an untitled session are files on disk, not work: nothing to save or
        // recover until the analyst edits; a saved project that gains or loses one has changed
        openIds = articleIds();
        workspace.articles().addListener((ListChangeListener<ArticleViewModel>) c -> {
            java.util.Set<String> ids = articleIds();
            // putting the same articles in another order is no change to the project
            if (file.get() != null && !ids.equals(openIds)) {
                edited();
            }
            openIds = ids;
        });
        file.addListener((obs, was, now) -> updateTitle());
        dirty.addListener((obs, was, now) -> updateTitle());
        updateTitle();
    }

    /** "ClaimDiff — name.claimdiff •" while unsaved. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** File > Export > Confirmed contradictions only: reports leave out what the analyst has not accepted. */
    public javafx.beans.property.BooleanProperty confirmedOnlyProperty() {
        return confirmedOnly;
    }

    /** The analyst's name, from the preferences: signs the reports and the ClaimReview records. */
    public javafx.beans.property.StringProperty analystNameProperty() {
        return analystName;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public List<Path> recentProjects() {
        return recent.list();
    }

    /** Starts an empty project. Callers ask about unsaved changes first. */
    public void newProject() {
        replace(new io.claimdiff.project.Project().snapshot(), null);
    }

    /**
     * Opens a project file, or imports a REFI-QDA {@code .qdpx} as an unsaved project; on failure
     * the current work stays and the error names the file.
     */
    public void open(Path path) {
        if (QdpxReader.isQdpx(path)) {
            importQdpx(path);
            return;
        }
        workspace.track("Opening " + path.getFileName() + "…", () -> context.projectStore().read(path),
                (ProjectState state) -> {
                    replace(state, path);
                    recent.add(path);
                    reloadChangedArticles();
                },
                failure -> notOpened(path, failure));
    }

    /**
     * Imports a REFI-QDA project (QualCoder, ATLAS.ti, MAXQDA, NVivo or ClaimDiff). It opens untitled
     * and unsaved, protected by a recovery copy; saving asks where, offering its name beside it.
     */
    public void importQdpx(Path path) {
        workspace.track("Importing " + path.getFileName() + "…", () -> context.importQdpx(path), imported -> {
            restore(imported.state(), null);
            importedFrom = path;
            recent.add(path);
            imported.notices().forEach(workspace.errors()::add);
            ProjectState s = imported.state();
            long decided = s.links().stream().filter(l -> l.status() != io.claimdiff.project.LinkStatus.PROPOSED).count();
            workspace.errors().add("Imported " + path.getFileName() + ": " + count(s.articles().size(), "article") + ", "
                    + count(s.claims().size(), "claim") + ", " + count(decided, "decided link")
                    + ". Save it as a ClaimDiff project to keep your work.");
        }, failure -> notOpened(path, failure));
    }

    // the message names the file; a file that is gone leaves the recent list
    private void notOpened(Path path, Throwable failure) {
        workspace.errors().add(String.valueOf(failure.getMessage()));
        if (java.nio.file.Files.notExists(path)) {
            recent.remove(path);
        }
    }

    /** The name Save as offers: the project's, else the imported file's as a project, else "untitled". */
    public String suggestedProjectName() {
        if (file.get() != null) {
            return file.get().getFileName().toString();
        }
        return projectName().orElse("untitled") + "." + io.claimdiff.project.file.ProjectFileFormat.EXTENSION;
    }

    /** Saves to the current file; returns false when there is none yet (use save as). */
    public boolean save() {
        if (file.get() == null) {
            return false;
        }
        saveAs(file.get());
        return true;
    }

    public void saveAs(Path target) {
        ProjectState state = workspace.project().snapshot();
        int revision = workspace.revisionProperty().get();
        workspace.track("Saving " + target.getFileName() + "…", () -> {
            context.projectStore().save(state, target);
            return target;
        }, saved -> {
            file.set(saved);
            recent.add(saved);
            autosave.saved(saved);
            // edits made while the file was being written still need saving
            dirty.set(workspace.revisionProperty().get() != revision);
        }, failure -> workspace.errors().add(target + ": not saved (" + failure.getMessage() + "); your work is still open"));
    }

    /**
     * Saves on the calling thread and reports whether it worked; for leaving the window, where a
     * background save could be cut off by the exit.
     */
    public boolean saveNow(Path target) {
        try {
            context.projectStore().save(workspace.project().snapshot(), target);
        } catch (java.io.IOException | RuntimeException e) {
            workspace.errors().add(target + ": not saved (" + e.getMessage() + "); your work is still open");
            return false;
        }
        file.set(target);
        recent.add(target);
        autosave.saved(target);
        dirty.set(false);
        return true;
    }

    /** The folder the export and save dialogs start in: the project's (or the imported file's), if there. */
    public java.util.Optional<Path> exportFolder() {
        Path f = file.get() != null ? file.get() : importedFrom;
        Path parent = f == null ? null : f.toAbsolutePath().getParent();
        return parent != null && java.nio.file.Files.isDirectory(parent) ? java.util.Optional.of(parent)
                : java.util.Optional.empty();
    }

    /** The name an export is offered under: the project's, else "claimdiff-report". */
    public String exportName() {
        return projectName().orElse("claimdiff-report");
    }

    // the saved project's name, or the name of the file it was imported from
    private java.util.Optional<String> projectName() {
        Path named = file.get() != null ? file.get() : importedFrom;
        return java.util.Optional.ofNullable(named).map(p -> stripExtension(p.getFileName().toString()));
    }

    /** Exports the open work in one format. */
    public void export(ReportExporter exporter, Path target) {
        String name = projectName().orElse("ClaimDiff report");
        Report report = new Report(name, Instant.now(), workspace.project().snapshot(),
                new io.claimdiff.export.ReportOptions(confirmedOnly.get(), analystName.get()));
        workspace.track("Exporting " + exporter.name() + "…", () -> {
            exporter.export(report, target);
            return target;
        }, done -> workspace.errors().add("Exported " + exporter.name() + " to " + done),
                failure -> workspace.errors().add(target + ": export failed (" + failure.getMessage() + ")"));
    }

    /** Re-runs the engine on every article (a new engine version); analyst work stays. */
    public void reanalyseAll() {
        List<Article> articles = workspace.project().articles();
        workspace.track("Re-analysing " + articles.size() + " articles…", () -> {
            Map<String, List<Claim>> found = new java.util.LinkedHashMap<>();
            for (Article a : articles) {
                found.put(a.id(), context.analysis().extract(a));
            }
            return found;
        }, found -> {
            found.forEach((id, claims) -> {
                if (workspace.project().article(id).isPresent()) {
                    workspace.project().setEngineClaims(id, claims);
                }
            });
            workspace.compareAll();
        }, failure -> workspace.errors().add("Re-analysis failed (" + failure + "); nothing was changed"));
    }

    /** Brings in articles whose files changed on disk since they were imported; analyst work stays. */
    public void reloadChangedArticles() {
        workspace.track("Checking articles on disk…", () -> {
            List<Article> changed = ProjectAnalyzer.changedOnDisk(workspace.project(), context.loader());
            List<Map.Entry<Article, List<Claim>>> analysed = new ArrayList<>();
            for (Article a : changed) {
                analysed.add(Map.entry(a, context.analysis().extract(a)));
            }
            return analysed;
        }, analysed -> {
            for (Map.Entry<Article, List<Claim>> e : analysed) {
                Article a = e.getKey();
                List<String> lost = workspace.project().updateArticle(a,
                        io.claimdiff.project.ArticleSource.of(a.path(), a.text(), Instant.now()));
                workspace.project().setEngineClaims(a.id(), e.getValue());
                workspace.replaceArticleView(a);
                workspace.errors().add(a.fileName() + " changed on disk: re-analysed, your tags and decisions kept"
                        + (lost.isEmpty() ? "" : "; " + lost.size() + " of your claims lost their words"));
            }
            if (!analysed.isEmpty()) {
                workspace.compareAll();
            }
        }, failure -> workspace.errors().add("Could not check articles on disk (" + failure.getMessage() + ")"));
    }

    /**
     * Shows work restored from a recovery copy; it is unsaved until the analyst saves it, and
     * protected by a new recovery copy at once. The copy may have been written before the
     * comparison finished, so the proposals are worked out again.
     */
    public void restore(ProjectState state, Path projectFile) {
        replace(state, projectFile);
        dirty.set(true);
        autosave.editHappened();
        workspace.compareAll();
    }

    /**
     * What is open now, for a question about replacing it ("story.claimdiff, 4 articles, unsaved
     * changes"), or empty when nothing is.
     */
    public java.util.Optional<String> openWorkDescription() {
        int n = workspace.articles().size();
        if (n == 0 && file.get() == null) {
            return java.util.Optional.empty();
        }
        String name = file.get() == null ? "an untitled project" : file.get().getFileName().toString();
        return java.util.Optional.of(name + " (" + n + (n == 1 ? " article" : " articles")
                + (dirty.get() ? ", unsaved changes)" : ")"));
    }

    /**
     * True when what is open is on disk as it is: a saved project with no unsaved change, or
     * articles opened and not yet worked on (their files are all there is).
     */
    public boolean openWorkIsOnDisk() {
        return !dirty.get();
    }

    /** A snapshot of the open work, to keep it aside before something replaces it. */
    public ProjectState openWork() {
        return workspace.project().snapshot();
    }

    private void replace(ProjectState state, Path path) {
        importedFrom = null;
        loading = true;
        try {
            workspace.load(state);
            workspace.commands().clear();
            file.set(path);
            autosave.setProjectFile(path);
            dirty.set(false);
        } finally {
            loading = false;
        }
    }

    private java.util.Set<String> articleIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        workspace.articles().forEach(a -> ids.add(a.article().id()));
        return ids;
    }

    private void edited() {
        if (!loading) {
            dirty.set(true);
            autosave.editHappened();
        }
    }

    private void updateTitle() {
        String name = file.get() == null ? "Untitled project" : file.get().getFileName().toString();
        title.set("ClaimDiff — " + name + (dirty.get() ? " •" : ""));
    }

    private static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
