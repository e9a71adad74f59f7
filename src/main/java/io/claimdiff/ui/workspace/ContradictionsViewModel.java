package io.claimdiff.ui.workspace;

import io.claimdiff.project.Clash;
import io.claimdiff.project.Clashes;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.LinkStatus;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectEdits;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The contradictions panel (and supports): proposals with score, reason, status and clash;
 * decisions. The rows are grouped clash by clash, or listed accepted first (see {@link LinkRows}).
 */
public final class ContradictionsViewModel {

    private final Project project;
    private final ProjectEdits edits;
    private final ObservableList<LinkRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private final BooleanProperty groupByClash = new SimpleBooleanProperty(true);
    private Clashes clashes = Clashes.of(List.of(), List.of());

    ContradictionsViewModel(Project project, ProjectEdits edits) {
        this.project = project;
        this.edits = edits;
        groupByClash.addListener((obs, was, now) -> refresh());
    }

    /**
     * Contradictions then supports. Grouped by clash: each clash's links strongest first (accepted
     * before proposed), clashes in label order, then rejected links. Not grouped: accepted first,
     * then proposed, then rejected.
     */
    public ObservableList<LinkRow> rows() {
        return rows;
    }

    /** Whether the rows are grouped clash by clash (on at first). */
    public BooleanProperty groupByClashProperty() {
        return groupByClash;
    }

    /** The articles that carried each side of the link's clash, by title, for a tooltip; empty if none. */
    public String clashSources(String linkId) {
        return clashes.containing(linkId).map(this::sources).orElse("");
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
        List<Link> contradictions = project.links(LinkKind.CONTRADICTS);
        clashes = Clashes.of(project.claims(), contradictions);
        List<LinkRow> fresh = LinkRows.of(contradictions, project.links(LinkKind.SUPPORTS), clashes,
                groupByClash.get());
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
        if (selected.get() != null && project.link(selected.get()).isEmpty()) {
            selected.set(null);
        }
    }

    private String sources(Clash clash) {
        return clash.label() + "\nAsserted in: " + titles(clash.affirmed().articles())
                + "\nDisputed in: " + titles(clash.rejecting().articles());
    }

    private String titles(List<String> articleIds) {
        return articleIds.stream().map(id -> project.article(id).map(a -> a.title().isBlank() ? a.fileName()
                : a.title()).orElse(id)).collect(Collectors.joining("; "));
    }

    private void decide(LinkStatus status) {
        selectedLink().ifPresent(l -> edits.setLinkStatus(l.id(), status));
    }
}
