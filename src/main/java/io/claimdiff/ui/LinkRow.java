package io.claimdiff.ui;

import io.claimdiff.project.Link;

/** One line of the contradictions panel. */
public record LinkRow(String id, String kind, double score, String reason, String status, String note,
                      String a, String b) {

    static LinkRow of(Link link) {
        return new LinkRow(link.id(), link.kind().name().toLowerCase(java.util.Locale.ROOT), link.score(),
                link.reason(), link.status().name().toLowerCase(java.util.Locale.ROOT), link.note(), link.a(), link.b());
    }
}
