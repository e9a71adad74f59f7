package io.claimdiff.ui;

import io.claimdiff.app.AppContext;
import io.claimdiff.app.SampleArticles;
import io.claimdiff.ingest.ArticleLoadException;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectEdits;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of the main window: open articles, background analysis, undo/redo and the messages
 * to show, plus the panels' view models. No controls here, so it is tested without a toolkit.
 */
public final class WorkspaceViewModel {

    private final AppContext context;
    private final TaskRunner runner;
    private final CommandStack commands;
    private final Project project = new Project();
    private final ProjectEdits edits;
    private final ClaimsViewModel claims;
    private final PartiesViewModel parties;
    private final ContradictionsViewModel contradictions;
    private final ObservableList<ArticleViewModel> articles = FXCollections.observableArrayList();
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");
    private int nextArticle = 1;
    // written on the FX thread only; read by workers to skip comparisons already superseded
    private volatile int compareGeneration;

    public WorkspaceViewModel(AppContext context, TaskRunner runner, CommandStack commands) {
        this.context = context;
        this.runner = runner;
        this.commands = commands;
        this.edits = new ProjectEdits(project, commands);
        this.claims = new ClaimsViewModel(project, edits, errors::add);
        this.parties = new PartiesViewModel(project, edits, errors::add);
        this.contradictions = new ContradictionsViewModel(project, edits);
        commands.addListener(this::refreshUndoState);
        project.addListener(this::projectChanged);
        refreshUndoState();
    }

