package dev.stash2plex.provider.index.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;

/**
 * The scenes of the index that no row of one table points at (its {@code scene_id}), by id, paged and
 * searched in SQL: the Stash side of the library view, whether the table is the match history or the
 * Plex sync's map of Plex's items. Without a search the ids come from a list made once per change of
 * the table or the scenes (one pass over the scenes), so every page of it is a slice and one query for
 * its rows, however deep.
 */
final class UnlistedScenes {

    /** The ids as of a number of writes to the table and to the scenes. */
    private record Listed(long tableWrites, long sceneWrites, long[] ids) {
    }

    private final Database db;
    private final String notListed;
    private final LongSupplier tableWrites;
    private final LongSupplier sceneWrites;
    private volatile Listed listed = new Listed(-1, -1, new long[0]);

    /**
     * @param table a table of this store with a {@code scene_id} column (a name from our code, never from a request)
     * @param tableWrites changes whenever the table may have changed
     * @param sceneWrites changes whenever the store's scenes may have changed
     */
    UnlistedScenes(Database db, String table, LongSupplier tableWrites, LongSupplier sceneWrites) {
        this.db = db;
        this.notListed = " WHERE NOT EXISTS (SELECT 1 FROM " + table + " t WHERE t.scene_id = s.id)";
        this.tableWrites = tableWrites;
        this.sceneWrites = sceneWrites;
    }

    /** @param search text the title or a file path must contain (any case), or null */
    MatchHistory.Page<MatchHistory.SceneRow> page(String search, int offset, int limit) {
        if (search == null) {
            long[] ids = ids();
            int from = Math.min(offset, ids.length);
            long[] page = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + limit));
            return new MatchHistory.Page<>(ids.length, offset, rows(page));
        }
        return searched(search, offset, limit);
    }

    private long[] ids() {
        long table = tableWrites.getAsLong();
        long scenes = sceneWrites.getAsLong();
        Listed known = listed;
        if (known.tableWrites() == table && known.sceneWrites() == scenes) {
            return known.ids();
        }
        long[] ids = db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT s.id FROM scenes s" + notListed + " ORDER BY s.id");
                 ResultSet rows = select.executeQuery()) {
                LongStream.Builder found = LongStream.builder();
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
                return found.build().toArray();
            }
        });
        // Stored under the counters read before the query: a write meanwhile makes the next reader look again.
        listed = new Listed(table, scenes, ids);
        return ids;
    }

    private List<MatchHistory.SceneRow> rows(long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(ids.length, "?"));
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT s.id, s.title, (SELECT f.path FROM files f"
                    + " WHERE f.scene_id = s.id ORDER BY f.position LIMIT 1) FROM scenes s WHERE s.id IN (" + marks + ") ORDER BY s.id")) {
                for (int i = 0; i < ids.length; i++) {
                    select.setLong(i + 1, ids[i]);
                }
                return sceneRows(select);
            }
        });
    }

    private MatchHistory.Page<MatchHistory.SceneRow> searched(String search, int offset, int limit) {
        String where = notListed + " AND (instr(lower(coalesce(s.title, '')), ?) > 0"
                + " OR EXISTS (SELECT 1 FROM files f WHERE f.scene_id = s.id AND instr(f.path_key, ?) > 0))";
        List<Object> arguments = List.of(MatchHistory.fold(search), MatchHistory.fold(search));
        return db.read(c -> {
            int total = MatchHistory.count(c, "SELECT count(*) FROM scenes s" + where, arguments);
            try (PreparedStatement select = c.prepareStatement("SELECT s.id, s.title, (SELECT f.path FROM files f"
                    + " WHERE f.scene_id = s.id ORDER BY f.position LIMIT 1) FROM scenes s" + where + " ORDER BY s.id LIMIT ? OFFSET ?")) {
                int next = MatchHistory.bind(select, arguments);
                select.setInt(next, limit);
                select.setInt(next + 1, offset);
                return new MatchHistory.Page<>(total, offset, sceneRows(select));
            }
        });
    }

    private static List<MatchHistory.SceneRow> sceneRows(PreparedStatement select) throws java.sql.SQLException {
        List<MatchHistory.SceneRow> scenes = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                scenes.add(new MatchHistory.SceneRow(rows.getLong(1), rows.getString(2), rows.getString(3)));
            }
        }
        return scenes;
    }
}
