package dev.stash2plex.provider.index.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.SceneFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scene index on disk (or in memory): every scene as the provider shows it, its files by path,
 * basename and oshash, its title for ranked search, and a log of the changes seen since the index was first complete. Lookups are indexed equality
 * (or full-text) queries, so a match costs microseconds where Stash's path filter scans the library.
 */
public final class SceneStore implements AutoCloseable {

    /** Raise it with a migration in {@link StoreSchema} whenever the tables change. */
    static final int SCHEMA_VERSION = StoreSchema.VERSION;
    /** Marks the file as ours ("S2PX"), so another program's database is never taken for the index. */
    static final int APPLICATION_ID = 0x53325058;
    /** The change log is for the Plex sync to read; past this many rows the oldest go. */
    static final int MAX_CHANGES = 200_000;

    /** Causes starting with this re-read a scene because something it shows changed, not the scene itself. */
    public static final String RELATED_CAUSE_PREFIX = "related-";

    public enum Kind { FILE, MEMORY }

    /** What a batch of upserts did. */
    public record Upserted(int added, int changed, int unchanged) {
    }

    private final Database db;
    private final RowCounts counts;
    private final Kind kind;
    private final Path file;
    private final MatchHistory history;
    private final PlexPlacements plexPlacements;
    private final ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SceneStore(Database db, Kind kind, Path file) {
        this.db = db;
        this.counts = new RowCounts(db);
        this.kind = kind;
        this.file = file;
        this.history = new MatchHistory(db, MatchHistory.MAX_FILES, counts::generation);
        this.plexPlacements = new PlexPlacements(db, counts::generation);
    }

    /**
     * Opens (or creates) the index file, checks it is ours and sound, and migrates it.
     *
     * @throws StoreException.Unusable the file is damaged, not a database, or another program's
     * @throws StoreException.Unwritable the folder or disk takes no writes
     */
    public static SceneStore open(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException.Unwritable("cannot create the folder " + file.getParent() + ": " + e, e);
        }
        Database db = Database.file(file.toString());
        try {
            StoreSchema.prepare(db, APPLICATION_ID, true);
            return new SceneStore(db, Kind.FILE, file);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** An index that lasts as long as the process: for a folder that takes no writes. */
    public static SceneStore inMemory() {
        Database db = Database.memory();
        StoreSchema.prepare(db, APPLICATION_ID, false);
        return new SceneStore(db, Kind.MEMORY, null);
    }

    /** What Plex asked about and how each file was decided, in the same file (written without touching the row counts). */
    public MatchHistory history() {
        return history;
    }

    /** The Plex sync's queue, kept in this store's file (see {@link SyncQueue}). */
    public SyncQueue syncQueue() {
        return new SyncQueue(db);
    }

    /** The Plex sync's map of Plex's items, kept in this store's file (see {@link PlexPlacements}). */
    public PlexPlacements plexPlacements() {
        return plexPlacements;
    }

    public Kind kind() {
        return kind;
    }

    /** The file, or null for a memory store. */
    public Path file() {
        return file;
    }

    /** Bytes on disk (the database and its write-ahead log); 0 in memory. */
    public long sizeBytes() {
        if (file == null) {
            return 0;
        }
        long size = 0;
        for (String suffix : List.of("", "-wal")) {
            try {
                size += Files.size(Path.of(file + suffix));
            } catch (IOException ignored) {
                // the log may not exist between checkpoints
            }
        }
        return size;
    }

    // ---- meta

    public Optional<String> meta(String key) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void putMeta(Map<String, String> values) {
        write(c -> {
            putMeta(c, values);
            return null;
        });
    }

    // ---- writes

    /**
     * Stores these scenes as Stash sent them, replacing what was there; with {@code logChanges},
     * each added or changed scene (by {@code updated_at}) is logged with {@code cause}, as are the
     * meta values in the same transaction, so a cursor never moves past changes not stored.
     */
    public Upserted upsert(List<Scene> scenes, boolean logChanges, String cause, Instant now, Map<String, String> meta) {
        return write(c -> {
            Map<Long, String> stored = updatedAt(c, scenes.stream().map(s -> Long.parseLong(s.id())).toList());
            int added = 0;
            int changed = 0;
            int unchanged = 0;
            boolean relatedCause = cause.startsWith(RELATED_CAUSE_PREFIX);
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
                logChanges(c, logged, cause, now);
            }
            putMeta(c, meta);
            return new Upserted(added, changed, unchanged);
        });
    }

