package io.claimdiff.model;

/**
 * One attributed statement found in an article.
 *
 * @param id          unique among all open articles
 * @param articleId   the {@link Article#id()} it belongs to
 * @param content     the reported statement
 * @param cue         the reporting cue ("said", "according to"); may be empty
 * @param speakerSpan where the speaker is named in the text, or {@code null} when resolved from elsewhere
 * @param speaker     the resolved source: a name or description, never a pronoun
 * @param party       the side the speaker belongs to
 * @param stance      assert, deny, confirm or decline
 * @param rule        the rule that found it, shown to the analyst
 * @param confidence  0..1
 */
public record Claim(String id, String articleId, TextSpan content, TextSpan cue, TextSpan speakerSpan,
                    String speaker, String party, Stance stance, String rule, double confidence) {
}
