package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ClaimEntry;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders an article's text as escaped HTML with its claims highlighted: content tinted in the
 * party's colour, speaker underlined, cue in bold, a stance marker after denials, confirmations
 * and refusals. Overlapping claims are cut into segments; each segment takes its style from the
 * innermost claim covering it.
 */
final class ArticleHighlighter {

    private final Report report;

    ArticleHighlighter(Report report) {
        this.report = report;
    }

    /**
     * @param refs labels ("C1") to show after claims that take part in a listed contradiction
     */
    String render(Article article, Map<String, List<String>> refs) {
        String text = article.text();
        List<Claim> claims = report.claimsOf(article.id()).stream().map(ClaimEntry::claim)
                .filter(c -> c.content().end() <= text.length()).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Claim c : claims) {
            for (TextSpan span : spans(c)) {
                if (span.end() <= text.length()) {
                    cuts.add(span.start());
                    cuts.add(span.end());
                }
            }
        }
        article.furniture().forEach(f -> {
            cuts.add(Math.min(f.start(), text.length()));
            cuts.add(Math.min(f.end(), text.length()));
        });
        StringBuilder out = new StringBuilder(text.length() * 2);
        Integer start = cuts.first();
        for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(end)) {
            openClaims(out, claims, start);
            segment(out, article, claims, start, end);
            closeClaims(out, claims, end, refs);
        }
        return out.toString();
    }

    private void segment(StringBuilder out, Article article, List<Claim> claims, int start, int end) {
        String words = Html.escape(article.text().substring(start, end));
        Claim content = innermost(claims, start, Which.CONTENT);
        Claim speaker = innermost(claims, start, Which.SPEAKER);
        Claim cue = innermost(claims, start, Which.CUE);
        boolean furniture = article.furniture().stream().anyMatch(f -> f.contains(start));
        if (content == null && speaker == null && cue == null && !furniture) {
            out.append(words);
            return;
        }
        StringBuilder style = new StringBuilder();
        StringBuilder classes = new StringBuilder();
        if (content != null) {
            classes.append(" c");
            style.append("background:").append(Html.tint(report.colour(content.party()), 0.20)).append(';');
        }
        if (speaker != null) {
            classes.append(" sp");
            style.append("text-decoration-color:").append(Html.colour(report.colour(speaker.party()))).append(';');
        }
        if (cue != null) {
            classes.append(" cue");
        }
        if (furniture) {
            classes.append(" furn");
        }
        out.append("<span class=\"").append(classes.toString().strip()).append('"');
        if (!style.isEmpty()) {
            out.append(" style=\"").append(style).append('"');
        }
        Claim about = content != null ? content : speaker != null ? speaker : cue;
        if (about != null) {
            out.append(" title=\"").append(Html.escape(about.speaker() + " (" + about.party() + ")"
                    + (about.stance().id().equals("assert") ? "" : " · " + about.stance().id()))).append('"');
        }
        out.append('>').append(words).append("</span>");
    }

    private static void openClaims(StringBuilder out, List<Claim> claims, int at) {
        for (Claim c : claims) {
            if (c.content().start() == at) {
                out.append("<a class=\"anchor\" id=\"").append(Html.anchor("claim", c.id())).append("\"></a>");
            }
        }
    }

    private void closeClaims(StringBuilder out, List<Claim> claims, int at, Map<String, List<String>> refs) {
        for (Claim c : claims) {
            if (c.content().end() != at) {
                continue;
            }
            String label = Html.stanceLabel(c.stance());
            if (!label.isEmpty()) {
                out.append("<span class=\"stance st-").append(c.stance().id()).append("\" style=\"border-color:")
                        .append(Html.colour(report.colour(c.party()))).append("\">").append(label).append("</span>");
            }
            for (String ref : refs.getOrDefault(c.id(), List.of())) {
                out.append("<a class=\"ref\" href=\"#").append(Html.anchor("x", ref)).append("\">").append(ref)
                        .append("</a>");
            }
        }
    }

    private enum Which { CONTENT, SPEAKER, CUE }

    private static Claim innermost(List<Claim> claims, int at, Which which) {
        Claim best = null;
        for (Claim c : claims) {
            TextSpan span = switch (which) {
                case CONTENT -> c.content();
                case SPEAKER -> c.speakerSpan();
                case CUE -> c.cue();
            };
            if (span != null && span.contains(at) && (best == null || span.length() < lengthOf(best, which))) {
                best = c;
            }
        }
        return best;
    }

    private static int lengthOf(Claim c, Which which) {
        return switch (which) {
            case CONTENT -> c.content().length();
            case SPEAKER -> c.speakerSpan().length();
            case CUE -> c.cue().length();
        };
    }

    private static List<TextSpan> spans(Claim c) {
        return java.util.stream.Stream.of(c.content(), c.cue(), c.speakerSpan())
                .filter(java.util.Objects::nonNull).toList();
    }
}
