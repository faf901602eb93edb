package dev.stash2plex.provider.index.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Plex sync's durable queue, in the index's own file so a job and the change that made it are
 * written in one transaction. One job per scene: a second change to a scene whose job has not been
 * sent yet only moves the job's generation on (coalescing). A job is removed only when its refresh
 * was delivered for the generation that was sent, so a change that arrives meanwhile is sent again.
 * All times are epoch milliseconds.
 */
public final class SyncQueue {

    private static final String CURSOR = "changes_seq";
    /** The cause of a job someone asked for ({@code POST /sync/refresh}), not one the change log made. */
    public static final String REQUESTED = "requested";

    /** A job as the worker sees it. */
    public record Job(long sceneId, long generation, String cause, long firstSeen, int attempts) {
    }

    /** A job as {@code /sync/jobs} shows it. */
    public record JobView(long sceneId, String cause, long firstSeen, int attempts, Long failingSince, String lastError,
            Long parkedAt) {
    }

    /** How many jobs wait and are parked, and since when the oldest waiting one has been failing (or null). */
    public record Counts(int waiting, int parked, Long failingSince, String lastError) {
    }

    private final Database db;

    SyncQueue(Database db) {
        this.db = db;
    }

    /**
     * Turns the changes the index logged since the last call into jobs, and moves the cursor, in one
     * transaction. On the very first call the cursor starts at the end of the log: the sync sends
     * what changes from now on, not the history.
     *
     * @return how many changes were read (0 when there were none)
     */
    public int feed(long now, long settleMillis, int limit) {
        return db.write(c -> {
            Optional<String> stored = state(c, CURSOR);
            if (stored.isEmpty()) {
                setState(c, CURSOR, Long.toString(maxSeq(c)));
                return 0;
            }
            long cursor = Long.parseLong(stored.get());
            int read = 0;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT seq, scene_id, cause FROM changes WHERE seq > ? ORDER BY seq LIMIT ?");
                 PreparedStatement upsert = c.prepareStatement("INSERT INTO sync_jobs (scene_id, generation, cause, first_seen,"
                         + " due_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(scene_id) DO UPDATE"
                         // Every update moves the generation on, so a job read before it is never taken as delivered.
                         + " SET generation = max(sync_jobs.generation + 1, excluded.generation),"
                         // A refresh asked for by hand stays one (its folder is scanned if Plex has no item), unless the scene went.
                         + " cause = CASE WHEN sync_jobs.cause = '" + REQUESTED + "' AND excluded.cause <> 'removed'"
                         + " THEN sync_jobs.cause ELSE excluded.cause END, parked_at = NULL,"
                         + " failing_since = CASE WHEN parked_at IS NULL THEN failing_since END,"
                         + " attempts = CASE WHEN parked_at IS NULL THEN attempts ELSE 0 END,"
                         + " due_at = CASE WHEN parked_at IS NULL THEN due_at ELSE excluded.due_at END")) {
                select.setLong(1, cursor);
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        cursor = rows.getLong(1);
                        upsert.setLong(1, rows.getLong(2));
                        upsert.setLong(2, cursor);
                        upsert.setString(3, rows.getString(3));
                        upsert.setLong(4, now);
                        upsert.setLong(5, now + settleMillis);
                        upsert.addBatch();
                        read++;
                    }
                }
                upsert.executeBatch();
            }
            setState(c, CURSOR, Long.toString(cursor));
            return read;
        });
    }

    /**
     * A refresh of this scene asked for by hand: a job due now, merged into the scene's job when it has
     * one (which is then due now too, given a fresh start if it was parked or failing). Its generation
     * moves on, so a send of the scene already under way is followed by this one.
     */
    public void request(long sceneId, long now) {
        update("INSERT INTO sync_jobs (scene_id, generation, cause, first_seen, due_at) VALUES (?, 0, ?, ?, ?)"
                + " ON CONFLICT(scene_id) DO UPDATE SET generation = sync_jobs.generation + 1, cause = excluded.cause,"
                + " due_at = min(sync_jobs.due_at, excluded.due_at), parked_at = NULL, attempts = 0, failing_since = NULL,"
                + " last_error = NULL", sceneId, REQUESTED, now, now);
    }

    /** Jobs due by {@code now}, oldest due first, parked ones left out. */
    public List<Job> due(long now, int limit) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT scene_id, generation, cause, first_seen, attempts"
                    + " FROM sync_jobs WHERE parked_at IS NULL AND due_at <= ? ORDER BY due_at, scene_id LIMIT ?")) {
                select.setLong(1, now);
                select.setInt(2, limit);
                List<Job> jobs = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        jobs.add(new Job(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getLong(4), rows.getInt(5)));
                    }
                }
                return jobs;
            }
        });
    }

    /** When the next unparked job is due, if any. */
    public Optional<Long> nextDue() {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT min(due_at) FROM sync_jobs WHERE parked_at IS NULL");
                 ResultSet row = select.executeQuery()) {
                long value = row.next() ? row.getLong(1) : 0;
                return row.wasNull() ? Optional.<Long>empty() : Optional.of(value);
            }
        });
    }

    /** The job was delivered as of {@code generation}; a newer change to the scene keeps it. */
    public boolean done(Job job) {
        return db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM sync_jobs WHERE scene_id = ? AND generation = ?")) {
                delete.setLong(1, job.sceneId());
                delete.setLong(2, job.generation());
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** Plex as a whole failed (away, 5xx, 401): every waiting job is failing since now, unless it was already. */
    public void failingAll(String reason, long now) {
        update("UPDATE sync_jobs SET failing_since = coalesce(failing_since, ?), last_error = ? WHERE parked_at IS NULL",
                now, reason);
    }

    /** Plex answered again: the waiting jobs that failed only because Plex did start afresh. */
    public void recovered() {
        update("UPDATE sync_jobs SET failing_since = NULL, last_error = NULL WHERE parked_at IS NULL AND attempts = 0");
    }

    /** Plex refused this job itself: tried again at {@code dueAt}. */
    public void retryLater(Job job, String reason, long now, long dueAt) {
        update("UPDATE sync_jobs SET attempts = attempts + 1, failing_since = coalesce(failing_since, ?), last_error = ?,"
                + " due_at = ? WHERE scene_id = ?", now, reason, dueAt, job.sceneId());
    }

    /** Parks every job failing since before {@code failingBefore}; returns how many. */
    public int park(long failingBefore, long now) {
        return update("UPDATE sync_jobs SET parked_at = ? WHERE parked_at IS NULL AND failing_since <= ?", now, failingBefore);
    }

    /** Gives every parked job a new chance, due now; returns how many. */
    public int unpark(long now) {
        return update("UPDATE sync_jobs SET parked_at = NULL, failing_since = NULL, attempts = 0, due_at = ?"
                + " WHERE parked_at IS NOT NULL", now);
    }

    public Counts counts() {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) FILTER (WHERE parked_at IS NULL),"
                    + " count(*) FILTER (WHERE parked_at IS NOT NULL), min(failing_since) FILTER (WHERE parked_at IS NULL),"
                    + " (SELECT last_error FROM sync_jobs WHERE parked_at IS NULL AND last_error IS NOT NULL"
                    + " ORDER BY failing_since LIMIT 1) FROM sync_jobs");
                 ResultSet row = select.executeQuery()) {
                row.next();
                long failing = row.getLong(3);
                Long failingSince = row.wasNull() ? null : failing;
                return new Counts(row.getInt(1), row.getInt(2), failingSince, row.getString(4));
            }
        });
    }

    /** Waiting (or parked) jobs, oldest first. */
    public List<JobView> list(boolean parked, int limit) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT scene_id, cause, first_seen, attempts, failing_since,"
                    + " last_error, parked_at FROM sync_jobs WHERE parked_at IS " + (parked ? "NOT " : "") + "NULL"
                    + " ORDER BY first_seen, scene_id LIMIT ?")) {
                select.setInt(1, limit);
                List<JobView> jobs = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        jobs.add(new JobView(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getInt(4),
                                nullableLong(rows, 5), rows.getString(6), nullableLong(rows, 7)));
                    }
                }
                return jobs;
            }
        });
    }

    /** The image version last uploaded to this item's {@code element} (posters, arts). */
    public Optional<String> uploadedArtwork(String ratingKey, String element) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT version FROM sync_artwork WHERE rating_key = ? AND element = ?")) {
                select.setString(1, ratingKey);
                select.setString(2, element);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void artworkUploaded(String ratingKey, String element, String version) {
        update("INSERT INTO sync_artwork (rating_key, element, version) VALUES (?, ?, ?)"
                + " ON CONFLICT(rating_key, element) DO UPDATE SET version = excluded.version", ratingKey, element, version);
    }

    private int update(String sql, Object... arguments) {
        return db.write(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < arguments.length; i++) {
                    statement.setObject(i + 1, arguments[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static long maxSeq(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM changes");
             ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private static Optional<String> state(Connection c, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT value FROM sync_state WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static void setState(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }
}
