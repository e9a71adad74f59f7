package io.claimdiff.ui.workspace;

import io.claimdiff.project.Party;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectEdits;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/** The parties panel: each party with colour and claim count, and the analyst's party edits. */
public final class PartiesViewModel {

    private final Project project;
    private final ProjectEdits edits;
    private final Consumer<String> problems;
    private final ObservableList<PartyRow> rows = FXCollections.observableArrayList();

    PartiesViewModel(Project project, ProjectEdits edits, Consumer<String> problems) {
        this.project = project;
        this.edits = edits;
        this.problems = problems;
    }

    /** Parties with at least one claim or chosen by the analyst, most claims first. */
    public ObservableList<PartyRow> rows() {
        return rows;
    }

    public void setHidden(String party, boolean hidden) {
        edits.setPartyHidden(party, hidden);
    }

    public void recolour(String party, String colour) {
        edits.recolourParty(party, colour);
    }

    public void rename(String party, String newName) {
        try {
            edits.renameParty(party, newName);
        } catch (IllegalArgumentException e) {
            problems.accept(e.getMessage());
        }
    }

    public void merge(String from, String into) {
        edits.mergeParties(from, into);
    }

    public void moveSpeaker(String speaker, String party) {
        if (party == null || party.isBlank()) {
            return;
        }
        edits.moveSpeaker(speaker, party.strip());
    }

    /** Speakers currently in {@code party}. */
    public List<String> speakersOf(String party) {
        return project.claims().stream().filter(e -> e.claim().party().equals(party))
                .map(e -> e.claim().speaker()).distinct().sorted().toList();
    }

    void refresh() {
        // one pass over the claims, not one per party: a long article has thousands of claims
        java.util.Map<String, Integer> counts = project.claimCountsByParty();
        List<PartyRow> fresh = project.parties().stream()
                .map(p -> new PartyRow(p.name(), p.colour(), counts.getOrDefault(p.name(), 0), p.hidden()))
                .filter(r -> r.claims() > 0)
                .sorted(java.util.Comparator.comparingInt(PartyRow::claims).reversed().thenComparing(PartyRow::name))
                .toList();
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
    }

    /** The colour of {@code party}, for panes and the table. */
    public String colourOf(String party) {
        return project.party(party).map(Party::colour).orElse("#7f7f7f");
    }
}
