package io.claimdiff.ui.workspace;

import io.claimdiff.app.AppContext;
import io.claimdiff.app.SampleArticles;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.CommandStack;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectEdits;
import io.claimdiff.project.ProjectState;
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
import java.util.Optional;

/**
 * The state of the main window: open articles, background analysis, undo/redo and the messages
 * to show, plus the panels' view models. No controls here, so it is tested without a toolkit.
 */
public final class WorkspaceViewModel {

    private static final String COMPARING = "Looking for contradictions…";
    private final AppContext context;
    private final ArticleOpener opener;
    private final TaskRunner runner;
    private final CommandStack commands;
    private final Project project = new Project();
    private final ProjectEdits edits;
    private final ClaimsViewModel claims;
    private final PartiesViewModel parties;
    private final ContradictionsViewModel contradictions;
    private final FocusPairViewModel focus;
    private final TagManagerViewModel tags;
    private final DisputeMapViewModel disputeMap;
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
    // goes up whenever the whole project is replaced (a project opened, New, a recovery restored)
    private int workspaceGeneration;
    // while opened articles are added: the panels are refreshed once their panes are on screen
    private boolean panelsWaitForFrame;

    /**
     * A workspace whose articles open without highlights worked out ahead: each pane works out its
     * own once shown. For view-model tests, which have no panes.
     */
    public WorkspaceViewModel(AppContext context, TaskRunner runner, CommandStack commands) {
        this(context, runner, commands, PreparedHighlights.Preparer.NONE);
    }

    /**
     * A workspace whose opened articles come with the highlights {@code highlighter} works out in
     * the job that opens them, so that each pane shows its article highlighted from the start.
     */
    public WorkspaceViewModel(AppContext context, TaskRunner runner, CommandStack commands,
                              PreparedHighlights.Preparer highlighter) {
        this.context = context;
        this.opener = new ArticleOpener(context, highlighter);
        this.runner = runner;
        this.commands = commands;
        this.edits = new ProjectEdits(project, commands);
        this.claims = new ClaimsViewModel(project, edits, errors::add);
        this.parties = new PartiesViewModel(project, edits, errors::add);
        this.contradictions = new ContradictionsViewModel(project, edits);
        // made before any view listens: a view that reacts to a selection or an opened article
        // finds the focus already updated
        this.focus = new FocusPairViewModel(project, articles, contradictions, claims, errors::add);
        this.tags = new TagManagerViewModel(project, edits);
        this.disputeMap = new DisputeMapViewModel(project, claims);
        commands.addListener(this::refreshUndoState);
        project.addListener(this::projectChanged);
        claims.linkSourceProperty().addListener((obs, was, now) -> updateIdleStatus());
        refreshUndoState();
    }

