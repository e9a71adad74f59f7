package io.claimdiff.ui.workspace;

import io.claimdiff.model.Stance;
import io.claimdiff.project.DisputeMap;
import io.claimdiff.project.Project;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

import static io.claimdiff.export.DisputeMapSvg.verb;

/**
 * The window's dispute map (issue 19): {@link DisputeMap}'s rows and party columns kept up to date
 * with every edit, an "accepted only" filter, and a click on a cell selecting its statements.
 */
public final class DisputeMapViewModel {

    /** One row as the table shows it. */
    public record MapRow(String clash, boolean affirmed, String gist, DisputeMap.Row row) {
        /** What the cell of {@code party} says ("denies · 3 · 2 outlets"), or empty. */
        public String cellText(String party) {
            DisputeMap.Cell c = row.cells().get(party);
            return c == null ? "" : verb(c.main()) + " · " + c.claims().size() + " · " + c.outlets()
                    + (c.outlets() == 1 ? " outlet" : " outlets");
        }

        /** The main stance of {@code party}'s cell, if it has one. */
        public Optional<Stance> stance(String party) {
            return Optional.ofNullable(row.cells().get(party)).map(DisputeMap.Cell::main);
        }
    }

    private final Project project;
    private final ClaimsViewModel claims;
    private final ObservableList<MapRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> parties = FXCollections.observableArrayList();
    private final BooleanProperty acceptedOnly = new SimpleBooleanProperty();
    private final javafx.beans.property.StringProperty party = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.StringProperty tag = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<Stance> stance = new javafx.beans.property.SimpleObjectProperty<>();
    private final ObservableList<DisputeMap.Moment> timeline = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyIntegerWrapper hiddenParties = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ObservableList<String> allParties = FXCollections.observableArrayList();
    private DisputeMap shown;

    DisputeMapViewModel(Project project, ClaimsViewModel claims) {
        this.project = project;
        this.claims = claims;
        acceptedOnly.addListener((obs, was, now) -> refresh());
        party.addListener((obs, was, now) -> refresh());
        tag.addListener((obs, was, now) -> refresh());
        stance.addListener((obs, was, now) -> refresh());
    }

    /** Only this party's statements ("" for every party). */
    public javafx.beans.property.StringProperty partyProperty() {
        return party;
    }

    /** Only statements with this tag ("" for any). */
    public javafx.beans.property.StringProperty tagProperty() {
        return tag;
    }

    /** Only statements of this stance (null for any). */
    public javafx.beans.property.ObjectProperty<Stance> stanceProperty() {
        return stance;
    }

    /** The statements of the rows in the order their articles came out; a click selects one. */
    public ObservableList<DisputeMap.Moment> timeline() {
        return timeline;
    }

    /** Every party with a statement in the map, for the party filter (the columns may leave minor ones out). */
    public ObservableList<String> allParties() {
        return allParties;
    }

    /** How many minor parties the columns leave out. */
    public javafx.beans.property.ReadOnlyIntegerProperty hiddenPartiesProperty() {
        return hiddenParties.getReadOnlyProperty();
    }

    /** A click on the timeline: selects the statement. */
    public void select(DisputeMap.Moment moment) {
        claims.select(moment.claimId());
    }

    /** What the line of the timeline says of {@code m}. */
    public static String describe(DisputeMap.Moment m) {
        return (m.day() == null ? "undated" : m.day().toString()) + " · " + m.articleId().toUpperCase(java.util.Locale.ROOT)
                + " · " + m.party() + " " + verb(m.stance()) + ": " + m.gist();
    }

    public ObservableList<MapRow> rows() {
        return rows;
    }

    /** The party columns, most statements first. */
    public ObservableList<String> parties() {
        return parties;
    }

    public BooleanProperty acceptedOnlyProperty() {
        return acceptedOnly;
    }

    /** Works the map out again (after any change to the project). */
    public void refresh() {
        DisputeMap.Filter filter = new DisputeMap.Filter(party.get() == null || party.get().isEmpty() ? java.util.Set.of()
                : java.util.Set.of(party.get()), tag.get() == null ? "" : tag.get().strip(),
                stance.get() == null ? java.util.Set.of() : java.util.Set.of(stance.get()), acceptedOnly.get());
        DisputeMap map = DisputeMap.of(project.snapshot(), filter);
        if (map.equals(shown)) {
            return;
        }
        shown = map;
        // minor parties collapse as in the report: every row's leading party, then the biggest, twelve at most
        List<String> columns = io.claimdiff.export.DisputeMapSvg.shownParties(map);
        hiddenParties.set(map.parties().size() - columns.size());
        if (!parties.equals(columns)) {
            parties.setAll(columns);
        }
        if (party.get() == null || party.get().isEmpty()) {
            allParties.setAll(map.parties());
        }
        timeline.setAll(map.timeline());
        rows.setAll(map.rows().stream().map(r -> new MapRow(r.clash(), r.affirmed(), r.gist(), r)).toList());
    }

    /** A click on a cell: selects the first of the party's statements there; returns them all. */
    public List<String> select(MapRow row, String party) {
        DisputeMap.Cell cell = row.row().cells().get(party);
        if (cell == null || cell.claims().isEmpty()) {
            return List.of();
        }
        claims.select(cell.claims().get(0));
        return cell.claims();
    }
}
