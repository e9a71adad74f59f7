package io.claimdiff.ui.workspace;

import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Link;
import io.claimdiff.project.Project;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * "Focus the pair": the window shows only the articles of the selected contradiction's two claims
 * (one, when both are in the same article) side by side; the other articles stay open, hidden.
 * While focused, selecting another contradiction moves the focus to its pair; opening an article,
 * or selecting a claim or finding text in a hidden one, shows every article again.
 */
public final class FocusPairViewModel {

    private final Project project;
    private final ObservableList<ArticleViewModel> articles;
    private final ContradictionsViewModel links;
    private final Consumer<String> problems;
    private final ReadOnlyObjectWrapper<List<String>> pair = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper focused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper hidden = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Set<String> open = new HashSet<>();

    FocusPairViewModel(Project project, ObservableList<ArticleViewModel> articles, ContradictionsViewModel links,
                       ClaimsViewModel claims, Consumer<String> problems) {
        this.project = project;
        this.articles = articles;
        this.links = links;
        this.problems = problems;
        articles.addListener((ListChangeListener<ArticleViewModel>) change -> articlesChanged());
        links.selectedProperty().addListener((obs, was, id) -> {
            if (isFocused()) {
                links.selectedLink().map(this::articlesOf).filter(ids -> !ids.isEmpty()).ifPresent(this::show);
            }
        });
        claims.selectedProperty().addListener((obs, was, id) -> Optional.ofNullable(id).flatMap(project::claim)
                .ifPresent(entry -> reveal(entry.claim().articleId())));
        open = openIds();
    }

    /** P: focuses the selected contradiction's pair, or shows every article again. */
    public void toggle() {
        if (isFocused()) {
            showAll();
            return;
        }
        Optional<Link> link = links.selectedLink();
        if (link.isEmpty()) {
            problems.accept("Select a contradiction first (Contradictions & supports), then focus its pair with P.");
            return;
        }
        List<String> ids = articlesOf(link.get());
        if (!ids.isEmpty()) {
            show(ids);
        }
    }

    /** Esc: every open article is shown again. */
    public void showAll() {
        show(List.of());
    }

    /** Shows every article again if {@code articleId} is one of the hidden ones. */
    public void reveal(String articleId) {
        if (!isShown(articleId)) {
            showAll();
        }
    }

    /** Whether the article's pane is shown: always, unless a pair without it is focused. */
    public boolean isShown(String articleId) {
        return pair.get().isEmpty() || pair.get().contains(articleId);
    }

    /** The focused pair's article ids, left to right; empty when every article is shown. */
    public ReadOnlyObjectProperty<List<String>> pairProperty() {
        return pair.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public boolean isFocused() {
        return focused.get();
    }

    /** How many open articles the focus hides. */
    public ReadOnlyIntegerProperty hiddenProperty() {
        return hidden.getReadOnlyProperty();
    }

    /** What the status bar says while a pair is focused; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void articlesChanged() {
        Set<String> now = openIds();
        boolean opened = !open.containsAll(now);
        open = now;
        // a newly opened article is to be seen; a reloaded one keeps its id and the focus
        List<String> left = pair.get().stream().filter(now::contains).toList();
        show(opened ? List.of() : left);
    }

    // the pair last: whoever lays out the panes on its change finds the rest already updated
    private void show(List<String> ids) {
        int others = (int) articles.stream().filter(a -> !ids.contains(a.article().id())).count();
        hidden.set(ids.isEmpty() ? 0 : others);
        message.set(ids.isEmpty() ? "" : describe(ids.size(), others));
        focused.set(!ids.isEmpty());
        pair.set(List.copyOf(ids));
    }

    private static String describe(int shown, int others) {
        String what = shown == 1 ? "Focused on the pair's article" : "Focused on the pair";
        String rest = others == 0 ? "no other article open"
                : others + (others == 1 ? " other article hidden" : " other articles hidden");
        return what + " · " + rest + " · P or Esc shows all";
    }

    // both sides' articles, in the order the window shows them
    private List<String> articlesOf(Link link) {
        Set<String> sides = new HashSet<>();
        for (String claimId : List.of(link.a(), link.b())) {
            project.claim(claimId).map(ClaimEntry::claim).ifPresent(c -> sides.add(c.articleId()));
        }
        return articles.stream().map(a -> a.article().id()).filter(sides::contains).toList();
    }

    private Set<String> openIds() {
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> ids.add(a.article().id()));
        return ids;
    }
}
