package dev.stash2plex.provider.index.store;

import dev.stash2plex.core.stash.Scene;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The store's reads of scenes: by id, by a file's path, basename or oshash (indexed equality, so a match
 * costs microseconds where Stash's path filter scans the library), by title words (full-text), and the
 * ids in a range for the deletion sweep.
 */
final class SceneLookups {

    private final Database db;
    private final SceneJson json;

    SceneLookups(Database db, SceneJson json) {
        this.db = db;
        this.json = json;
    }

    Optional<Scene> scene(String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        List<Scene> found = scenes("SELECT body FROM scenes WHERE id = ?", key);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    List<Scene> byPath(String path) {
        return scenes(filesQuery("path"), path);
    }

    List<Scene> byPathIgnoringCase(String path) {
        return scenes(filesQuery("path_key"), fold(path));
    }

    List<Scene> byBasename(String basename) {
        return scenes(filesQuery("basename"), basename);
    }

    List<Scene> byBasenameIgnoringCase(String basename) {
        return scenes(filesQuery("basename_key"), fold(basename));
    }

    List<Scene> byOshash(String oshash) {
        return scenes(filesQuery("oshash"), oshash.toLowerCase(Locale.ROOT));
    }

    List<Scene> searchTitles(List<String> words, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        String match = String.join(" OR ", words.stream().map(w -> '"' + w.replace("\"", "\"\"") + '"').toList());
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT s.body FROM titles t JOIN scenes s ON s.id = t.rowid"
                    + " WHERE titles MATCH ? ORDER BY bm25(titles) LIMIT ?")) {
                select.setString(1, match);
                select.setInt(2, limit);
                return bodies(select);
            }
        });
    }

    Set<Long> idsBetween(long from, long to) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id FROM scenes WHERE id BETWEEN ? AND ?")) {
                select.setLong(1, from);
                select.setLong(2, to);
                Set<Long> ids = new TreeSet<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** The case-folded key: Plex on Windows or macOS may spell a path in another case than Stash stored. */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String filesQuery(String column) {
        return "SELECT s.body FROM scenes s WHERE s.id IN (SELECT scene_id FROM files WHERE " + column + " = ?) ORDER BY s.id";
    }

    private List<Scene> scenes(String sql, Object argument) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setObject(1, argument);
                return bodies(select);
            }
        });
    }

    private List<Scene> bodies(PreparedStatement select) throws SQLException {
        List<Scene> scenes = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                scenes.add(json.parse(rows.getString(1)));
            }
        }
        return scenes;
    }
}