    /** Loads {@code files} in the background, keeping their order; failures go to {@link #errors()}. */
    public void openFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ids.add("a" + nextArticle++);
        }
        track("Opening " + files.size() + (files.size() == 1 ? " file" : " files") + "…",
                () -> loadAll(files, ids), this::addLoaded, this::reportFailure);
    }

    /** Opens the bundled sample articles. */
    public void openSamples() {
        int first = nextArticle;
        nextArticle += SampleArticles.NAMES.size();
        track("Opening sample articles…",
                () -> context.samples().load(first).stream().map(LoadOutcome::ok).toList(),
                this::addLoaded, this::reportFailure);
    }

    /** Closes one article; the others, and the work on them, stay as they are. */
    public void close(ArticleViewModel article) {
        articles.remove(article);
        project.removeArticle(article.article().id());
        scheduleCompare();
        updateIdleStatus();
    }

    public void undo() {
        commands.undo();
    }

    public void redo() {
        commands.redo();
    }

    public ObservableList<ArticleViewModel> articles() {
        return articles;
    }

    public Project project() {
        return project;
    }

    public ClaimsViewModel claims() {
        return claims;
    }

    public PartiesViewModel parties() {
        return parties;
    }

    public ContradictionsViewModel contradictions() {
        return contradictions;
    }

    /** Problems to show the analyst, oldest first; each names the file and what is wrong. */
    public ObservableList<String> errors() {
        return errors;
    }

    /** Background jobs still running; 0 when everything shown is loaded and analysed. */
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Goes up by one on every change to the project; panes redraw their highlights on it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public CommandStack commands() {
        return commands;
    }

    TaskRunner runner() {
        return runner;
    }

    private List<LoadOutcome> loadAll(List<Path> files, List<String> ids) {
        List<LoadOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                io.claimdiff.ingest.LoadedArticle loaded = context.loader().read(files.get(i), ids.get(i));
                outcomes.add(LoadOutcome.ok(loaded.article(), loaded.notes()));
            } catch (ArticleLoadException e) {
                outcomes.add(LoadOutcome.failed(e.getMessage()));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                outcomes.add(LoadOutcome.failed(files.get(i) + ": cannot be opened (" + e + ")"));
            }
        }
        return outcomes;
    }

    private void addLoaded(List<LoadOutcome> outcomes) {
        for (LoadOutcome outcome : outcomes) {
            errors.addAll(outcome.notes());
            if (outcome.article() != null) {
                ArticleViewModel vm = new ArticleViewModel(outcome.article());
                project.addArticle(outcome.article());
                // extraction starts before the pane is built, so a long text is put into its pane
                // on this thread while a worker already extracts; the claims arrive after either way
                analyse(vm);
                articles.add(vm);
                // a runner that finishes at once (tests) has already delivered the claims
                vm.setClaimCount(project.claimsOf(vm.article().id()).size());
            } else {
                errors.add(outcome.error());
            }
        }
    }

    /** Runs {@code work} in the background with a status message, counting it as pending. */
    <T> void track(String message, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onDone,
                   java.util.function.Consumer<Throwable> onError) {
        begin(message);
        runner.run(message, work, result -> {
            try {
                onDone.accept(result);
            } finally {
                end();
            }
        }, failure -> {
            try {
                onError.accept(failure);
            } finally {
                end();
            }
        });
    }

    /** Shows exactly the articles of {@code state} (an opened project). */
    void load(io.claimdiff.project.ProjectState state) {
        project.replaceWith(state);
        articles.setAll(project.articles().stream().map(ArticleViewModel::new).toList());
        nextArticle = 1 + project.articles().stream().map(a -> a.id().replaceAll("\\D", ""))
                .filter(n -> !n.isEmpty()).mapToInt(n -> Integer.parseInt(n.length() > 9 ? "0" : n)).max().orElse(0);
        claims.select(null);
        contradictions.select(null);
        projectChanged();
    }

    /** Shows a newer text of an open article (its file changed on disk). */
    void replaceArticleView(Article article) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).article().id().equals(article.id())) {
                articles.set(i, new ArticleViewModel(article));
            }
        }
    }

    /** Compares all claims again (after re-analysis). */
    void compareAll() {
        scheduleCompare();
    }

    private void analyse(ArticleViewModel vm) {
        Article article = vm.article();
        track("Analysing " + vm.fileName() + "…", () -> context.analysis().extract(article),
                (List<Claim> found) -> {
                    if (project.article(article.id()).isPresent()) {
                        project.setEngineClaims(article.id(), found);
                        scheduleCompare();
                    }
                },
                failure -> {
                    String message = article.fileName() + ": analysis failed (" + failure + ")";
                    vm.setAnalysisError(message);
                    errors.add(message);
                });
    }

    // Compares all claims again; only the newest comparison is applied.
    private void scheduleCompare() {
        int generation = ++compareGeneration;
        List<Article> snapshotArticles = project.articles();
        List<Claim> snapshotClaims = project.currentClaims();
        // opening n articles asks for n comparisons; only the last one's result is used, so the
        // others skip their work when a newer one is already queued
        track("Looking for contradictions…", () -> generation == compareGeneration
                        ? context.analysis().compare(snapshotArticles, snapshotClaims) : null,
                (ClaimGraph graph) -> {
                    if (graph != null && generation == compareGeneration) {
                        project.setEngineLinks(graph);
                    }
                },
                failure -> errors.add("Comparison failed (" + failure + "); claims are still shown"));
    }

    private void projectChanged() {
        revision.set(revision.get() + 1);
        claims.refresh();
        parties.refresh();
        contradictions.refresh();
        java.util.Map<String, Integer> counts = project.claimCountsByArticle();
        for (ArticleViewModel vm : articles) {
            vm.setClaimCount(counts.getOrDefault(vm.article().id(), 0));
        }
        updateIdleStatus();
    }

    private void reportFailure(Throwable failure) {
        errors.add(String.valueOf(failure.getMessage()));
    }

    private void begin(String message) {
        pending.set(pending.get() + 1);
        status.set(message);
    }

    private void end() {
        pending.set(pending.get() - 1);
        updateIdleStatus();
    }

    private void updateIdleStatus() {
        if (pending.get() > 0) {
            return;
        }
        int claimCount = project.claims().size();
        int open = (int) project.links().stream().filter(l -> l.kind() == io.claimdiff.project.LinkKind.CONTRADICTS)
                .count();
        status.set(articles.isEmpty() ? "Ready — open articles with File > Open… or drop them here"
                : articles.size() + (articles.size() == 1 ? " article" : " articles") + " · " + claimCount
                + " claims · " + project.parties().size() + " parties · " + open + " contradictions");
    }

    private void refreshUndoState() {
        canUndo.set(commands.canUndo());
        canRedo.set(commands.canRedo());
        undoLabel.set(commands.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoLabel.set(commands.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
    }

    /** The result of loading one file: an article or an error message. */
    record LoadOutcome(Article article, String error, List<String> notes) {
        static LoadOutcome ok(Article article) {
            return new LoadOutcome(article, null, List.of());
        }

        static LoadOutcome ok(Article article, List<String> notes) {
            return new LoadOutcome(article, null, notes);
        }

        static LoadOutcome failed(String error) {
            return new LoadOutcome(null, error, List.of());
        }
    }
}
