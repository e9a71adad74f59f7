package io.claimdiff.project;

/**
 * A contradiction or support between two claims, proposed by the engine or made by the analyst.
 *
 * @param id         stable id, derived from kind and the two claim ids
 * @param kind       contradicts or supports
 * @param a          one claim id
 * @param b          the other claim id
 * @param score      the engine's score (1.0 for the analyst's own links)
 * @param reason     one line naming both sides
 * @param status     proposed, accepted or rejected
 * @param provenance who made it
 * @param note       the analyst's note, never null
 */
public record Link(String id, LinkKind kind, String a, String b, double score, String reason,
                   LinkStatus status, Provenance provenance, String note) {

    public Link {
        note = note == null ? "" : note;
    }

    /** The id a link between these claims gets, independent of their order. */
    public static String idFor(LinkKind kind, String a, String b) {
        String first = a.compareTo(b) <= 0 ? a : b;
        String second = first.equals(a) ? b : a;
        return (kind == LinkKind.CONTRADICTS ? "x:" : "s:") + first + "~" + second;
    }

    public Link withStatus(LinkStatus value) {
        return new Link(id, kind, a, b, score, reason, value, provenance, note);
    }

    public Link withNote(String value) {
        return new Link(id, kind, a, b, score, reason, status, provenance, value);
    }

    /** Whether this link touches the claim {@code claimId}. */
    public boolean involves(String claimId) {
        return a.equals(claimId) || b.equals(claimId);
    }
}
