package dev.stash2plex.provider.index.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The latest automatic match of every file Plex asked about, beside the scenes it points at, so the
 * library view is a handful of set queries over one file: nothing per item, nothing to Stash. Writes
 * bypass the store's row counts (they count scenes, which history never changes), and the table is
 * bounded: past {@link #MAX_FILES} the files asked about longest ago go.
 */
public final class MatchHistory {

    /** A big library plus room; a file Plex asks about again comes back at once. */
    public static final int MAX_FILES = 200_000;

    /** One file's latest decision; {@code step} and {@code sceneId} are null when nothing matched. */
    public record Entry(String filename, String libraryRoot, String title, String step, Long sceneId, Instant seenAt) {

        public boolean unmatched() {
            return step == null;
        }
    }

    /** A page of a list and how long the whole list is. */
    public record Page<T>(int total, int offset, List<T> items) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** A scene of the index, with its first file. */
    public record SceneRow(long id, String title, String path) {
    }

    /** A file Plex asked about that no path rule decided, and a Stash file of the same name. */
    public record SharedName(String filename, String libraryRoot, String step, String stashPath) {
    }

    private final Database db;
    private final int maxFiles;
    private final AtomicLong historyWrites = new AtomicLong();
    private final UnlistedScenes neverMatched;

    /** @param sceneWrites changes whenever the store's scenes may have changed */
    MatchHistory(Database db, int maxFiles, LongSupplier sceneWrites) {
        this.db = db;
        this.maxFiles = maxFiles;
        this.neverMatched = new UnlistedScenes(db, "match_history", historyWrites::get, sceneWrites);
    }

    /**
     * Stores each entry as its file's latest decision.
     *
     * @return the entries that are newly unmatched: not asked about before, or matched last time
     */
    public List<Entry> record(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        try {
            return write(entries);
        } finally {
            // After the transaction, committed or not: a list made meanwhile is made again by the next reader.
            historyWrites.incrementAndGet();
        }
    }

    private List<Entry> write(List<Entry> entries) {
        return db.write(c -> {
            List<Entry> newGaps = new ArrayList<>();
            long seq = maxSeq(c);
            try (PreparedStatement before = c.prepareStatement("SELECT step IS NULL FROM match_history WHERE filename = ?");
                 PreparedStatement upsert = c.prepareStatement("INSERT INTO match_history (filename, basename, library_root,"
                         + " title, step, scene_id, seen_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(filename) DO UPDATE SET"
                         + " basename = excluded.basename, library_root = excluded.library_root, title = excluded.title,"
                         + " step = excluded.step, scene_id = excluded.scene_id, seen_at = excluded.seen_at, seq = excluded.seq")) {
                for (Entry entry : entries) {
                    if (entry.unmatched() && !wasUnmatched(before, entry.filename())) {
                        newGaps.add(entry);
                    }
                    upsert.setString(1, entry.filename());
                    upsert.setString(2, basename(entry.filename()));
                    upsert.setString(3, entry.libraryRoot());
                    upsert.setString(4, entry.title());
                    upsert.setString(5, entry.step());
                    upsert.setObject(6, entry.sceneId());
                    upsert.setString(7, entry.seenAt().toString());
                    upsert.setLong(8, ++seq);
                    upsert.executeUpdate();
                }
            }
            try (PreparedStatement trim = c.prepareStatement("DELETE FROM match_history WHERE seq <= ?")) {
                trim.setLong(1, seq - maxFiles);
                trim.executeUpdate();
            }
            return newGaps;
        });
    }

    /** How many files each step decided; {@code "none"} counts the unmatched. */
    public Map<String, Integer> countsByStep() {
        return db.read(c -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT coalesce(step, 'none'), count(*) FROM match_history GROUP BY step ORDER BY count(*) DESC");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        });
    }

    /**
     * Files by the step that decided them, newest first.
     *
     * @param step a step name, {@code "none"} for the unmatched, or null for every file
     * @param search text the filename or title must contain (any case), or null
     */
    public Page<Entry> files(String step, String search, int offset, int limit) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if ("none".equals(step)) {
            where.append(" AND step IS NULL");
        } else if (step != null) {
            where.append(" AND step = ?");
            arguments.add(step);
        }
        if (search != null) {
            where.append(" AND (instr(lower(filename), ?) > 0 OR instr(lower(coalesce(title, '')), ?) > 0)");
            arguments.add(fold(search));
            arguments.add(fold(search));
        }
        return db.read(c -> {
            int total = count(c, "SELECT count(*) FROM match_history" + where, arguments);
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT filename, library_root, title, step, scene_id, seen_at"
                    + " FROM match_history" + where + " ORDER BY seq DESC LIMIT ? OFFSET ?")) {
                int next = bind(select, arguments);
                select.setInt(next, limit);
                select.setInt(next + 1, offset);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                }
            }
            return new Page<>(total, offset, entries);
        });
    }

    /** The unmatched files after {@code afterFilename} (null: from the start), by name: for re-checking them all. */
    public List<Entry> unmatchedAfter(String afterFilename, int limit) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT filename, library_root, title, step, scene_id, seen_at"
                    + " FROM match_history WHERE step IS NULL AND filename > ? ORDER BY filename LIMIT ?")) {
                select.setString(1, afterFilename == null ? "" : afterFilename);
                select.setInt(2, limit);
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                }
                return entries;
            }
        });
    }

    /** Scenes of the index no recorded match points at, by id (see {@link UnlistedScenes}). */
    public Page<SceneRow> scenesNeverMatched(String search, int offset, int limit) {
        return neverMatched.page(search, offset, limit);
    }

    /** How many indexed scenes some recorded match points at. */
    public int scenesMatched() {
        return db.read(c -> count(c, "SELECT count(DISTINCT scene_id) FROM match_history h"
                + " WHERE scene_id IS NOT NULL AND EXISTS (SELECT 1 FROM scenes s WHERE s.id = h.scene_id)", List.of()));
    }

    /**
     * Files no guid or path rule decided (unmatched, or matched only by fingerprint, name or title),
     * each with every Stash file of the same name: the evidence path rules are worked out from.
     */
    public List<SharedName> sharedNames(int limit) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT h.filename, h.library_root, h.step, f.path"
                    + " FROM match_history h JOIN files f ON f.basename = h.basename"
                    + " WHERE h.step IS NULL OR h.step NOT IN ('guid', 'path') ORDER BY h.seq DESC LIMIT ?")) {
                select.setInt(1, limit);
                List<SharedName> shared = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        shared.add(new SharedName(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                    }
                }
                return shared;
            }
        });
    }

    /** The last segment of a Plex filename, as Stash's {@code basename} keeps it. */
    static String basename(String filename) {
        String path = filename.replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static boolean wasUnmatched(PreparedStatement before, String filename) throws SQLException {
        before.setString(1, filename);
        try (ResultSet row = before.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static long maxSeq(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM match_history");
             ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    static int count(Connection c, String sql, List<Object> arguments) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, arguments);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    /** Binds the arguments from the first parameter on and returns the next free position. */
    static int bind(PreparedStatement statement, List<Object> arguments) throws SQLException {
        for (int i = 0; i < arguments.size(); i++) {
            statement.setObject(i + 1, arguments.get(i));
        }
        return arguments.size() + 1;
    }

    private static Entry entry(ResultSet rows) throws SQLException {
        long scene = rows.getLong(5);
        Long sceneId = rows.wasNull() ? null : scene;
        return new Entry(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), sceneId,
                Instant.parse(rows.getString(6)));
    }

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
