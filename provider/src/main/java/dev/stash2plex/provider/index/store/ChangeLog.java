package dev.stash2plex.provider.index.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The log of the changes seen since the index was first complete: which scene, why, when. Rows are
 * added in the transaction that stores the scenes, and the table is bounded at {@link #MAX_CHANGES}.
 */
public final class ChangeLog {

    /** The change log is for the Plex sync to read; past this many rows the oldest go. */
    static final int MAX_CHANGES = 200_000;

    /** One logged change. */
    public record Change(long seq, long sceneId, String cause, Instant seenAt) {
    }

    private final Database db;

    ChangeLog(Database db) {
        this.db = db;
    }

    /** The changes logged after {@code afterSeq}, oldest first: scene id, cause, when. */
    List<Change> changesAfter(long afterSeq, int limit) {
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

    /** Inside a write transaction: logs each scene with {@code cause}, then drops what is past the bound. */
    static void log(Connection c, Collection<Long> sceneIds, String cause, Instant now) throws SQLException {
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
}
