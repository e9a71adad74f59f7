package io.claimdiff.ui.view;

import io.claimdiff.model.Claim;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.LinkKind;
import io.claimdiff.ui.workspace.ClaimRow;
import io.claimdiff.ui.workspace.WorkspaceViewModel;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

import java.util.Optional;

/** The analyst's actions that need a dialog or the current pane; menus and keys call these. */
final class WorkspaceActions {

    private final WorkspaceViewModel vm;
    private final MainWindow window;

    WorkspaceActions(WorkspaceViewModel vm, MainWindow window) {
        this.vm = vm;
        this.window = window;
    }

    /** Whether the analyst is typing in a text field, where single-key shortcuts must not fire. */
    boolean typing() {
        if (window.root().getScene() == null) {
            return false;
        }
        Node focus = window.root().getScene().getFocusOwner();
        return focus instanceof TextInputControl;
    }

    /** Runs a single-key action unless the analyst is typing. */
    void key(Runnable action) {
        if (!typing()) {
            action.run();
        }
    }

    void newClaimFromSelection() {
        Optional<ArticlePane> pane = window.currentPane();
        Optional<TextSpan> span = window.currentSelection();
        if (pane.isEmpty() || span.isEmpty()) {
            vm.errors().add("Select the statement's text in an article first, then choose New claim.");
            return;
        }
        String articleId = pane.get().article().article().id();
        Claim guess = vm.claims().guessFor(articleId, span.get(), vm.readSelection(articleId, span.get()));
        String excerpt = span.get().of(pane.get().article().article().text());
        ClaimDialog.show("New claim", excerpt, guess.speaker(), guess.party(), guess.stance(),
                        vm.claims().speakers(), vm.claims().partyNames())
                .ifPresent(r -> {
                    vm.claims().create(articleId, span.get(), r.speaker(), r.party(), r.stance());
                    // the selection would hide the new highlight under it
                    pane.get().textArea().deselect();
                });
    }

    /**
     * Ctrl+C: the text selected in an article pane, as any editor copies it; else the selected claim
     * with its source, ready to paste into a note or a draft.
     */
    void copy() {
        Optional<String> selectedText = window.currentPane().filter(p -> p.textArea().isFocused())
                .map(p -> p.textArea().getSelectedText()).filter(t -> !t.isEmpty());
        Optional<String> text = selectedText.or(() -> vm.claims().copyText());
        if (text.isEmpty()) {
            vm.errors().add("Select a claim (J/K or click it) or some text first, then copy.");
            return;
        }
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text.get());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    void editClaim() {
        vm.claims().selectedEntry().ifPresent(entry -> {
            Claim c = entry.claim();
            ClaimDialog.show("Edit claim", excerpt(c), c.speaker(), c.party(), c.stance(), vm.claims().speakers(),
                    vm.claims().partyNames()).ifPresent(r -> vm.claims().editSelected(r.speaker(), r.party(), r.stance()));
        });
    }

    /** Sets the selected claim's span to the current text selection. */
    void spanFromSelection() {
        window.currentSelection().ifPresent(vm.claims()::editSelectedSpan);
    }

    void tag() {
        if (vm.claims().selectedEntry().isEmpty()) {
            vm.errors().add("Select a claim first (J/K or click it), then tag it.");
            return;
        }
        TagDialog.show(vm.claims().tags()).ifPresent(vm.claims()::toggleTag);
    }

    void claimNote() {
        if (vm.claims().selectedEntry().isEmpty()) {
            vm.errors().add("Select a claim first (J/K or click it), then write its note.");
            return;
        }
        vm.claims().selectedEntry().ifPresent(entry -> {
            Claim c = entry.claim();
            String excerpt = ClaimRow.oneLine(excerpt(c));
            MemoDialog.show(owner(), "Note", "Note on " + c.speaker() + ": “"
                    + (excerpt.length() > 120 ? excerpt.substring(0, 119) + "…" : excerpt) + "”", entry.note())
                    .ifPresent(vm.claims()::setNote);
        });
    }

    /** Links > Note…: the selected contradiction's (or support's) note. */
    void linkNote() {
        if (vm.contradictions().selectedLink().isEmpty()) {
            vm.errors().add("Select a contradiction first (click it in the panel), then write its note.");
            return;
        }
        ContradictionsPanel.editNote(vm.contradictions(), owner());
    }

    /** File > Project memo…: the analyst's memo on the whole project. */
    void projectMemo() {
        MemoDialog.show(owner(), "Project memo", "Memo on this project: the question, sources, what is still open",
                vm.projectMemo()).ifPresent(vm::setProjectMemo);
    }

    /** Claim > Manage tags…: every tag with its count; rename, merge, colour, delete. */
    void manageTags() {
        TagManagerDialog.show(vm.tags(), vm::undo, vm::redo, owner());
    }

    void link(LinkKind kind) {
        vm.claims().linkWithMarked(kind).ifPresent(vm.contradictions()::select);
    }

    /** File > Source details…: corrects the current article's outlet, day, authors and address. */
    void editSourceDetails() {
        window.currentArticle().ifPresent(a -> SourceDetailsDialog.show(window.root().getScene().getWindow(),
                a.fileName(), vm.articleMeta(a.article().id()))
                .ifPresent(meta -> vm.setArticleMeta(a.article().id(), meta)));
    }

    void find() {
        window.findBar().showBar();
    }

    private javafx.stage.Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }

    private String excerpt(Claim c) {
        return vm.project().article(c.articleId()).map(a -> c.content().of(a.text())).orElse("");
    }
}