    /** Removes these scenes (Stash deleted them); logged as {@code removed} when asked. Returns how many were there. */
    public int delete(Collection<Long> ids, boolean logChanges, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return write(c -> {
            int removed = 0;
            for (long id : ids) {
                removed += delete(c, id);
            }
            if (logChanges) {
                logChanges(c, ids, "removed", now);
            }
            return removed;
        });
    }

    /** Forgets every scene, change and cursor: the next build starts from nothing. */
    public void clear() {
        write(c -> {
            try (Statement statement = c.createStatement()) {
                for (String table : List.of("scenes", "files", "titles", "changes", "meta", "match_history")) {
                    statement.execute("DELETE FROM " + table);
                }
            }
            return null;
        });
    }

    // ---- reads

    /** Counted again only after a write (see {@link RowCounts}): cheap enough for every match. */
    public int sceneCount() {
        return counts.scenes();
    }

    public int changeCount() {
        return counts.changes();
    }

    /** The changes logged after {@code afterSeq}, oldest first: scene id, cause, when. */
    public List<Change> changesAfter(long afterSeq, int limit) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT seq, scene_id, cause, seen_at FROM changes WHERE seq > ? ORDER BY seq LIMIT ?")) {
                select.setLong(1, afterSeq);
                select.setInt(2, limit);
                List<Change> changes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        changes.add(new Change(rows.getLong(1), rows.getLong(2), rows.getString(3),
                                Instant.parse(rows.getString(4))));
                    }
                }
                return changes;
            }
        });
    }

    /** One logged change. */
    public record Change(long seq, long sceneId, String cause, Instant seenAt) {
    }

    public Optional<Scene> scene(String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        List<Scene> found = scenes("SELECT body FROM scenes WHERE id = ?", key);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** Scenes with a file at exactly this path (case and every character count). */
    public List<Scene> byPath(String path) {
        return scenes(filesQuery("path"), path);
    }

    /** Scenes with a file at this path when letter case is ignored. */
    public List<Scene> byPathIgnoringCase(String path) {
        return scenes(filesQuery("path_key"), fold(path));
    }

    public List<Scene> byBasename(String basename) {
        return scenes(filesQuery("basename"), basename);
    }

    public List<Scene> byBasenameIgnoringCase(String basename) {
        return scenes(filesQuery("basename_key"), fold(basename));
    }

    public List<Scene> byOshash(String oshash) {
        return scenes(filesQuery("oshash"), oshash.toLowerCase(Locale.ROOT));
    }

    /**
     * Scenes whose title shares a word with {@code words}, best full-text rank first. The caller
     * ranks them properly; this only narrows 100,000 titles to a few dozen.
     */
    public List<Scene> searchTitles(List<String> words, int limit) {
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

    /** The indexed ids in {@code [from, to]}: compared with a page of Stash's ids to find deletions. */
    public Set<Long> idsBetween(long from, long to) {
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

    @Override
    public void close() {
        db.close();
    }

    /** Every write goes through here, so the counts know to count again. */
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
            insert.setString(6, body(scene));
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
                insert.setString(4, fold(file.path()));
                insert.setString(5, file.basename());
                insert.setString(6, fold(file.basename()));
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

    private static void logChanges(Connection c, Collection<Long> sceneIds, String cause, Instant now) throws SQLException {
        if (sceneIds.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO changes (scene_id, cause, seen_at) VALUES (?, ?, ?)")) {
            for (long id : sceneIds) {
                insert.setLong(1, id);
                insert.setString(2, cause);
                insert.setString(3, now.toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement trim = c.prepareStatement(
                "DELETE FROM changes WHERE seq <= (SELECT max(seq) FROM changes) - ?")) {
            trim.setInt(1, MAX_CHANGES);
            trim.executeUpdate();
        }
    }

    private static void putMeta(Connection c, Map<String, String> values) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            for (Map.Entry<String, String> entry : values.entrySet()) {
                upsert.setString(1, entry.getKey());
                upsert.setString(2, entry.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
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
                scenes.add(parse(rows.getString(1)));
            }
        }
        return scenes;
    }

    private String body(Scene scene) {
        try {
            return json.writeValueAsString(scene);
        } catch (JsonProcessingException e) {
            throw new StoreException.Failed("scene " + scene.id() + " cannot be written as JSON", e);
        }
    }

    private Scene parse(String body) {
        try {
            return json.readValue(body, Scene.class);
        } catch (JsonProcessingException e) {
            throw new StoreException.Unusable("a stored scene is not readable JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The case-folded key: Plex on Windows or macOS may spell a path in another case than Stash stored. */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
