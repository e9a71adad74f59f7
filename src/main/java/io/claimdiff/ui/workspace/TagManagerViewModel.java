package io.claimdiff.ui.workspace;

import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectEdits;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;

/**
 * The tag manager: every tag with its colour and claim count, and the analyst's edits on a tag
 * across all claims (rename, merge, colour, delete), each one undoable step. What the last action
 * did, or why it was refused, is in {@link #messageProperty()}.
 */
public final class TagManagerViewModel {

    private final Project project;
    private final ProjectEdits edits;
    private final ObservableList<TagRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    TagManagerViewModel(Project project, ProjectEdits edits) {
        this.project = project;
        this.edits = edits;
    }

    /** Every tag, sorted ignoring case, with those only coloured (no claim carries them) at 0. */
    public ObservableList<TagRow> rows() {
        return rows;
    }

    /** What the last action did, or why it was refused; empty before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Renames {@code tag} on every claim; returns false, with the reason in the message, when refused. */
    public boolean rename(String tag, String newName) {
        String clean = newName == null ? "" : newName.strip();
        if (clean.isEmpty()) {
            message.set("A tag needs a name.");
            return false;
        }
        if (clean.equals(tag)) {
            return true;
        }
        int claims = count(tag);
        try {
            edits.renameTag(tag, clean);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        message.set("Renamed “" + tag + "” to “" + clean + "” on " + claims(claims) + ".");
        return true;
    }

    /** Puts {@code into} on every claim tagged {@code from} (once) and removes {@code from}. */
    public void merge(String from, String into) {
        Map<String, Integer> counts = project.tagCounts();
        if (from.equalsIgnoreCase(into) || !counts.containsKey(from) || !counts.containsKey(into)) {
            return;
        }
        edits.mergeTags(from, into);
        message.set("Merged “" + from + "” into “" + into + "”, now on " + claims(count(into)) + ".");
    }

    /** Gives {@code tag} the colour {@code #rrggbb}. */
    public void recolour(String tag, String colour) {
        edits.recolourTag(tag, colour);
        message.set("");
    }

    /** Removes {@code tag} from every claim. */
    public void delete(String tag) {
        int claims = count(tag);
        edits.deleteTag(tag);
        message.set("Deleted “" + tag + "” from " + claims(claims) + "; Ctrl+Z brings it back.");
    }

    /** The tags {@code tag} can be merged into. */
    public List<String> mergeTargets(String tag) {
        return rows.stream().map(TagRow::name).filter(n -> !n.equalsIgnoreCase(tag)).toList();
    }

    void refresh() {
        Map<String, Integer> counts = project.tagCounts();
        List<TagRow> fresh = counts.entrySet().stream()
                .map(t -> new TagRow(t.getKey(), project.tagColour(t.getKey()).orElse(""), t.getValue()))
                .toList();
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
    }

    private int count(String tag) {
        return project.tagCounts().getOrDefault(tag, 0);
    }

    private static String claims(int n) {
        return n + (n == 1 ? " claim" : " claims");
    }
}
