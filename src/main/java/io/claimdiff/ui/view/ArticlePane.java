package io.claimdiff.ui.view;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.ui.workspace.ArticleViewModel;
import io.claimdiff.ui.workspace.HighlightInputs;
import io.claimdiff.ui.workspace.PreparedHighlights;
import io.claimdiff.ui.workspace.SourceDetails;
import io.claimdiff.ui.workspace.TagMarks;
import io.claimdiff.ui.workspace.WorkspaceViewModel;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;

import java.time.Duration;
import java.util.Optional;

/**
 * One article: a header (title, file name, claim count, close button) over a read-only,
 * word-wrapped text area whose highlights come from the engine's spans.
 */
public final class ArticlePane extends VBox {

    private final ArticleViewModel article;
    private final WorkspaceViewModel workspace;
    private final InlineCssTextArea textArea;
    private final Popup hover = new Popup();
    private final Label hoverLabel = new Label();
    private int highlightGeneration;
    /** The styles the area shows: what a restyle is compared with, so that only a change is applied. */
    private StyleSpans<String> shown;
    private HighlightInputs requested;
    private boolean highlighted;

    ArticlePane(ArticleViewModel article, WorkspaceViewModel workspace, Runnable onClose) {
        this.article = article;
        this.workspace = workspace;
        getStyleClass().add("article-pane");
        setId("pane-" + article.article().id());

        PreparedHighlights taken = article.takeHighlights();
        HighlightInputs current = currentInputs();
        if (taken instanceof PrecomputedHighlights offered && offered.inputs().equals(current)) {
            // text and highlights worked out in the background are the area's document from the
            // start: inserted into an empty area, a long document is copied to a string and
            // passed through every change listener
            textArea = new InlineCssTextArea(new SimpleEditableStyledDocument<>(offered.document()));
            requested = current;
            highlighted = true;
            shown = offered.spans();
        } else {
            textArea = new InlineCssTextArea();
        }
        // the workspace's command stack is the only undo; the area's own would undo nothing useful,
        // and set first it does not record the whole text as one insertion
        textArea.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        if (!highlighted) {
            textArea.replaceText(article.article().text());
            shown = StyleSpans.singleton("", article.article().text().length());
        }
        textArea.setEditable(false);
        textArea.setWrapText(true);
        textArea.getStyleClass().add("article-text");
        textArea.moveTo(0);
        VirtualizedScrollPane<InlineCssTextArea> scroll = new VirtualizedScrollPane<>(textArea);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label error = new Label();
        error.getStyleClass().add("article-error");
        error.setWrapText(true);
        error.textProperty().bind(article.analysisErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        getChildren().addAll(header(onClose), error, scroll);
        installHover();
        textArea.setOnMouseClicked(e -> {
            if (textArea.getSelection().getLength() == 0) {
                int offset = textArea.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
                if (offset >= 0) {
                    workspace.claims().claimAt(article.article().id(), offset).ifPresent(workspace.claims()::select);
                }
            }
        });
        workspace.revisionProperty().addListener((obs, was, now) -> {
            requestHighlights();
            showTagMarks();
            showSource();
        });
        showTagMarks();
        workspace.claims().selectedProperty().addListener((obs, was, now) -> requestHighlights());
        workspace.claims().linkSourceProperty().addListener((obs, was, now) -> requestHighlights());
        requestHighlights(current);
    }

    private HBox header(Runnable onClose) {
        Label title = new Label(article.title());
        title.getStyleClass().add("article-title");
        title.setWrapText(true);
        // long detected titles must not push the text out of sight
        title.setMaxHeight(52);
        LazyTooltips.install(title, article::title);
        Label fileName = new Label();
        fileName.getStyleClass().add("article-file");
        fileName.textProperty().bind(article.claimCountProperty().asString(article.fileName() + " · %d claims"));
        LazyTooltips.install(fileName, article.article()::path);
        source.getStyleClass().add("article-source");
        source.setId("source-" + article.article().id());
        source.managedProperty().bind(source.textProperty().isNotEmpty());
        source.visibleProperty().bind(source.managedProperty());
        LazyTooltips.install(source, source::getText);
        showSource();
        VBox titles = new VBox(2, title, source, fileName);
        HBox.setHgrow(titles, Priority.ALWAYS);
        Button close = new Button("✕");
        close.getStyleClass().add("article-close");
        LazyTooltips.install(close, () -> "Close " + article.fileName());
        close.setOnAction(e -> onClose.run());
        close.setFocusTraversable(false);
        HBox header = new HBox(6, titles, close);
        header.setAlignment(Pos.TOP_LEFT);
        header.getStyleClass().add("article-header");
        return header;
    }

    /** New styles for the whole text and where they differ from the shown ones. */
    private record Restyle(StyleSpans<String> spans, java.util.List<ChangedStyles> changes) {
        static Restyle of(StyleSpans<String> shown, StyleSpans<String> spans) {
            return new Restyle(spans, ChangedStyles.between(shown, spans));
        }
    }

    /** The article this pane shows. */
    public ArticleViewModel article() {
        return article;
    }

    /** The read-only text area that shows the article with its highlights. */
    public InlineCssTextArea textArea() {
        return textArea;
    }

    /** Whether the latest highlights have been applied. */
    public boolean isHighlighted() {
        return highlighted;
    }

    /** The analyst's current text selection, if any. */
    Optional<TextSpan> selection() {
        IndexRange range = textArea.getSelection();
        return range.getLength() == 0 ? Optional.empty() : Optional.of(new TextSpan(range.getStart(), range.getEnd()));
    }

    /** Scrolls so that {@code span} is in view, near the middle. */
    void reveal(TextSpan span) {
        int paragraph = textArea.offsetToPosition(Math.min(span.start(), textArea.getLength()),
                TwoDimensional.Bias.Forward).getMajor();
        textArea.showParagraphAtCenter(paragraph);
    }

    /** Selects {@code span} (find results) and shows it. */
    void selectText(TextSpan span) {
        textArea.selectRange(span.start(), span.end());
        reveal(span);
    }

    /** Screen bounds of {@code span}'s first visible characters, if on screen. */
    Optional<Bounds> screenBounds(TextSpan span) {
        int end = Math.min(span.end(), textArea.getLength());
        int start = Math.min(span.start(), end);
        if (end <= start) {
            return Optional.empty();
        }
        // first line of the span is enough for a connector end
        return textArea.getCharacterBoundsOnScreen(start, Math.min(end, start + 1));
    }

    /**
     * Where a connector should end for {@code span}: the text itself when on screen, else the top
     * or bottom edge of the pane, on the side where the statement lies.
     */
    Optional<Bounds> anchorBounds(TextSpan span) {
        Optional<Bounds> visible = screenBounds(span);
        if (visible.isPresent() || textArea.getScene() == null) {
            return visible;
        }
        Bounds area = textArea.localToScreen(textArea.getBoundsInLocal());
        if (area == null) {
            return Optional.empty();
        }
        int paragraph = textArea.offsetToPosition(Math.min(span.start(), textArea.getLength()),
                TwoDimensional.Bias.Forward).getMajor();
        boolean above = paragraph < textArea.firstVisibleParToAllParIndex();
        double y = above ? area.getMinY() + 2 : area.getMaxY() - 2;
        double x = area.getMinX() + area.getWidth() / 2;
        return Optional.of(new javafx.geometry.BoundingBox(x - 1, y - 1, 2, 2));
    }

    private HighlightInputs currentInputs() {
        return HighlightInputs.of(workspace.project(), article.article().id(), workspace.claims().selectedProperty().get(),
                workspace.claims().linkSourceProperty().get());
    }

    private void requestHighlights() {
        requestHighlights(currentInputs());
    }

    private void requestHighlights(HighlightInputs inputs) {
        Article a = article.article();
        // with many panes open, most project changes touch other articles: skip the work then
        if (inputs.equals(requested)) {
            return;
        }
        if (requested == null && inputs.claims().isEmpty() && a.furniture().isEmpty()) {
            // a new pane is unstyled already; restyling a long text to "nothing" costs a second
            requested = inputs;
            highlighted = true;
            return;
        }
        requested = inputs;
        int generation = ++highlightGeneration;
        highlighted = false;
        // nothing else restyles the area until this result or a newer request: the base holds
        StyleSpans<String> base = shown;
        workspace.runner().run("highlight " + a.fileName(),
                () -> Restyle.of(base, HighlightStyles.compute(a, inputs.claims(), inputs.parties(), inputs.selected(),
                        inputs.marked())),
                (Restyle restyle) -> {
                    if (generation == highlightGeneration) {
                        // a selection moves between two claims: restyling a whole long article
                        // would relayout every paragraph in view and cost the keyboard ~0.1 s
                        for (ChangedStyles c : restyle.changes()) {
                            textArea.setStyleSpans(c.from(), restyle.spans().subView(c.from(), c.to()));
                        }
                        shown = restyle.spans();
                        highlighted = true;
                    }
                },
                failure -> article.setAnalysisError(a.fileName() + ": highlighting failed (" + failure + ")"));
    }

    /** Coloured marks in the left margin beside each paragraph with tagged claims; hover names the tags. */
    private void showTagMarks() {
        var marks = TagMarks.of(article.article(), workspace.project().claimsOf(article.article().id()),
                workspace.project().tagColours());
        if (marks.equals(shownMarks)) {
            return;
        }
        shownMarks = marks;
        if (marks.isEmpty()) {
            textArea.setParagraphGraphicFactory(null);
            return;
        }
        textArea.setParagraphGraphicFactory(paragraph -> {
            HBox margin = new HBox(2);
            margin.getStyleClass().add("tag-margin");
            // the same width beside every paragraph keeps the text's left edge straight
            margin.setMinWidth(TAG_MARGIN);
            margin.setPrefWidth(TAG_MARGIN);
            var here = marks.getOrDefault(paragraph, java.util.List.of());
            for (int i = 0; i < Math.min(here.size(), MAX_MARKS); i++) {
                javafx.scene.layout.Region dot = new javafx.scene.layout.Region();
                dot.getStyleClass().add("tag-mark");
                dot.setStyle("-fx-background-color: " + here.get(i).colour() + ";");
                dot.setUserData(here.get(i).tag());
                margin.getChildren().add(dot);
            }
            if (!here.isEmpty()) {
                String names = String.join(", ", here.stream().map(TagMarks.Mark::tag).toList());
                javafx.scene.control.Tooltip.install(margin, new javafx.scene.control.Tooltip("Tags: " + names));
            }
            return margin;
        });
    }

    /** Outlet · date · authors · address under the title, as the project has them now. */
    private void showSource() {
        source.setText(SourceDetails.line(workspace.articleMeta(article.article().id())));
    }

    private final Label source = new Label();
    private static final double TAG_MARGIN = 22;
    private static final int MAX_MARKS = 3;
    private java.util.Map<Integer, java.util.List<TagMarks.Mark>> shownMarks = java.util.Map.of();

    private void installHover() {
        hoverLabel.getStyleClass().add("claim-hover");
        hoverLabel.setWrapText(true);
        hoverLabel.setMaxWidth(420);
        hover.getContent().add(hoverLabel);
        textArea.setMouseOverTextDelay(Duration.ofMillis(350));
        textArea.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            Optional<ClaimEntry> entry = workspace.claims().claimAt(article.article().id(), e.getCharacterIndex())
                    .flatMap(workspace.project()::claim);
            entry.ifPresent(c -> {
                hoverLabel.setText(describe(c.claim()));
                hover.show(textArea, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 14);
            });
        });
        textArea.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
    }

    private String describe(Claim claim) {
        String text = article.article().text();
        String cue = claim.cue() == null || claim.cue().isEmpty() || claim.cue().end() > text.length() ? "—"
                : claim.cue().of(text);
        String tags = workspace.project().claim(claim.id()).map(e -> String.join(", ", e.tags())).orElse("");
        return "Speaker: " + claim.speaker() + "\nParty: " + claim.party() + "\nStance: " + claim.stance().id()
                + "\nCue: " + cue + (tags.isEmpty() ? "" : "\nTags: " + tags) + "\nWhy highlighted: " + claim.rule();
    }
}