    /**
     * Opens {@code files} in the background, keeping their order: read, analysed and highlighted
     * there, then shown in one step; failures go to {@link #errors()}.
     */
    public void openFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ids.add("a" + nextArticle++);
        }
        ProjectState before = project.snapshot();
        int opening = workspaceGeneration;
        track(openingMessage(files.size()), () -> opener.analyse(opener.load(files, ids), before, false),
                addUnlessReplaced(opening, () -> openFiles(files)), this::reportFailure);
    }

    /** Opens the bundled sample articles. */
    public void openSamples() {
        int first = nextArticle;
        nextArticle += SampleArticles.NAMES.size();
        ProjectState before = project.snapshot();
        int opening = workspaceGeneration;
        track("Opening sample articles…", () -> opener.analyse(context.samples().load(first).stream()
                        .map(a -> OpenedFile.loaded(a, List.of())).toList(), before, false),
                addUnlessReplaced(opening, this::openSamples), this::reportFailure);
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

    /** Which articles the window shows: all, or the selected contradiction's pair. */
    public FocusPairViewModel focus() {
        return focus;
    }

    /** The dispute map; the window refreshes it when it is in view. */
    public DisputeMapViewModel disputeMap() {
        return disputeMap;
    }

    public TagManagerViewModel tags() {
        return tags;
    }

    /** Corrects an article's source details as one undoable edit; its pane shows them at once. */
    public void setArticleMeta(String articleId, io.claimdiff.model.ArticleMeta meta) {
        edits.setArticleMeta(articleId, meta);
    }

    /** The source details of an open article as the project has them now (the analyst may have corrected them). */
    public io.claimdiff.model.ArticleMeta articleMeta(String articleId) {
        return project.article(articleId).map(io.claimdiff.model.Article::meta).orElse(io.claimdiff.model.ArticleMeta.NONE);
    }

    /** Puts the open articles in publication order, oldest first (undated last), to read a dispute as it unfolded. */
    public void sortArticlesByDate() {
        // the project's details, which the analyst may have corrected since the article was opened
        List<ArticleViewModel> sorted = SourceDetails.oldestFirst(articles, a -> articleMeta(a.article().id()).published());
        if (!sorted.equals(articles)) {
            articles.setAll(sorted);
        }
    }

    /** The analyst's memo on the whole project; empty when there is none. */
    public String projectMemo() {
        return project.memo();
    }

    /** Sets the project memo, as an undoable edit. */
    public void setProjectMemo(String memo) {
        edits.setProjectMemo(memo);
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

    /** Runs background work for the window's views (a pane's highlights) and reports back on the FX thread. */
    public TaskRunner runner() {
        return runner;
    }

    /**
     * Shows the articles of {@code head}, analysed and compared before the window was up, in one
     * step. Outside a new, empty workspace (whose ids it assumed) it opens the files as usual.
     */
    public void adopt(HeadStart head) {
        if (nextArticle != 1 || !project.articles().isEmpty()) {
            openFiles(head.files());
            return;
        }
        nextArticle += head.ids().size();
        int opening = workspaceGeneration;
        if (head.result().isDone()) {
            // already there (the usual case): the window's first frame can show the articles
            try {
                addOpened(head.result().get());
            } catch (java.util.concurrent.ExecutionException e) {
                reportFailure(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        track(openingMessage(head.files().size()), () -> head.result().get(),
                addUnlessReplaced(opening, () -> openFiles(head.files())), failure -> reportFailure(
                        failure instanceof java.util.concurrent.ExecutionException ? failure.getCause() : failure));
    }

    private static String openingMessage(int files) {
        return "Opening " + files + (files == 1 ? " file" : " files") + "…";
    }

    // Opened articles carry ids handed out when the open began; if another project came in
    // meanwhile (its ids may be these), they are opened again instead of added.
    private java.util.function.Consumer<OpenedArticles> addUnlessReplaced(int opening, Runnable openAgain) {
        return result -> {
            if (opening == workspaceGeneration) {
                addOpened(result);
            } else {
                openAgain.run();
            }
        };
    }

    private void addOpened(OpenedArticles result) {
        Trace.mark("showing " + result.opened().size() + " opened files");
        // the links worked out in the background hold only for a project that had nothing else
        ClaimGraph graph = project.articles().isEmpty() ? result.graph() : null;
        List<ArticleViewModel> added = new ArrayList<>();
        for (OpenedFile file : result.opened()) {
            errors.addAll(file.notes());
            if (file.article() == null) {
                errors.add(file.error());
                continue;
            }
            ArticleViewModel vm = new ArticleViewModel(file.article());
            vm.offerHighlights(result.highlights().get(file.article().id()));
            if (file.analysisError() != null) {
                vm.setAnalysisError(file.analysisError());
                errors.add(file.analysisError());
            }
            added.add(vm);
        }
        // the claims table and the side panels take their rows a frame later: a long article's
        // thousands of rows would otherwise keep its first frame waiting
        panelsWaitForFrame = true;
        try {
            project.batch(() -> {
                ArticleOpener.addTo(project, result.opened(), graph);
                // panes are built here, seeing the whole result: each is highlighted once
                articles.addAll(added);
            });
        } finally {
            panelsWaitForFrame = false;
        }
        runner.afterNextFrame(this::refreshPanels);
        if (graph == null && !added.isEmpty()) {
            compareOnceShown();
        } else if (graph != null) {
            compareGeneration++; // any comparison still under way saw less than this graph did
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

    /** The engine's reading of a selection's paragraph, for the new-claim dialog's guess. */
    public Optional<Claim> readSelection(String articleId, TextSpan span) {
        return project.article(articleId).flatMap(a -> context.analysis().readSelection(a, span));
    }

    /** Shows exactly the articles of {@code state} (an opened project). */
    void load(io.claimdiff.project.ProjectState state) {
        // article ids start again from this project's: results of opens still under way were
        // given ids that may now be taken, so they are opened again when they arrive
        workspaceGeneration++;
        focus.showAll();
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

    // Comparing a long article takes a core for a second or more; it starts once the articles are
    // on screen so that their first frame does not wait for it. It counts as pending meanwhile.
    private void compareOnceShown() {
        begin(COMPARING);
        runner.afterNextFrame(() -> {
            try {
                scheduleCompare();
            } finally {
                end();
            }
        });
    }

    // Compares all claims again; only the newest comparison is applied.
    private void scheduleCompare() {
        int generation = ++compareGeneration;
        List<Article> snapshotArticles = project.articles();
        List<Claim> snapshotClaims = project.currentClaims();
        // opening n articles asks for n comparisons; only the last one's result is used, so the
        // others skip their work when a newer one is already queued
        track(COMPARING, () -> generation == compareGeneration
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
        if (!panelsWaitForFrame) {
            refreshPanels();
        }
        java.util.Map<String, Integer> counts = project.claimCountsByArticle();
        for (ArticleViewModel vm : articles) {
            vm.setClaimCount(counts.getOrDefault(vm.article().id(), 0));
        }
        updateIdleStatus();
    }

    private void refreshPanels() {
        claims.refresh();
        parties.refresh();
        contradictions.refresh();
        tags.refresh();
    }

    private void reportFailure(Throwable failure) {
        errors.add(failure.getMessage() != null ? failure.getMessage() : "Opening failed (" + failure + ")");
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
        Optional<String> marked = claims.markDescription();
        if (marked.isPresent()) {
            status.set(marked.get()); // the mark stays in view until the link is made or cancelled
            return;
        }
        status.set(articles.isEmpty() ? "Ready — open articles with File > Open… or drop them here"
                : count(articles.size(), "article", "articles") + " · " + count(claimCount, "claim", "claims") + " · "
                + count(project.parties().size(), "party", "parties") + " · "
                + count(open, "contradiction", "contradictions"));
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private void refreshUndoState() {
        canUndo.set(commands.canUndo());
        canRedo.set(commands.canRedo());
        undoLabel.set(commands.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoLabel.set(commands.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
    }

}
