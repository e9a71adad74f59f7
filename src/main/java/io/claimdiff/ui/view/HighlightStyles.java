package io.claimdiff.ui.view;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Party;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns the engine's spans into inline CSS runs for an article pane: content tinted with the
 * party colour, speaker underlined, cue bold with a stance marker, page furniture dimmed.
 * Pure and toolkit-free, so it runs off the FX thread and is tested without one.
 */
final class HighlightStyles {

    private static final String FURNITURE = "-fx-fill: #a19f98;";

    /** The claim marked for linking: a dashed frame that stays until the link is made or cancelled. */
    static final String MARKED = " -rtfx-border-stroke-color: #1a1a1a; -rtfx-border-stroke-width: 2;"
            + " -rtfx-border-stroke-dash-array: 4 3;";

    private HighlightStyles() {
    }

    /** One layer of styling over a span. Lower {@code rank} is painted first. */
    private record Layer(int start, int end, int rank, String css) {
    }

    /** The styles for the whole text of {@code article}. */
    static StyleSpans<String> compute(Article article, List<ClaimEntry> claims, Map<String, Party> parties,
                                      String selectedClaimId) {
        return compute(article, claims, parties, selectedClaimId, null);
    }

    /** As {@link #compute(Article, List, Map, String)}, with the claim marked for linking framed in dashes. */
    static StyleSpans<String> compute(Article article, List<ClaimEntry> claims, Map<String, Party> parties,
                                      String selectedClaimId, String markedClaimId) {
        int length = article.text().length();
        List<Layer> layers = new ArrayList<>();
        for (TextSpan f : article.furniture()) {
            add(layers, f, length, 0, FURNITURE);
        }
        for (ClaimEntry entry : claims) {
            Claim claim = entry.claim();
            Party party = parties.get(claim.party());
            if (party == null || party.hidden()) {
                continue;
            }
            boolean selected = claim.id().equals(selectedClaimId);
            String css = contentCss(party.colour(), selected);
            if (claim.id().equals(markedClaimId)) {
                css += MARKED;
            }
            add(layers, claim.content(), length, selected ? 2 : 1, css);
            if (claim.speakerSpan() != null) {
                add(layers, claim.speakerSpan(), length, 3, "-rtfx-underline-color: " + party.colour()
                        + "; -rtfx-underline-width: 2; -rtfx-underline-offset: 1;");
            }
            if (claim.cue() != null) {
                add(layers, claim.cue(), length, 4, cueCss(claim.stance()));
            }
        }
        return sweep(layers, length);
    }

    static String contentCss(String colour, boolean selected) {
        return "-rtfx-background-color: " + colour + (selected ? "66" : "2e") + ";"
                + (selected ? " -rtfx-border-stroke-color: " + colour + "; -rtfx-border-stroke-width: 1;" : "");
    }

    /** Bold cue; deny, confirm and decline each get a distinct colour and underline. */
    static String cueCss(Stance stance) {
        return switch (stance) {
            case ASSERT -> "-fx-font-weight: bold;";
            case DENY -> "-fx-font-weight: bold; -fx-fill: #b3261e; -rtfx-underline-color: #b3261e;"
                    + " -rtfx-underline-width: 1.2; -rtfx-underline-wave-radius: 1.6;";
            case CONFIRM -> "-fx-font-weight: bold; -fx-fill: #1b6e3a; -rtfx-underline-color: #1b6e3a;"
                    + " -rtfx-underline-width: 1; -rtfx-underline-double-gap: 1.5;";
            case DECLINE -> "-fx-font-weight: bold; -fx-font-style: italic; -fx-fill: #5f5d57;"
                    + " -rtfx-underline-color: #5f5d57; -rtfx-underline-width: 1; -rtfx-underline-dash-array: 2 2;";
        };
    }

    private static void add(List<Layer> layers, TextSpan span, int length, int rank, String css) {
        int start = Math.min(span.start(), length);
        int end = Math.min(span.end(), length);
        if (end > start) {
            layers.add(new Layer(start, end, rank, css));
        }
    }

    // Sweep over span boundaries; between two boundaries the active layers are combined by rank.
    private static StyleSpans<String> sweep(List<Layer> layers, int length) {
        StyleSpansBuilder<String> builder = new StyleSpansBuilder<>();
        if (layers.isEmpty() || length == 0) {
            builder.add("", length);
            return builder.create();
        }
        layers.sort(Comparator.comparingInt(Layer::start));
        int[] bounds = layers.stream().flatMapToInt(l -> java.util.stream.IntStream.of(l.start(), l.end()))
                .sorted().distinct().toArray();
        List<Layer> active = new ArrayList<>();
        int next = 0;
        int pos = 0;
        for (int b = 0; b < bounds.length; b++) {
            int at = bounds[b];
            if (at > pos) {
                builder.add(combine(active), at - pos);
                pos = at;
            }
            active.removeIf(l -> l.end() <= at);
            while (next < layers.size() && layers.get(next).start() == at) {
                active.add(layers.get(next++));
            }
        }
        if (pos < length) {
            builder.add("", length - pos);
        }
        return builder.create();
    }

    private static String combine(List<Layer> active) {
        if (active.isEmpty()) {
            return "";
        }
        if (active.size() == 1) {
            return active.get(0).css();
        }
        StringBuilder css = new StringBuilder();
        active.stream().sorted(Comparator.comparingInt(Layer::rank)).forEach(l -> css.append(l.css()).append(' '));
        return css.toString().strip();
    }
}
