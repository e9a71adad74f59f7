package io.claimdiff.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups claims linked as "the same statement by the same source" (a union-find over indices). */
final class Clusters {

    private final int[] parent;

    Clusters(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    void join(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra != rb) {
            // the lower index stays root so the result does not depend on join order
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    int root(int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    /** For each clustered claim (by index), the profiles of its whole cluster, itself included. */
    Map<Integer, List<ClaimProfile>> members(List<ClaimProfile> profiles) {
        Map<Integer, List<ClaimProfile>> out = new java.util.HashMap<>();
        for (List<Integer> group : groups()) {
            List<ClaimProfile> members = group.stream().map(profiles::get).toList();
            group.forEach(i -> out.put(i, members));
        }
        return out;
    }

    /** Groups of two or more indices, each in ascending order, groups by their first index. */
    List<List<Integer>> groups() {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(root(i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> g : byRoot.values()) {
            if (g.size() > 1) {
                out.add(g);
            }
        }
        return out;
    }
}
