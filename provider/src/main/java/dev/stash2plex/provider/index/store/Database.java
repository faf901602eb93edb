package dev.stash2plex.provider.index.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite connections of one store and the only way to use them. A JDBC connection is not
 * for two threads at once: a file store has one writer (under a lock) and a few readers (from a
 * pool), which WAL lets read while the writer writes; a memory store has a single connection
 * that readers and the writer take turns on.
 */
final class Database implements AutoCloseable {

    /** Plex scans with up to a handful of parallel requests; more readers only cost memory. */
    private static final int READERS = 3;

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers;
    private final List<Connection> all = new ArrayList<>();

    private Database(Connection writer, List<Connection> readers) {
        this.writer = writer;
        this.readers = new ArrayBlockingQueue<>(Math.max(1, readers.size()));
        this.readers.addAll(readers);
        all.add(writer);
        all.addAll(readers);
    }

    /** A file store: WAL, so reads go on while a page of the index is written. */
    static Database file(String path) {
        Connection writer = null;
        List<Connection> readers = new ArrayList<>();
        try {
            writer = DriverManager.getConnection("jdbc:sqlite:" + path);
            try (Statement pragmas = writer.createStatement()) {
                pragmas.execute("PRAGMA busy_timeout = 5000");
                pragmas.execute("PRAGMA journal_mode = WAL");
                // NORMAL in WAL mode: a power cut may lose the last page, never the file.
                pragmas.execute("PRAGMA synchronous = NORMAL");
                // After a checkpoint the log is cut back to this size; without it, it keeps the size
                // the build gave it (tens of MiB) for as long as the provider runs.
                pragmas.execute("PRAGMA journal_size_limit = 4194304");
            }
            for (int i = 0; i < READERS; i++) {
                Connection reader = DriverManager.getConnection("jdbc:sqlite:" + path);
                try (Statement pragmas = reader.createStatement()) {
                    pragmas.execute("PRAGMA busy_timeout = 5000");
                    pragmas.execute("PRAGMA query_only = true");
                }
                readers.add(reader);
            }
            return new Database(writer, readers);
        } catch (SQLException e) {
            closeQuietly(writer);
            readers.forEach(Database::closeQuietly);
            throw classify("cannot open the index at " + path, e);
        }
    }

    /** A memory store: one private database that lives as long as the connection. */
    static Database memory() {
        try {
            return new Database(DriverManager.getConnection("jdbc:sqlite::memory:"), List.of());
        } catch (SQLException e) {
            throw classify("cannot open an index in memory", e);
        }
    }

    /** Runs read-only work. */
    <T> T read(Work<T> work) {
        if (readers.isEmpty() && all.size() == 1) {
            return onWriter(work, false);
        }
        Connection reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException.Failed("interrupted while waiting to read the index", e);
        }
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw classify("reading the index failed", e);
        } finally {
            readers.add(reader);
        }
    }

    /** Runs work in one transaction: all of it is stored, or none. */
    <T> T write(Work<T> work) {
        return onWriter(work, true);
    }

    private <T> T onWriter(Work<T> work, boolean transaction) {
        writeLock.lock();
        try {
            if (!transaction) {
                return work.run(writer);
            }
            writer.setAutoCommit(false);
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw classify(transaction ? "writing the index failed" : "reading the index failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            all.forEach(Database::closeQuietly);
        } finally {
            writeLock.unlock();
        }
    }

    /** SQLite's result code decides what the index does next: start anew, go to memory, or report. */
    static StoreException classify(String what, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        String message = what + ": " + e.getMessage();
        if (code == null) {
            return new StoreException.Failed(message, e);
        }
        return switch (code) {
            case SQLITE_NOTADB, SQLITE_CORRUPT, SQLITE_CORRUPT_VTAB, SQLITE_CORRUPT_SEQUENCE,
                 SQLITE_CORRUPT_INDEX -> new StoreException.Unusable(message, e);
            case SQLITE_READONLY, SQLITE_READONLY_RECOVERY, SQLITE_READONLY_CANTLOCK, SQLITE_READONLY_ROLLBACK,
                 SQLITE_READONLY_DBMOVED, SQLITE_READONLY_CANTINIT, SQLITE_READONLY_DIRECTORY, SQLITE_FULL,
                 SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_IOERR, SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC,
                 SQLITE_IOERR_SHMOPEN, SQLITE_IOERR_SHMSIZE, SQLITE_IOERR_TRUNCATE, SQLITE_AUTH ->
                    new StoreException.Unwritable(message, e);
            default -> new StoreException.Failed(message, e);
        };
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort; the file is consistent after every commit
        }
    }
}
