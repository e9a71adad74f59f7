package io.claimdiff.project.file;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * An article as stored: its text is embedded so the project opens without the original file.
 *
 * @param id         article id ("a1")
 * @param path       the file it was imported from
 * @param title      detected title
 * @param text       the displayed text
 * @param furniture  dimmed spans as {@code [start, end]}
 * @param sha256     SHA-256 of {@code text}; checked on open
 * @param importedAt when it was imported
 * @param outlet     the publisher, when known (left out of the file when not)
 * @param url        the web address, when known
 * @param authors    the bylines, when known
 * @param published  the day of publication ({@code yyyy-mm-dd}), when known
 */
public record ArticleRecord(String id, String path, String title, String text, List<List<Integer>> furniture,
                            String sha256, Instant importedAt,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) String outlet,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) String url,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> authors,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) String published) {
}
