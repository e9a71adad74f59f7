package io.claimdiff.project;

import io.claimdiff.model.Claim;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;

import java.util.List;

/**
 * A claim in the project, with the analyst's judgement attached.
 *
 * @param claim      the statement (engine output, or the analyst's version of it)
 * @param provenance ENGINE while untouched; ANALYST once created or edited by hand
 * @param tags       the analyst's tags, in the order given
 * @param note       free text, never null
 */
public record ClaimEntry(Claim claim, Provenance provenance, List<String> tags, String note) {

    public ClaimEntry {
        tags = List.copyOf(tags);
        note = note == null ? "" : note;
    }

    /** A fresh entry for an engine claim. */
    public static ClaimEntry fromEngine(Claim claim) {
        return new ClaimEntry(claim, Provenance.ENGINE, List.of(), "");
    }

    public String id() {
        return claim.id();
    }

    public ClaimEntry withTags(List<String> value) {
        return new ClaimEntry(claim, provenance, value, note);
    }

    public ClaimEntry withNote(String value) {
        return new ClaimEntry(claim, provenance, tags, value);
    }

    /** The analyst's correction of who said it, their party and stance. */
    public ClaimEntry withAttribution(String speaker, String party, Stance stance) {
        Claim c = claim;
        return new ClaimEntry(new Claim(c.id(), c.articleId(), c.content(), c.cue(), c.speakerSpan(), speaker, party,
                stance, c.rule(), c.confidence()), Provenance.ANALYST, tags, note);
    }

    /** The analyst's correction of the content span. */
    public ClaimEntry withContent(TextSpan content) {
        Claim c = claim;
        return new ClaimEntry(new Claim(c.id(), c.articleId(), content, c.cue(), c.speakerSpan(), c.speaker(),
                c.party(), c.stance(), c.rule(), c.confidence()), Provenance.ANALYST, tags, note);
    }

    /** The same entry with spans moved (its text changed), keeping its provenance. */
    ClaimEntry withContentKeepingProvenance(TextSpan content, TextSpan cue) {
        Claim c = claim;
        return new ClaimEntry(new Claim(c.id(), c.articleId(), content, cue, null, c.speaker(), c.party(), c.stance(),
                c.rule(), c.confidence()), provenance, tags, note);
    }

    /** Moves the claim to another party without other changes. */
    public ClaimEntry withParty(String party) {
        return withAttribution(claim.speaker(), party, claim.stance());
    }
}
