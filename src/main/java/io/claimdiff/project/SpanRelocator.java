package io.claimdiff.project;

import io.claimdiff.model.Claim;
import io.claimdiff.model.TextSpan;

import java.util.Optional;

/**
 * Moves a claim's spans from an article's old text to its new text (the file changed on disk) by
 * finding the same words again, nearest to where they were.
 */
final class SpanRelocator {

    private SpanRelocator() {
    }

    /** The claim with spans in {@code newText}, or empty when its content is no longer there. */
    static Optional<Claim> relocate(Claim c, String oldText, String newText) {
        Optional<TextSpan> content = find(c.content(), oldText, newText, c.content().start());
        if (content.isEmpty()) {
            return Optional.empty();
        }
        int delta = content.get().start() - c.content().start();
        TextSpan cue = c.cue() == null ? null
                : find(c.cue(), oldText, newText, c.cue().start() + delta)
                        .orElse(new TextSpan(content.get().start(), content.get().start()));
        TextSpan speaker = c.speakerSpan() == null ? null
                : find(c.speakerSpan(), oldText, newText, c.speakerSpan().start() + delta).orElse(null);
        return Optional.of(new Claim(c.id(), c.articleId(), content.get(), cue, speaker, c.speaker(), c.party(),
                c.stance(), c.rule(), c.confidence()));
    }

    /** The span clamped into a text of {@code length} characters. */
    static TextSpan clamp(TextSpan span, int length) {
        return new TextSpan(Math.min(span.start(), length), Math.min(span.end(), length));
    }

    private static Optional<TextSpan> find(TextSpan span, String oldText, String newText, int near) {
        if (span.end() > oldText.length()) {
            return Optional.empty();
        }
        String words = span.of(oldText);
        if (words.isEmpty()) {
            int at = Math.max(0, Math.min(near, newText.length()));
            return Optional.of(new TextSpan(at, at));
        }
        int best = -1;
        for (int at = newText.indexOf(words); at >= 0; at = newText.indexOf(words, at + 1)) {
            if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) {
                best = at;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new TextSpan(best, best + words.length()));
    }
}
