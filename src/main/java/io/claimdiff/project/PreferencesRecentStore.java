package io.claimdiff.project;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** Keeps the recent-projects list in {@link Preferences} as {@code recent.0}, {@code recent.1}, .... */
public final class PreferencesRecentStore implements RecentProjects.Store {

    private final Preferences node;

    public PreferencesRecentStore(Preferences node) {
        this.node = node;
    }

    @Override
    public List<String> load() {
        List<String> paths = new ArrayList<>();
        for (int i = 0; ; i++) {
            String path = node.get("recent." + i, null);
            if (path == null) {
                return paths;
            }
            paths.add(path);
        }
    }

    @Override
    public void save(List<String> paths) {
        for (int i = 0; node.get("recent." + i, null) != null; i++) {
            node.remove("recent." + i);
        }
        for (int i = 0; i < paths.size(); i++) {
            node.put("recent." + i, paths.get(i));
        }
    }
}
