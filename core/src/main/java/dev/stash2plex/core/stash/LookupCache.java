package dev.stash2plex.core.stash;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * A short-lived memory of scene lookups. Plex asks for the same item several times in a row
 * (match, then metadata, then images), and a burst of identical concurrent lookups shares one
 * Stash request: later callers wait for the first one's answer. Failures are never kept.
 * Values must be immutable. At most {@code maxEntries} lookups are kept; past that the oldest
 * answers go first, at a constant cost per answer however full the cache is.
 */
final class LookupCache {

    /** One lookup: which kind, with which argument. */
    record Key(String lookup, String argument) {
    }

    @FunctionalInterface
    interface Loader<V> {
        V load() throws StashException;
    }

    /** {@code expires} is null while the first caller is still asking Stash. */
    private record Entry(CompletableFuture<Object> answer, Instant expires) {
        boolean fresh(Instant now) {
            return expires == null || now.isBefore(expires);
        }
    }

    /** An answer as it was stored, so evicting it can never remove a newer answer under its key. */
    private record Answered(Key key, Entry entry) {
    }

    private final Duration ttl;
    private final int maxEntries;
    private final InstantSource clock;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    /**
     * The stored answers, oldest first. Every answer lives for the same TTL, so this is also the
     * order in which they expire. Guarded by itself.
     */
    private final ArrayDeque<Answered> oldestFirst = new ArrayDeque<>();

    LookupCache(Duration ttl, int maxEntries, InstantSource clock) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked") // a key's lookup kind always stores the same value type
    <V> V get(Key key, Loader<V> loader) throws StashException {
        if (ttl.isZero() || maxEntries < 1) {
            return loader.load();
        }
        Entry mine = new Entry(new CompletableFuture<>(), null);
        Instant now = clock.instant();
        Entry current = entries.compute(key, (k, old) -> old != null && old.fresh(now) ? old : mine);
        if (current != mine) {
            return (V) await(current.answer());
        }
        try {
            V value = loader.load();
            Entry answered = new Entry(mine.answer(), clock.instant().plus(ttl));
            boolean stored = entries.replace(key, mine, answered);
            mine.answer().complete(value);
            if (stored) {
                remember(new Answered(key, answered));
            }
            return value;
        } catch (StashException | RuntimeException e) {
            entries.remove(key, mine);
            mine.answer().completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Remembers an answer another lookup brought along (a path lookup reads whole scenes, so the
     * metadata request Plex sends next needs no Stash call). A lookup in flight for the key wins.
     */
    <V> void put(Key key, V value) {
        if (ttl.isZero() || maxEntries < 1) {
            return;
        }
        Instant now = clock.instant();
        Entry answered = new Entry(CompletableFuture.completedFuture(value), now.plus(ttl));
        Entry current = entries.compute(key, (k, old) -> old != null && old.expires() == null ? old : answered);
        if (current == answered) {
            remember(new Answered(key, answered));
        }
    }

    int size() {
        return entries.size();
    }

    private Object await(CompletableFuture<Object> answer) throws StashException {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StashException.Timeout("interrupted while waiting for the same lookup to finish", e);
        } catch (ExecutionException e) {
            // The waiters of a burst share the first caller's failure instead of each retrying at once.
            if (e.getCause() instanceof StashException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Queues a new answer, then drops answers from the old end while they have expired or the bound
     * is exceeded. Each answer is queued and dropped once, so this costs constant time per answer.
     */
    private void remember(Answered answered) {
        synchronized (oldestFirst) {
            oldestFirst.addLast(answered);
            Instant now = clock.instant();
            // Expired answers go even within the bound: their keys may hold newer answers by now,
            // and leaving them queued would let the queue outgrow the bound.
            while (!oldestFirst.isEmpty()
                    && (entries.size() > maxEntries || !oldestFirst.peekFirst().entry().fresh(now))) {
                Answered oldest = oldestFirst.removeFirst();
                entries.remove(oldest.key(), oldest.entry());
            }
        }
    }
}
