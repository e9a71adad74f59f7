package io.claimdiff.project.file;

/**
 * A contradiction or support as stored.
 *
 * @param id         stable id from kind and claim ids
 * @param kind       contradicts or supports
 * @param a          one claim id
 * @param b          the other claim id
 * @param score      the engine's score
 * @param reason     one line naming both sides
 * @param status     proposed, accepted or rejected
 * @param provenance engine or analyst
 * @param note       the analyst's note
 */
public record LinkRecord(String id, String kind, String a, String b, double score, String reason, String status,
                         String provenance, String note) {
}
