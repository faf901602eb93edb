package dev.stash2plex.provider.index.store;

import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every write of the scenes, their change log and the meta, each in one transaction: a scene's row,
 * its files (with the case-folded keys {@link SceneLookups} searches) and its title for full-text
 * search. All of them go through {@link #write}, so the row counts know to count again.
 */
final class SceneWrites {

    private final Database db;
    private final RowCounts counts;
    private final SceneJson json;

    SceneWrites(Database db, RowCounts counts, SceneJson json) {
        this.db = db;
        this.counts = counts;
        this.json = json;
    }

    /** See {@link SceneStore#upsert}. */
    SceneStore.Upserted upsert(List<Scene> scenes, boolean logChanges, String cause, Instant now, Map<String, String> meta) {
        return write(c -> {
            Map<Long, String> stored = updatedAt(c, scenes.stream().map(s -> Long.parseLong(s.id())).toList());
            int added = 0;
            int changed = 0;
            int unchanged = 0;
            boolean relatedCause = cause.startsWith(SceneStore.RELATED_CAUSE_PREFIX);
            List<Long> logged = new ArrayList<>();
            for (Scene scene : scenes) {
                long id = Long.parseLong(scene.id());
                String before = stored.get(id);
                boolean sameVersion = before != null && before.equals(String.valueOf(scene.updatedAt()));
                if (before == null) {
                    added++;
                    logged.add(id);
                } else if (!sameVersion || relatedCause) {
                    // A related change (a renamed performer…) shows in the scene without touching its updated_at.
                    changed++;
                    logged.add(id);
                } else {
                    unchanged++;
                }
                delete(c, id);
                insert(c, scene);
            }
            if (logChanges) {
                ChangeLog.log(c, logged, cause, now);
            }
            StoreMeta.put(c, meta);
            return new SceneStore.Upserted(added, changed, unchanged);
        });
    }

    int delete(Collection<Long> ids, boolean logChanges, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return write(c -> {
            int removed = 0;
            for (long id : ids) {
                removed += delete(c, id);
            }
            if (logChanges) {
                ChangeLog.log(c, ids, "removed", now);
            }
            return removed;
        });
    }

    void clear() {
        write(c -> {
            try (Statement statement = c.createStatement()) {
                for (String table : List.of("scenes", "files", "titles", "changes", "meta", "match_history")) {
                    statement.execute("DELETE FROM " + table);
                }
            }
            return null;
        });
    }

    void putMeta(Map<String, String> values) {
        write(c -> {
            StoreMeta.put(c, values);
            return null;
        });
    }

    private <T> T write(Database.Work<T> work) {
        try {
            return db.write(work);
        } finally {
            counts.written();
        }
    }

    // ---- inside a transaction

    private Map<Long, String> updatedAt(Connection c, List<Long> ids) throws SQLException {
        Map<Long, String> stored = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT updated_at FROM scenes WHERE id = ?")) {
            for (long id : ids) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        stored.put(id, row.getString(1));
                    }
                }
            }
        }
        return stored;
    }

    private int delete(Connection c, long id) throws SQLException {
        int removed;
        try (PreparedStatement scenes = c.prepareStatement("DELETE FROM scenes WHERE id = ?")) {
            scenes.setLong(1, id);
            removed = scenes.executeUpdate();
        }
        for (String table : List.of("files WHERE scene_id", "titles WHERE rowid")) {
            try (PreparedStatement statement = c.prepareStatement("DELETE FROM " + table + " = ?")) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
        }
        return removed;
    }

    private void insert(Connection c, Scene scene) throws SQLException {
        long id = Long.parseLong(scene.id());
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO scenes (id, title, date, studio_name, updated_at, body) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, scene.title());
            insert.setString(3, scene.date());
            insert.setString(4, scene.studio() == null ? null : scene.studio().name());
            insert.setString(5, String.valueOf(scene.updatedAt()));
            insert.setString(6, json.body(scene));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO files (scene_id, position, path, path_key,"
                + " basename, basename_key, size, oshash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<SceneFile> files = scene.files();
            for (int position = 0; position < files.size(); position++) {
                SceneFile file = files.get(position);
                insert.setLong(1, id);
                insert.setInt(2, position);
                insert.setString(3, file.path());
                insert.setString(4, SceneLookups.fold(file.path()));
                insert.setString(5, file.basename());
                insert.setString(6, SceneLookups.fold(file.basename()));
                insert.setLong(7, file.size());
                insert.setString(8, file.oshash());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (scene.title() != null) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO titles (rowid, title) VALUES (?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, scene.title());
                insert.executeUpdate();
            }
        }
    }
}
