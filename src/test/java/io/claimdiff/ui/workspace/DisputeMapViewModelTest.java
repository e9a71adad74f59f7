package io.claimdiff.ui.workspace;

import io.claimdiff.model.Stance;
import io.claimdiff.project.CommandStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's dispute map without a toolkit: rows, columns, cell texts, the filter, a click. */
class DisputeMapViewModelTest {

    private final WorkspaceViewModel vm = new WorkspaceViewModel(FakeEngine.context(), TaskRunner.direct(), new CommandStack());

    @TempDir
    Path dir;

    @BeforeEach
    void open() throws Exception {
        vm.openFiles(List.of(Files.writeString(dir.resolve("talks.txt"),
                "Talks\n\nEmmanuel Macron said Putin promised calm. Dmitry Peskov denied any deal.\n")));
    }

    @Test
    void aClashIsTwoRowsWithEachPartyInItsStance() {
        DisputeMapViewModel map = vm.disputeMap();
        map.refresh();
        assertEquals(2, map.rows().size());
        assertEquals(List.of("Macron", "Peskov"), map.parties().stream().sorted().toList());
        DisputeMapViewModel.MapRow affirmed = map.rows().get(0);
        DisputeMapViewModel.MapRow rejecting = map.rows().get(1);
        assertEquals("asserts · 1 · 1 outlet", affirmed.cellText("Macron"));
        assertEquals(Optional.of(Stance.DENY), rejecting.stance("Peskov"));
        assertEquals("", affirmed.cellText("Peskov"));
    }

    @Test
    void aClickSelectsTheStatementAndTheFilterFollowsTheAnalystsDecisions() {
        DisputeMapViewModel map = vm.disputeMap();
        map.refresh();
        assertEquals(List.of("a1-c2"), map.select(map.rows().get(1), "Peskov"));
        assertEquals("a1-c2", vm.claims().selectedProperty().get());
        map.acceptedOnlyProperty().set(true);
        assertTrue(map.rows().isEmpty(), "nothing accepted yet");
        vm.contradictions().select(vm.contradictions().rows().get(0).id());
        vm.contradictions().acceptSelected();
        map.refresh();
        assertEquals(2, map.rows().size());
    }

    @Test
    void filtersNarrowTheMapAndTheTimelineSelectsAStatement() {
        DisputeMapViewModel map = vm.disputeMap();
        map.refresh();
        assertEquals(2, map.timeline().size());
        assertEquals(0, map.hiddenPartiesProperty().get());
        map.partyProperty().set("Peskov");
        assertEquals(List.of("Peskov"), List.copyOf(map.parties()));
        assertEquals(List.of("Macron", "Peskov"), map.allParties().stream().sorted().toList(), "the filter still offers all");
        map.partyProperty().set("");
        map.stanceProperty().set(Stance.ASSERT);
        assertEquals(List.of("Macron"), List.copyOf(map.parties()));
        map.stanceProperty().set(null);
        map.tagProperty().set("check");
        assertTrue(map.rows().isEmpty(), "no statement carries the tag");
        map.tagProperty().set("");
        map.select(map.timeline().get(0));
        assertEquals(map.timeline().get(0).claimId(), vm.claims().selectedProperty().get());
        assertTrue(DisputeMapViewModel.describe(map.timeline().get(0)).startsWith("undated · A1 · Macron asserts: "));
    }
}
