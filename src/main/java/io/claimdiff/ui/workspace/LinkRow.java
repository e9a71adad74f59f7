package io.claimdiff.ui.workspace;

import io.claimdiff.project.Link;

import java.util.Locale;

/**
 * One line of the contradictions panel.
 *
 * @param clash   the clash the link belongs to ("K1 · 3 outlets"), empty for supports and rejected links
 * @param heading when the panel groups by clash, the line that opens the clash on its first row; else empty
 */
public record LinkRow(String id, String kind, double score, String reason, String status, String note,
                      String a, String b, String clash, String heading) {

    static LinkRow of(Link link, String clash, String heading) {
        return new LinkRow(link.id(), link.kind().name().toLowerCase(Locale.ROOT), link.score(), link.reason(),
                link.status().name().toLowerCase(Locale.ROOT), link.note(), link.a(), link.b(), clash, heading);
    }
}
