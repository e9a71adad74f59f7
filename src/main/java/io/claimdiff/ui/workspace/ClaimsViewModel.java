package io.claimdiff.ui.workspace;

import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.LinkKind;
import io.claimdiff.project.Project;
import io.claimdiff.project.ProjectEdits;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The claims of all open articles: the table's rows and filter, the selected claim, keyboard
 * navigation, and the analyst's edits on the selected claim.
 */
public final class ClaimsViewModel {

    private final Project project;
    private final ProjectEdits edits;
    private final Consumer<String> problems;
    private final ObservableList<ClaimRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ClaimRow> visible = new FilteredList<>(rows, r -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper linkSource = new ReadOnlyStringWrapper();
    private static final int MAX_TITLE = 120;
    // rows of the last refresh by claim entry (immutable, replaced on every change to a claim):
    // a project change rebuilds only the rows of the claims it touched
    private Map<ClaimEntry, CachedRow> rowCache = new IdentityHashMap<>();

    private record CachedRow(io.claimdiff.model.Article article, ClaimRow row) {
    }

    ClaimsViewModel(Project project, ProjectEdits edits, Consumer<String> problems) {
        this.project = project;
        this.edits = edits;
        this.problems = problems;
        filter.addListener((obs, was, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            visible.setPredicate(r -> r.matches(needle));
        });
    }

    /** Rows after the free-text filter, in article and text order. */
    public ObservableList<ClaimRow> visibleRows() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The selected claim's id, or null. */
    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The claim marked as the first end of a link, or null. */
    public ReadOnlyStringProperty linkSourceProperty() {
        return linkSource.getReadOnlyProperty();
    }

    public Optional<ClaimEntry> selectedEntry() {
        return Optional.ofNullable(selected.get()).flatMap(project::claim);
    }

    public void select(String claimId) {
        selected.set(claimId != null && project.claim(claimId).isPresent() ? claimId : null);
    }

    /** The claim whose content covers {@code offset} in the article, narrowest first. */
    public Optional<String> claimAt(String articleId, int offset) {
        return project.claimsOf(articleId).stream()
                .filter(e -> e.claim().content().contains(offset)
                        || (e.claim().cue() != null && e.claim().cue().contains(offset)))
                .min(Comparator.comparingInt(e -> e.claim().content().length()))
                .map(ClaimEntry::id);
    }

    /** J: the next visible claim (the first when none is selected). */
    public void next() {
        step(1);
    }

    /** K: the previous visible claim. */
    public void previous() {
        step(-1);
    }

    public void toggleTag(String tag) {
        selectedId().ifPresent(id -> edits.toggleTag(id, tag));
    }

    /** 1-9: toggles the project's n-th tag (sorted) on the selected claim. */
    public void toggleTagNumber(int n) {
        List<String> tags = project.tags();
        if (n < 1 || n > tags.size()) {
            problems.accept("No tag " + n + " yet: the project has " + tags.size()
                    + " tags. Press T to type a new one.");
            return;
        }
        toggleTag(tags.get(n - 1));
    }

    public void setNote(String note) {
        selectedId().ifPresent(id -> edits.setNote(id, note));
    }

    public void editSelected(String speaker, String party, Stance stance) {
        selectedId().ifPresent(id -> edits.editAttribution(id, speaker.strip(), party.strip(), stance));
    }

    public void editSelectedSpan(TextSpan span) {
        selectedId().ifPresent(id -> edits.editSpan(id, span));
    }

    public void deleteSelected() {
        selectedId().ifPresent(id -> {
            int index = indexOf(id);
            edits.deleteClaim(id);
            if (!visible.isEmpty()) {
                selected.set(visible.get(Math.min(Math.max(index, 0), visible.size() - 1)).id());
            } else {
                selected.set(null);
            }
        });
    }

    /**
     * The engine's best guess for a claim over {@code span}: the claim it overlaps, else the
     * nearest claim before it in the article; "Unknown" when there is none.
     */
    public Claim guessFor(String articleId, TextSpan span) {
        return guessFor(articleId, span, Optional.empty());
    }

    /**
     * As {@link #guessFor(String, TextSpan)}, with the engine's own reading of the selection's
     * paragraph ({@code engineReading}) ranked after a claim that overlaps it (which carries the
     * analyst's corrections) and before the nearest claim above it.
     */
    public Claim guessFor(String articleId, TextSpan span, Optional<Claim> engineReading) {
        List<ClaimEntry> inArticle = project.claimsOf(articleId);
        Optional<Claim> overlap = inArticle.stream().filter(e -> e.claim().content().overlaps(span)).findFirst()
                .map(ClaimEntry::claim).or(() -> engineReading);
        Optional<Claim> before = inArticle.stream().filter(e -> e.claim().content().start() <= span.start())
                .reduce((a, b) -> b).map(ClaimEntry::claim);
        Optional<Claim> guess = overlap.or(() -> before);
        String speaker = guess.map(Claim::speaker).orElse("Unknown");
        String party = guess.map(Claim::party).orElse("Unknown");
        Stance stance = overlap.map(Claim::stance).orElse(Stance.ASSERT);
        return new Claim("", articleId, span, new TextSpan(span.start(), span.start()), null, speaker, party, stance,
                "analyst", 1.0);
    }

    /** Creates the analyst's claim and selects it. */
    public String create(String articleId, TextSpan span, String speaker, String party, Stance stance) {
        String id = edits.addClaim(articleId, span, speaker.strip(), party.strip(), stance);
        select(id);
        return id;
    }

    /** L: marks the selected claim as one end of a link. */
    public void markForLink() {
        linkSource.set(selected.get());
    }

    /**
     * The selected claim as an analyst pastes it: its words in quotation marks, then who said it,
     * the side and the stance, then the article it comes from.
     */
    public Optional<String> copyText() {
        return selectedEntry().flatMap(e -> project.article(e.claim().articleId()).map(a -> {
            Claim c = e.claim();
            String words = c.content().of(a.text()).strip();
            // a first sentence taken for a title is no name to cite; the file's name is
            String title = a.title() == null || a.title().isBlank() || a.title().length() > MAX_TITLE
                    || a.title().strip().contains(". ") ? a.fileName() : a.title().strip();
            return "“" + words + "” — " + c.speaker() + " (" + c.party() + "), " + c.stance().id() + ". Source: "
                    + title + (title.equals(a.fileName()) ? "" : " (" + a.fileName() + ")");
        }));
    }

    /** Esc: forgets the claim marked for linking. */
    public void cancelMark() {
        linkSource.set(null);
    }

    /**
     * What the status bar says while a claim is marked ("Marked for linking: Peskov — “a pure
     * invention”…"), or empty.
     */
    public Optional<String> markDescription() {
        return Optional.ofNullable(linkSource.get()).flatMap(project::claim).map(e -> {
            String words = project.article(e.claim().articleId()).map(a -> e.claim().content().of(a.text()))
                    .orElse("").strip();
            return "Marked for linking: " + e.claim().speaker() + " — “" + (words.length() > 60
                    ? words.substring(0, 59) + "…" : words) + "”. Select the other claim: X contradiction · "
                    + "S support · Esc cancels";
        });
    }

    /** Links the marked claim with the selected one; returns the link id if made. */
    public Optional<String> linkWithMarked(LinkKind kind) {
        String a = linkSource.get();
        String b = selected.get();
        if (a == null || b == null || a.equals(b) || project.claim(a).isEmpty()) {
            problems.accept("To link two claims: select one and press L, then select the other and link.");
            return Optional.empty();
        }
        String id = edits.linkClaims(kind, a, b);
        linkSource.set(null);
        return Optional.of(id);
    }

    public List<String> speakers() {
        return project.claims().stream().map(e -> e.claim().speaker()).distinct().sorted().toList();
    }

    public List<String> partyNames() {
        return project.parties().stream().map(p -> p.name()).toList();
    }

    public List<String> tags() {
        return project.tags();
    }

    void refresh() {
        Map<ClaimEntry, CachedRow> cache = new IdentityHashMap<>();
        List<ClaimRow> fresh = new java.util.ArrayList<>();
        for (ClaimEntry e : project.claims()) {
            io.claimdiff.model.Article article = project.article(e.claim().articleId()).orElse(null);
            CachedRow cached = rowCache.get(e);
            ClaimRow row = cached != null && cached.article() == article ? cached.row() : ClaimRow.of(e, article);
            cache.put(e, new CachedRow(article, row));
            fresh.add(row);
        }
        rowCache = cache;
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
        if (selected.get() != null && project.claim(selected.get()).isEmpty()) {
            selected.set(null);
        }
        if (linkSource.get() != null && project.claim(linkSource.get()).isEmpty()) {
            linkSource.set(null);
        }
    }

    private Optional<String> selectedId() {
        return Optional.ofNullable(selected.get()).filter(id -> project.claim(id).isPresent());
    }

    private int indexOf(String id) {
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void step(int direction) {
        if (visible.isEmpty()) {
            return;
        }
        int at = selected.get() == null ? -1 : indexOf(selected.get());
        int next = at < 0 ? (direction > 0 ? 0 : visible.size() - 1)
                : Math.floorMod(at + direction, visible.size());
        selected.set(visible.get(next).id());
    }
}
