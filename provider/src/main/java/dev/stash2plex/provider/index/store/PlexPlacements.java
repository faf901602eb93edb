package dev.stash2plex.provider.index.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The Plex sync's map of Plex's items, kept in the index's file and nowhere else: which item (ratingKey)
 * of which movie section shows which scene, as of the last time the sync listed Plex's sections, and when
 * that was. The sync writes it and looks up an edited scene's items in it; the library view reads the
 * scenes Plex holds no item for from it in SQL; it outlives a restart. Times are epoch milliseconds.
 */
public final class PlexPlacements {

    /** An item of Plex's carrying our guid for {@code sceneId}. */
    public record Placement(long sceneId, String ratingKey) {
    }

    private static final String LISTED_AT = "plex_items_listed_at";
    /** A scene's items; package-private for the test of its query plan. */
    static final String SCENE_KEYS = "SELECT rating_key FROM plex_items WHERE scene_id = ? ORDER BY section_key, rating_key";
    /** A section's items, by its primary key's prefix. */
    static final String SECTION_KEYS = "SELECT rating_key FROM plex_items WHERE section_key = ?";

    private final Database db;
    private final AtomicLong writes = new AtomicLong();
    private final UnlistedScenes notInPlex;

    PlexPlacements(Database db, LongSupplier sceneWrites) {
        this.db = db;
        this.notInPlex = new UnlistedScenes(db, "plex_items", writes::get, sceneWrites);
    }

    /**
     * Stores one look at Plex in one transaction: the items of each section listed again replace what that
     * section held, the sections Plex no longer has are dropped, and the look is marked as of {@code listedAt}.
     *
     * @param listed the sections listed this time (key → their items carrying our guid)
     * @param sections every movie section Plex has now; the rows of any other go
     * @return the listed items their section did not hold before (Plex matched them since it was last listed)
     */
    public List<Placement> replace(Map<String, List<Placement>> listed, Set<String> sections, long listedAt) {
        try {
            return db.write(c -> {
                dropSectionsOtherThan(c, sections);
                List<Placement> added = new ArrayList<>();
                try (PreparedStatement held = c.prepareStatement(SECTION_KEYS);
                     PreparedStatement delete = c.prepareStatement("DELETE FROM plex_items WHERE section_key = ?");
                     PreparedStatement insert = c.prepareStatement(
                             "INSERT OR REPLACE INTO plex_items (section_key, rating_key, scene_id) VALUES (?, ?, ?)")) {
                    for (Map.Entry<String, List<Placement>> section : listed.entrySet()) {
                        Set<String> before = strings(held, section.getKey());
                        delete.setString(1, section.getKey());
                        delete.executeUpdate();
                        for (Placement placement : section.getValue()) {
                            if (!before.contains(placement.ratingKey())) {
                                added.add(placement);
                            }
                            insert.setString(1, section.getKey());
                            insert.setString(2, placement.ratingKey());
                            insert.setLong(3, placement.sceneId());
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                try (PreparedStatement marker = c.prepareStatement("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                        + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                    marker.setString(1, LISTED_AT);
                    marker.setString(2, Long.toString(listedAt));
                    marker.executeUpdate();
                }
                return added;
            });
        } finally {
            // After the transaction, committed or not: a list of ids made meanwhile is made again by the next reader.
            writes.incrementAndGet();
        }
    }

    /** When the sync last stored a look at Plex's sections; empty while it never has (in this file). */
    public Optional<Long> listedAt() {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM sync_state WHERE key = ?")) {
                select.setString(1, LISTED_AT);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(Long.parseLong(row.getString(1))) : Optional.<Long>empty();
                }
            }
        });
    }

    /**
     * The items showing this scene, as last listed: what the sync refreshes for an edited scene. One lookup in
     * {@code plex_items_scene}, which holds the ratingKeys too (a covering index; see the test of its plan).
     */
    public List<String> ratingKeys(long sceneId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(SCENE_KEYS)) {
                return List.copyOf(strings(select, sceneId));
            }
        });
    }

    /** How many items of Plex's carry our guid, as last listed. */
    public int count() {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM plex_items");
                 ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        });
    }

    /**
     * Scenes of the index no Plex item shows, by id, with the same search as {@link MatchHistory#scenesNeverMatched}.
     *
     * @param search text the title or a file path must contain (any case), or null
     */
    public MatchHistory.Page<MatchHistory.SceneRow> scenesNotInPlex(String search, int offset, int limit) {
        return notInPlex.page(search, offset, limit);
    }

    /** The first column of every row {@code select} finds for {@code key}, in order. */
    private static Set<String> strings(PreparedStatement select, Object key) throws SQLException {
        select.setObject(1, key);
        Set<String> found = new LinkedHashSet<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    private static void dropSectionsOtherThan(Connection c, Set<String> sections) throws SQLException {
        List<String> stored = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT section_key FROM plex_items");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM plex_items WHERE section_key = ?")) {
            for (String section : stored) {
                if (!sections.contains(section)) {
                    delete.setString(1, section);
                    delete.executeUpdate();
                }
            }
        }
    }
}
