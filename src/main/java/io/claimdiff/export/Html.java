package io.claimdiff.export;

import io.claimdiff.model.Stance;

import java.util.Locale;

/** Escaping and small pieces shared by the HTML report. */
final class Html {

    private Html() {
    }

    /** Text made safe for element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A {@code #rrggbb} colour as {@code rgba(...)} with {@code alpha}; grey if malformed. */
    static String tint(String colour, double alpha) {
        String hex = colour != null && colour.matches("#[0-9a-fA-F]{6}") ? colour.substring(1) : "7f7f7f";
        int rgb = Integer.parseInt(hex, 16);
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, alpha);
    }

    /** A colour safe to put in a style attribute. */
    static String colour(String colour) {
        return colour != null && colour.matches("#[0-9a-fA-F]{3,6}") ? colour : "#7f7f7f";
    }

    /** The verb shown beside a claim ("denies"), empty for a plain assertion. */
    static String stanceLabel(Stance stance) {
        return switch (stance) {
            case ASSERT -> "";
            case DENY -> "denies";
            case CONFIRM -> "confirms";
            case DECLINE -> "declines to comment";
        };
    }

    /**
     * An article cited the one way the report cites it: label, title (linked to {@code href} unless
     * that is null), file name.
     */
    static void cite(StringBuilder html, Citation citation, String href) {
        html.append("<span class=\"label\">").append(escape(citation.label())).append("</span>")
                .append(href == null ? "" : "<a href=\"" + href + "\">").append("<cite>")
                .append(escape(citation.title())).append("</cite>").append(href == null ? "" : "</a>");
        if (!citation.meta().outlet().isEmpty()) {
            html.append(" · <span class=\"outlet\">").append(escape(citation.meta().outlet())).append("</span>");
        }
        citation.meta().publishedDate().ifPresent(d -> html.append(" · <time datetime=\"").append(d).append("\">")
                .append(d).append("</time>"));
        // a project file is the analyst's to edit: only a web address becomes a link
        if (citation.meta().url().startsWith("https://") || citation.meta().url().startsWith("http://")) {
            html.append(" · <a class=\"url\" href=\"").append(escape(citation.meta().url())).append("\">")
                    .append(escape(citation.meta().url())).append("</a>");
        }
        if (!citation.title().equals(citation.fileName())) {
            html.append(" · <span class=\"file\">").append(escape(citation.fileName())).append("</span>");
        }
    }

    /** An id usable in {@code id=} and {@code href="#..."}. */
    static String anchor(String prefix, String id) {
        return prefix + "-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
