package io.claimdiff.export;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.project.Clash;
import io.claimdiff.project.ClashSide;
import io.claimdiff.project.ClaimEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.claimdiff.export.Html.escape;

/**
 * The line that opens a clash in the HTML report: who disputes whom, what is in dispute, and the
 * articles that carried each side ("K1 · Russia (Dmitry Peskov) disputes France (Emmanuel Macron)",
 * the disputed statement, "Asserted in 2 articles: …", "Disputed in 3 articles: …").
 */
final class ClashHeading {

    private static final int GIST_WORDS = 24;

    private final Report report;

    ClashHeading(Report report) {
        this.report = report;
    }

    void render(StringBuilder html, Clash clash) {
        html.append("<div class=\"clash-head\">\n<div class=\"who\"><span class=\"num\">").append(escape(clash.label()))
                .append("</span> · ").append(voices(clash.rejecting())).append(" disputes ")
                .append(voices(clash.affirmed())).append("</div>\n");
        // the strongest link's affirmed statement: the first one the affirmed side lists
        ClaimEntry disputed = report.claim(clash.affirmed().claims().get(0));
        if (disputed != null) {
            html.append("<div class=\"gist\">").append(escape(Quotation.quote(gist(report.text(disputed.claim())))))
                    .append("</div>\n");
        }
        carried(html, "affirmed", "Asserted", clash.affirmed());
        carried(html, "rejecting", "Disputed", clash.rejecting());
        html.append("</div>\n");
    }

    /** "Russia (Dmitry Peskov, Kremlin), Ukraine" with the side's parties and their speakers. */
    private String voices(ClashSide side) {
        // speakers by party, keyed in lower case: "Woman" and "woman" are one speaker
        Map<String, Map<String, String>> speakers = new LinkedHashMap<>();
        side.parties().forEach(p -> speakers.put(p, new LinkedHashMap<>()));
        for (String id : side.claims()) {
            ClaimEntry entry = report.claim(id);
            Claim c = entry == null ? null : entry.claim();
            if (c != null && c.party() != null && c.speaker() != null && !c.speaker().equalsIgnoreCase(c.party())) {
                speakers.computeIfAbsent(c.party(), p -> new LinkedHashMap<>())
                        .putIfAbsent(c.speaker().toLowerCase(Locale.ROOT), c.speaker());
            }
        }
        List<String> parts = new ArrayList<>();
        speakers.forEach((party, names) -> parts.add("<b>" + escape(party) + "</b>"
                + (names.isEmpty() ? "" : " (" + escape(String.join(", ", names.values())) + ")")));
        return String.join(", ", parts);
    }

    private void carried(StringBuilder html, String css, String verb, ClashSide side) {
        int n = side.articles().size();
        html.append("<div class=\"carried ").append(css).append("\">").append(verb).append(" in ").append(n)
                .append(n == 1 ? " article: " : " articles: ");
        for (int i = 0; i < n; i++) {
            String id = side.articles().get(i);
            Article article = report.article(id);
            String title = escape(article == null ? id : article.title());
            html.append(i == 0 ? "" : ", ").append("<a href=\"#").append(Html.anchor("article", id))
                    .append("\" title=\"").append(title).append("\"><span class=\"label\">")
                    .append(escape(report.label(id))).append("</span>").append(title).append("</a>");
        }
        html.append("</div>\n");
    }

    private static String gist(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= GIST_WORDS ? String.join(" ", words)
                : String.join(" ", java.util.Arrays.copyOf(words, GIST_WORDS)) + "…";
    }
}
