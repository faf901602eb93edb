package dev.stash2plex.provider.index.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables and how a file of an older version becomes the current one. SQLite keeps the
 * version in {@code user_version} and our mark in {@code application_id}, both in the file header.
 */
final class StoreSchema {

    /** Index {@code v - 1} turns a version {@code v - 1} file into version {@code v}. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE scenes (id INTEGER PRIMARY KEY, title TEXT, date TEXT, studio_name TEXT,"
                    + " updated_at TEXT NOT NULL, body TEXT NOT NULL)",
            "CREATE TABLE files (scene_id INTEGER NOT NULL, position INTEGER NOT NULL, path TEXT NOT NULL,"
                    + " path_key TEXT NOT NULL, basename TEXT NOT NULL, basename_key TEXT NOT NULL, size INTEGER NOT NULL,"
                    + " oshash TEXT, PRIMARY KEY (scene_id, position)) WITHOUT ROWID",
            "CREATE INDEX files_path ON files (path)",
            "CREATE INDEX files_path_key ON files (path_key)",
            "CREATE INDEX files_basename ON files (basename)",
            "CREATE INDEX files_basename_key ON files (basename_key)",
            "CREATE INDEX files_oshash ON files (oshash) WHERE oshash IS NOT NULL",
            "CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, scene_id INTEGER NOT NULL,"
                    + " cause TEXT NOT NULL, seen_at TEXT NOT NULL)",
            "CREATE VIRTUAL TABLE titles USING fts5 (title, tokenize = 'unicode61 remove_diacritics 2')"),
            // The library view: the latest automatic match of each file Plex asked about (see MatchHistory).
            List.of(
                    "CREATE TABLE match_history (filename TEXT PRIMARY KEY, basename TEXT NOT NULL, library_root TEXT,"
                            + " title TEXT, step TEXT, scene_id INTEGER, seen_at TEXT NOT NULL, seq INTEGER NOT NULL)",
                    "CREATE INDEX match_history_seq ON match_history (seq)",
                    "CREATE INDEX match_history_step ON match_history (step, seq)",
                    "CREATE INDEX match_history_scene ON match_history (scene_id) WHERE scene_id IS NOT NULL",
                    "CREATE INDEX match_history_basename ON match_history (basename)"),
            // The Plex sync's durable queue (see SyncQueue): one job per scene, its cursor into the
            // change log, and the artwork versions already uploaded. Times are epoch milliseconds.
            List.of(
                    "CREATE TABLE sync_jobs (scene_id INTEGER PRIMARY KEY, generation INTEGER NOT NULL, cause TEXT NOT NULL,"
                            + " first_seen INTEGER NOT NULL, due_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                            + " failing_since INTEGER, last_error TEXT, parked_at INTEGER)",
                    "CREATE INDEX sync_jobs_due ON sync_jobs (due_at) WHERE parked_at IS NULL",
                    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    "CREATE TABLE sync_artwork (rating_key TEXT NOT NULL, element TEXT NOT NULL, version TEXT NOT NULL,"
                            + " PRIMARY KEY (rating_key, element)) WITHOUT ROWID"),
            // The Plex sync's map of Plex's items (see PlexPlacements): which item of which movie section shows
            // which scene, so the library view's Stash side is "scenes Plex holds no item for", one query.
            List.of(
                    "CREATE TABLE plex_items (section_key TEXT NOT NULL, rating_key TEXT NOT NULL, scene_id INTEGER NOT NULL,"
                            + " PRIMARY KEY (section_key, rating_key)) WITHOUT ROWID",
                    "CREATE INDEX plex_items_scene ON plex_items (scene_id)"));

    /** The version this code writes: one per migration. */
    static final int VERSION = MIGRATIONS.size();

    private StoreSchema() {
    }

    /**
     * Makes a new file ours, migrates an older one, refuses a foreign, newer or damaged one.
     *
     * @throws StoreException.Unusable the file must be moved aside
     */
    static void prepare(Database db, int applicationId, boolean checkIntegrity) {
        db.write(c -> {
            int application = pragma(c, "application_id");
            int version = pragma(c, "user_version");
            if (application == 0 && version == 0 && tableCount(c) == 0) {
                try (Statement statement = c.createStatement()) {
                    statement.execute("PRAGMA application_id = " + applicationId);
                }
            } else if (application != applicationId) {
                throw new StoreException.Unusable("the file is another program's database (application id "
                        + application + "), not a Stash2Plex index", null);
            } else if (version > VERSION) {
                throw new StoreException.Unusable("the file was written by a newer Stash2Plex (index version "
                        + version + ", this one reads up to " + VERSION + ")", null);
            }
            if (checkIntegrity && version > 0) {
                String verdict = quickCheck(c);
                if (!verdict.equals("ok")) {
                    throw new StoreException.Unusable("the file is damaged: " + verdict, null);
                }
            }
            try (Statement statement = c.createStatement()) {
                for (int step = version; step < VERSION; step++) {
                    for (String sql : MIGRATIONS.get(step)) {
                        statement.execute(sql);
                    }
                }
                statement.execute("PRAGMA user_version = " + VERSION);
            }
            return null;
        });
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    private static int tableCount(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    private static String quickCheck(Connection c) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet row = statement.executeQuery("PRAGMA quick_check(1)")) {
            return row.next() ? row.getString(1) : "no answer to quick_check";
        }
    }
}
