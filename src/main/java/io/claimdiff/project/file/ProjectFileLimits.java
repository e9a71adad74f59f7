package io.claimdiff.project.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;
import java.util.Locale;

/**
 * Limits on what a {@code .claimdiff} file may hold, so a huge or hostile file is refused with a
 * clear message before it can exhaust memory (see docs/decisions/0004-input-limits.md). The
 * counts are taken with a streaming parser, which needs no more memory than the file's bytes.
 */
public final class ProjectFileLimits {

    /** Largest project file opened. Real projects are a few megabytes (texts are embedded). */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    /** Most claims in a project: 13 times the 15,000-claim scale benchmark. */
    public static final int MAX_CLAIMS = 200_000;
    /** Most articles in a project. */
    public static final int MAX_ARTICLES = 10_000;
    /** Most contradictions and supports in a project. */
    public static final int MAX_LINKS = 1_000_000;
    /** Most parties in a project. */
    public static final int MAX_PARTIES = 100_000;
    /** Most tag colours in a project. */
    public static final int MAX_TAGS = 100_000;

    private static final JsonFactory FACTORY = new JsonFactory();

    private ProjectFileLimits() {
    }

    /** The refusal for a file of {@code size} bytes, or null if the size is fine. */
    public static String sizeProblem(long size) {
        if (size <= MAX_FILE_BYTES) {
            return null;
        }
        return "is too large to open (" + megabytes(size) + "; ClaimDiff opens projects up to "
                + megabytes(MAX_FILE_BYTES) + ")";
    }

    /**
     * Counts the top-level arrays without building them.
     *
     * @throws ProjectFileException if a count is over its limit (malformed JSON is left to the
     *         full parser, which describes it better)
     */
    public static void check(byte[] bytes, String name) throws ProjectFileException {
        String size = sizeProblem(bytes.length);
        if (size != null) {
            throw new ProjectFileException(name, size);
        }
        try (JsonParser p = FACTORY.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    int limit = limit(field);
                    long count = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        count++;
                        if (count > limit) {
                            throw new ProjectFileException(name, "has more " + field + " than ClaimDiff opens (over "
                                    + String.format(Locale.ROOT, "%,d", limit) + "); split the project");
                        }
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            // malformed or truncated: the full parse reports it with line and column
        }
    }

    /** A one-line description of a wrong type or missing field, without Java class names. */
    public static String describeMapping(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        String where = path.length() == 0 ? "" : " at " + path;
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "is damaged: a value has the wrong type" + where + " (expected " + expected(m.getTargetType()) + ")";
        }
        return "is damaged: a value is not what ClaimDiff expects" + where;
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static int limit(String field) {
        return switch (field) {
            case "claims" -> MAX_CLAIMS;
            case "articles" -> MAX_ARTICLES;
            case "parties" -> MAX_PARTIES;
            case "tags" -> MAX_TAGS;
            default -> MAX_LINKS;
        };
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
