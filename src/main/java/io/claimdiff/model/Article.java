package io.claimdiff.model;

import java.util.List;

/**
 * One loaded article: its displayed text, which every span in ClaimDiff points into.
 *
 * @param id        short id unique among the open articles ("a1")
 * @param path      where it was loaded from, as given
 * @param title     the detected title
 * @param text      the displayed text
 * @param furniture page furniture (captions, comment forms, repeated headlines) the UI dims
 * @param meta      outlet, address, authors and date, as far as the file tells ({@link ArticleMeta#NONE})
 */
public record Article(String id, String path, String title, String text, List<TextSpan> furniture,
                      ArticleMeta meta) {

    public Article {
        furniture = List.copyOf(furniture);
        meta = meta == null ? ArticleMeta.NONE : meta;
    }

    /** An article whose source details are unknown. */
    public Article(String id, String path, String title, String text, List<TextSpan> furniture) {
        this(id, path, title, text, furniture, ArticleMeta.NONE);
    }

    /** This article with other source details (the analyst corrected them). */
    public Article withMeta(ArticleMeta newMeta) {
        return new Article(id, path, title, text, furniture, newMeta);
    }

    /** The file name part of {@link #path()}. */
    public String fileName() {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
