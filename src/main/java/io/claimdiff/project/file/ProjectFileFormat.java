package io.claimdiff.project.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdiff.project.Json;
import io.claimdiff.project.ProjectState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes the {@code .claimdiff} format: deterministic JSON (see
 * docs/decisions/0003-project-file-format.md). Writing the same state twice gives the same bytes.
 */
public final class ProjectFileFormat {

    /** The format version this ClaimDiff writes. */
    public static final int SCHEMA_VERSION = 2;

    /** The file name extension, without the dot. */
    public static final String EXTENSION = "claimdiff";

    private final Migrations migrations;

    public ProjectFileFormat() {
        this(Migrations.standard());
    }

    public ProjectFileFormat(Migrations migrations) {
        this.migrations = migrations;
    }

    /** The file's bytes: UTF-8 JSON ending with a newline. */
    public byte[] write(ProjectState state) {
        try {
            String json = Json.stableWriter().writeValueAsString(ProjectFileMapper.toFile(state, migrations.current()));
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise project", e);
        }
    }

    /**
     * Parses a file's bytes.
     *
     * @param name the file's name, for messages
     * @throws ProjectFileException naming the file and what is wrong with it
     */
    public ProjectState read(byte[] bytes, String name) throws ProjectFileException {
        ProjectFileLimits.check(bytes, name);
        ObjectMapper mapper = Json.stableMapper();
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(name, describe(e, bytes.length));
        } catch (IOException e) {
            throw new ProjectFileException(name, "cannot be read (" + e.getMessage() + ")");
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ProjectFileException(name, "is empty, not a ClaimDiff project");
        }
        if (!(tree instanceof ObjectNode root) || !tree.has("schemaVersion")) {
            throw new ProjectFileException(name, "is not a ClaimDiff project (no schemaVersion)");
        }
        JsonNode versionNode = root.get("schemaVersion");
        if (!versionNode.canConvertToExactIntegral() || !versionNode.isIntegralNumber()) {
            throw new ProjectFileException(name, "has a schemaVersion that is not a whole number");
        }
        int version = versionNode.asInt();
        if (version > migrations.current()) {
            throw new ProjectFileException(name, "was saved by a newer ClaimDiff (project format " + version
                    + "; this version reads up to " + migrations.current() + "). Update ClaimDiff to open it.");
        }
        if (!migrations.canMigrate(version)) {
            throw new ProjectFileException(name, "has project format " + version + ", which ClaimDiff does not know");
        }
        try {
            ProjectFile file = mapper.treeToValue(migrations.migrate(root, version), ProjectFile.class);
            return ProjectFileMapper.fromFile(file);
        } catch (UnrecognizedPropertyException e) {
            throw new ProjectFileException(name, "has an unknown field \"" + e.getPropertyName() + "\"");
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new ProjectFileException(name, ProjectFileLimits.describeMapping(e));
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(name, "is damaged (" + e.getOriginalMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(name, "is damaged: " + e.getMessage());
        } catch (RuntimeException e) {
            // a missing field or value the checks above did not foresee: still one line, never a crash
            throw new ProjectFileException(name, "is damaged: a required value is missing or invalid");
        }
    }

    private static String describe(JsonProcessingException e, int length) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        boolean atEnd = at != null && at.getCharOffset() >= length - 1;
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (atEnd || message.contains("end-of-input")) {
            return "is truncated (it ends in the middle of the data" + where + "); the last save may have been"
                    + " interrupted — try the .bak file beside it";
        }
        return "is corrupt (not valid JSON" + where + ")";
    }
}
