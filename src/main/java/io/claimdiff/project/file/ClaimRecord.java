package io.claimdiff.project.file;

import java.util.List;

/**
 * A claim as stored. Spans are {@code [start, end]} character offsets into the article text.
 *
 * @param id          claim id
 * @param article     article id
 * @param content     the statement
 * @param cue         the reporting cue
 * @param speakerSpan where the speaker is named, or null
 * @param speaker     resolved speaker
 * @param party       the speaker's side
 * @param stance      assert, deny, confirm or decline
 * @param rule        the engine rule, or "analyst"
 * @param confidence  0..1
 * @param provenance  engine or analyst
 * @param tags        the analyst's tags
 * @param note        the analyst's note
 */
public record ClaimRecord(String id, String article, List<Integer> content, List<Integer> cue,
                          List<Integer> speakerSpan, String speaker, String party, String stance, String rule,
                          double confidence, String provenance, List<String> tags, String note) {
}
