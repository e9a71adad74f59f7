package io.claimdiff.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Where an article's text came from, kept beside the {@link io.claimdiff.model.Article} so a
 * project can tell when the file on disk changed.
 *
 * @param path       the file it was imported from, as given
 * @param sha256     SHA-256 of the displayed text (UTF-8), lower-case hex
 * @param importedAt when it was imported, to the second
 */
public record ArticleSource(String path, String sha256, Instant importedAt) {

    /** The source of {@code text} imported from {@code path} at {@code at}. */
    public static ArticleSource of(String path, String text, Instant at) {
        return new ArticleSource(path, sha256(text), at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Whether {@code text} is the text this source was hashed from. */
    public boolean matches(String text) {
        return sha256.equals(sha256(text));
    }

    /** Lower-case hex SHA-256 of {@code text} in UTF-8. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
