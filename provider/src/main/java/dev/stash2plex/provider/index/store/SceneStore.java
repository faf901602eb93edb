package dev.stash2plex.provider.index.store;

import dev.stash2plex.core.stash.Scene;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scene index on disk (or in memory): every scene as the provider shows it, its files by path,
 * basename and oshash, its title for ranked search, and a log of the changes seen since the index was
 * first complete. This class opens and closes the store and is the one door to it; the work is done by
 * its parts: {@link SceneLookups} (the reads), {@link SceneWrites} (every write), {@link ChangeLog},
 * {@link StoreMeta}, and beside the scenes {@link MatchHistory}, {@link SyncQueue} and {@link PlexPlacements}.
 */
public final class SceneStore implements AutoCloseable {

    /** Raise it with a migration in {@link StoreSchema} whenever the tables change. */
    static final int SCHEMA_VERSION = StoreSchema.VERSION;
    /** Marks the file as ours ("S2PX"), so another program's database is never taken for the index. */
    static final int APPLICATION_ID = 0x53325058;

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
    private final SceneLookups lookups;
    private final SceneWrites writes;
    private final ChangeLog changes;
    private final StoreMeta meta;
    private final MatchHistory history;
    private final PlexPlacements plexPlacements;

    private SceneStore(Database db, Kind kind, Path file) {
        this.db = db;
        this.counts = new RowCounts(db);
        this.kind = kind;
        this.file = file;
        SceneJson json = new SceneJson();
        this.lookups = new SceneLookups(db, json);
        this.writes = new SceneWrites(db, counts, json);
        this.changes = new ChangeLog(db);
        this.meta = new StoreMeta(db);
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

    @Override
    public void close() {
        db.close();
    }

    // ---- meta and writes (SceneWrites)

    public Optional<String> meta(String key) {
        return meta.get(key);
    }

    public void putMeta(Map<String, String> values) {
        writes.putMeta(values);
    }

    /**
     * Stores these scenes as Stash sent them, replacing what was there; with {@code logChanges},
     * each added or changed scene (by {@code updated_at}) is logged with {@code cause}, as are the
     * meta values in the same transaction, so a cursor never moves past changes not stored.
     */
    public Upserted upsert(List<Scene> scenes, boolean logChanges, String cause, Instant now, Map<String, String> meta) {
        return writes.upsert(scenes, logChanges, cause, now, meta);
    }

    /** Removes these scenes (Stash deleted them); logged as {@code removed} when asked. Returns how many were there. */
    public int delete(Collection<Long> ids, boolean logChanges, Instant now) {
        return writes.delete(ids, logChanges, now);
    }

    /** Forgets every scene, change and cursor: the next build starts from nothing. */
    public void clear() {
        writes.clear();
    }

    // ---- counts and the change log

    /** Counted again only after a write (see {@link RowCounts}): cheap enough for every match. */
    public int sceneCount() {
        return counts.scenes();
    }

    public int changeCount() {
        return counts.changes();
    }

    /** The changes logged after {@code afterSeq}, oldest first: scene id, cause, when. */
    public List<ChangeLog.Change> changesAfter(long afterSeq, int limit) {
        return changes.changesAfter(afterSeq, limit);
    }

    // ---- lookups (SceneLookups)

    public Optional<Scene> scene(String id) {
        return lookups.scene(id);
    }

    /** Scenes with a file at exactly this path (case and every character count). */
    public List<Scene> byPath(String path) {
        return lookups.byPath(path);
    }

    /** Scenes with a file at this path when letter case is ignored. */
    public List<Scene> byPathIgnoringCase(String path) {
        return lookups.byPathIgnoringCase(path);
    }

    public List<Scene> byBasename(String basename) {
        return lookups.byBasename(basename);
    }

    public List<Scene> byBasenameIgnoringCase(String basename) {
        return lookups.byBasenameIgnoringCase(basename);
    }

    public List<Scene> byOshash(String oshash) {
        return lookups.byOshash(oshash);
    }

    /**
     * Scenes whose title shares a word with {@code words}, best full-text rank first. The caller
     * ranks them properly; this only narrows 100,000 titles to a few dozen.
     */
    public List<Scene> searchTitles(List<String> words, int limit) {
        return lookups.searchTitles(words, limit);
    }

    /** The indexed ids in {@code [from, to]}: compared with a page of Stash's ids to find deletions. */
    public Set<Long> idsBetween(long from, long to) {
        return lookups.idsBetween(from, to);
    }
}
