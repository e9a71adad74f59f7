package io.claimdiff.ui.workspace;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.project.ClaimEntry;

/** One line of the claims table. */
public record ClaimRow(String id, String articleId, String article, String speaker, String party, String stance,
                       String text, String tags, String note, String rule, boolean analyst) {

    static ClaimRow of(ClaimEntry entry, Article article) {
        Claim c = entry.claim();
        String text = article == null || c.content().end() > article.text().length() ? ""
                : oneLine(c.content().of(article.text()));
        return new ClaimRow(c.id(), c.articleId(), article == null ? c.articleId() : article.fileName(), c.speaker(),
                c.party(), c.stance().id(), text, String.join(", ", entry.tags()), oneLine(entry.note()), c.rule(),
                entry.provenance() == io.claimdiff.project.Provenance.ANALYST);
    }

    /** {@code text} on one line: runs of white space (as {@code \\s+} matches it) become one space. */
    public static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(ch);
            }
        }
        return out.toString().strip();
    }

    /**
     * Whether the row passes {@code filter} (lower case): every word must be found in some column,
     * and a {@code column:value} word only in that column (article, speaker, party, stance, text,
     * tags, note; "tag:" works too).
     */
    boolean matches(String filter) {
        for (String word : filter.split("\\s+")) {
            if (!word.isEmpty() && !matchesWord(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesWord(String word) {
        int colon = word.indexOf(':');
        if (colon > 0) {
            String value = word.substring(colon + 1);
            switch (word.substring(0, colon)) {
                case "article": return contains(article, value);
                case "speaker": return contains(speaker, value);
                case "party": return contains(party, value);
                case "stance": return contains(stance, value);
                case "text": return contains(text, value);
                case "tag", "tags": return contains(tags, value);
                case "note": return contains(note, value);
                default: break;
            }
        }
        return contains(text, word) || contains(speaker, word) || contains(party, word) || contains(stance, word)
                || contains(tags, word) || contains(note, word) || contains(article, word);
    }

    private static boolean contains(String hay, String needle) {
        return hay != null && hay.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
