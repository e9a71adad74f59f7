package io.claimdiff.project.file;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Upgrades the JSON of older project files one version at a time before it is read. Step
 * {@code n} turns a version-{@code n} tree into a version-{@code n+1} tree; add one here when the
 * format changes. Version 2 added the project memo and the tag colours.
 */
public final class Migrations {

    private final int current;
    private final Map<Integer, UnaryOperator<ObjectNode>> steps;

    public Migrations(int current, Map<Integer, UnaryOperator<ObjectNode>> steps) {
        this.current = current;
        this.steps = new TreeMap<>(steps);
    }

    /** The migrations of this ClaimDiff version. */
    public static Migrations standard() {
        return new Migrations(ProjectFileFormat.SCHEMA_VERSION, Map.of(1, Migrations::addMemoAndTags));
    }

    // 1 -> 2: a project had no memo and no tag colours
    private static ObjectNode addMemoAndTags(ObjectNode tree) {
        tree.put("memo", "");
        tree.putArray("tags");
        return tree;
    }

    /** The version this ClaimDiff writes. */
    public int current() {
        return current;
    }

    /** Whether a file of {@code version} can be brought up to {@link #current()}. */
    public boolean canMigrate(int version) {
        for (int v = version; v < current; v++) {
            if (!steps.containsKey(v)) {
                return false;
            }
        }
        return version >= 1 || version == current;
    }

    /** The tree upgraded from {@code version} to {@link #current()}, with its schemaVersion set. */
    public ObjectNode migrate(ObjectNode root, int version) {
        ObjectNode tree = root;
        for (int v = version; v < current; v++) {
            tree = steps.get(v).apply(tree);
            tree.put("schemaVersion", v + 1);
        }
        return tree;
    }
}
