package dev.stash2plex.provider.index.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The store's key/value notes ({@code meta}): whether the index is complete, of which Stash, and the
 * refresh cursors. Written inside the transaction of the scenes they describe, so a cursor never moves
 * past changes not stored.
 */
final class StoreMeta {

    private final Database db;

    StoreMeta(Database db) {
        this.db = db;
    }

    Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Inside a write transaction. */
    static void put(Connection c, Map<String, String> values) throws SQLException {
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
}
