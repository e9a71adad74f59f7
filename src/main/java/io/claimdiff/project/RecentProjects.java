package io.claimdiff.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The most recently opened or saved projects, newest first, without duplicates. */
public final class RecentProjects {

    /** Where the list is kept: {@code java.util.prefs} in the app, memory in tests. */
    public interface Store {
        List<String> load();

        void save(List<String> paths);

        /** A store that keeps the list in memory. */
        static Store inMemory() {
            return new Store() {
                private List<String> paths = List.of();

                @Override
                public List<String> load() {
                    return paths;
                }

                @Override
                public void save(List<String> value) {
                    paths = List.copyOf(value);
                }
            };
        }

        /** A store that starts from {@code from}'s list and never writes back to it. */
        static Store readOnly(Store from) {
            Store copy = inMemory();
            copy.save(from.load());
            return copy;
        }
    }

    public static final int DEFAULT_SIZE = 10;
    private final Store store;
    private final int size;

    public RecentProjects(Store store) {
        this(store, DEFAULT_SIZE);
    }

    public RecentProjects(Store store, int size) {
        this.store = store;
        this.size = size;
    }

    /** The list, newest first. */
    public List<Path> list() {
        return store.load().stream().map(Path::of).toList();
    }

    /** Puts {@code file} first (call on open and on save as). */
    public void add(Path file) {
        String key = file.toAbsolutePath().normalize().toString();
        List<String> paths = new ArrayList<>(store.load());
        paths.remove(key);
        paths.add(0, key);
        store.save(paths.subList(0, Math.min(size, paths.size())));
    }

    /** Drops {@code file} (it could not be opened any more). */
    public void remove(Path file) {
        String key = file.toAbsolutePath().normalize().toString();
        List<String> paths = new ArrayList<>(store.load());
        if (paths.remove(key)) {
            store.save(paths);
        }
    }

    public void clear() {
        store.save(List.of());
    }
}
