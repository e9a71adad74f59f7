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
    private DisputeMap shown;

    DisputeMapViewModel(Project project, ClaimsViewModel claims) {
        this.project = project;
        this.claims = claims;
        acceptedOnly.addListener((obs, was, now) -> refresh());
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
        DisputeMap map = DisputeMap.of(project.snapshot(), DisputeMap.Filter.acceptedOnly(acceptedOnly.get()));
        if (map.equals(shown)) {
            return;
        }
        shown = map;
        if (!parties.equals(map.parties())) {
            parties.setAll(map.parties());
        }
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

    static String verb(Stance stance) {
        return switch (stance) {
            case ASSERT -> "asserts";
            case DENY -> "denies";
            case CONFIRM -> "confirms";
            case DECLINE -> "declines";
        };
    }
}
