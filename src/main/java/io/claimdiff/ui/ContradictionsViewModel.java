package io.claimdiff.ui;

import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectEdits;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/** The contradictions panel (and supports): proposals with score, reason and status; decisions. */
public final class ContradictionsViewModel {

    private final Project project;
    private final ProjectEdits edits;
    private final ObservableList<LinkRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();

    ContradictionsViewModel(Project project, ProjectEdits edits) {
        this.project = project;
        this.edits = edits;
    }

    /** Contradictions then supports; accepted first, then proposed, then rejected. */
    public ObservableList<LinkRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public void select(String linkId) {
        selected.set(linkId != null && project.link(linkId).isPresent() ? linkId : null);
    }

    public Optional<Link> selectedLink() {
        return Optional.ofNullable(selected.get()).flatMap(project::link);
    }

    /** A: accept the selected link. */
    public void acceptSelected() {
        decide(LinkStatus.ACCEPTED);
    }

    /** R: reject the selected link. */
    public void rejectSelected() {
        decide(LinkStatus.REJECTED);
    }

    public void setNote(String note) {
        selectedLink().ifPresent(l -> edits.setLinkNote(l.id(), note));
    }

    /** One-line summary of a claim for the panel: "Party (Speaker): text". */
    public String describe(String claimId) {
        return project.claim(claimId).map(e -> {
            String text = project.article(e.claim().articleId())
                    .map(a -> e.claim().content().end() <= a.text().length() ? e.claim().content().of(a.text()) : "")
                    .orElse("").replaceAll("\\s+", " ").strip();
            return e.claim().party() + " (" + e.claim().speaker() + "): " + text;
        }).orElse(claimId);
    }

    void refresh() {
        List<LinkRow> fresh = java.util.stream.Stream.concat(
                project.links(LinkKind.CONTRADICTS).stream(), project.links(LinkKind.SUPPORTS).stream())
                .map(LinkRow::of).toList();
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
        if (selected.get() != null && project.link(selected.get()).isEmpty()) {
            selected.set(null);
        }
    }

    private void decide(LinkStatus status) {
        selectedLink().ifPresent(l -> edits.setLinkStatus(l.id(), status));
    }
}
