package io.claimdiff.ui;

import io.claimdiff.app.AppContext;
import io.claimdiff.ingest.ArticleLoadException;
import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.project.CommandStack;
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
 * The state of the main window: open articles, background work, undo/redo availability and
 * the messages the window must show. No controls here, so it is tested without a toolkit.
 */
public final class WorkspaceViewModel {

    private final AppContext context;
    private final TaskRunner runner;
    private final CommandStack commands;
    private final ObservableList<ArticleViewModel> articles = FXCollections.observableArrayList();
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");
    private int nextArticle = 1;

    public WorkspaceViewModel(AppContext context, TaskRunner runner, CommandStack commands) {
        this.context = context;
        this.runner = runner;
        this.commands = commands;
        commands.addListener(this::refreshUndoState);
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
        begin("Opening " + files.size() + (files.size() == 1 ? " file" : " files") + "…");
        runner.run("open files", () -> loadAll(files, ids), this::addLoaded, this::reportFailure);
    }

    /** Opens the bundled sample articles. */
    public void openSamples() {
        int first = nextArticle;
        nextArticle += io.claimdiff.app.SampleArticles.NAMES.size();
        begin("Opening sample articles…");
        runner.run("open samples",
                () -> context.samples().load(first).stream().map(LoadOutcome::ok).toList(),
                this::addLoaded, this::reportFailure);
    }

    /** Closes one article; the others stay as they are. */
    public void close(ArticleViewModel article) {
        articles.remove(article);
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

    /** Problems to show the analyst, oldest first; each names the file and what is wrong. */
    public ObservableList<String> errors() {
        return errors;
    }

    /** Background jobs still running; 0 when everything shown is loaded and analysed. */
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
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

    private List<LoadOutcome> loadAll(List<Path> files, List<String> ids) {
        List<LoadOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                outcomes.add(LoadOutcome.ok(context.loader().load(files.get(i), ids.get(i))));
            } catch (ArticleLoadException e) {
                outcomes.add(LoadOutcome.failed(e.getMessage()));
            } catch (RuntimeException e) {
                outcomes.add(LoadOutcome.failed(files.get(i) + ": cannot be opened (" + e + ")"));
            }
        }
        return outcomes;
    }

    private void addLoaded(List<LoadOutcome> outcomes) {
        for (LoadOutcome outcome : outcomes) {
            if (outcome.article() != null) {
                ArticleViewModel vm = new ArticleViewModel(outcome.article());
                articles.add(vm);
                analyse(vm);
            } else {
                errors.add(outcome.error());
            }
        }
        end();
    }

    private void analyse(ArticleViewModel vm) {
        begin("Analysing " + vm.fileName() + "…");
        Article article = vm.article();
        runner.run("analyse " + article.fileName(), () -> context.analysis().extract(article),
                (List<Claim> claims) -> {
                    vm.setClaims(claims);
                    end();
                },
                failure -> {
                    vm.setAnalysisError(article.fileName() + ": analysis failed (" + failure + ")");
                    errors.add(article.fileName() + ": analysis failed (" + failure + ")");
                    end();
                });
    }

    private void reportFailure(Throwable failure) {
        errors.add(String.valueOf(failure.getMessage()));
        end();
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
        int claims = articles.stream().mapToInt(a -> a.claimsProperty().get().size()).sum();
        status.set(articles.isEmpty() ? "Ready — open articles with File > Open… or drop them here"
                : articles.size() + (articles.size() == 1 ? " article" : " articles") + " · " + claims + " claims");
    }

    private void refreshUndoState() {
        canUndo.set(commands.canUndo());
        canRedo.set(commands.canRedo());
        undoLabel.set(commands.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoLabel.set(commands.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
    }

    /** The result of loading one file: an article or an error message. */
    record LoadOutcome(Article article, String error) {
        static LoadOutcome ok(Article article) {
            return new LoadOutcome(article, null);
        }

        static LoadOutcome failed(String error) {
            return new LoadOutcome(null, error);
        }
    }
}
