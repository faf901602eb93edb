package dev.stash2plex.provider.stash;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * A short-lived memory of scene lookups. Plex asks for the same item several times in a row
 * (match, then metadata, then images), and a burst of identical concurrent lookups shares one
 * Stash request: later callers wait for the first one's answer. Failures are never kept.
 * Values must be immutable.
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

    private final Duration ttl;
    private final int maxEntries;
    private final InstantSource clock;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

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
            entries.replace(key, mine, new Entry(mine.answer(), clock.instant().plus(ttl)));
            mine.answer().complete(value);
            trim();
            return value;
        } catch (StashException | RuntimeException e) {
            entries.remove(key, mine);
            mine.answer().completeExceptionally(e);
            throw e;
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

    /** Drops expired entries, then the ones closest to expiry, until the bound holds. */
    private void trim() {
        if (entries.size() <= maxEntries) {
            return;
        }
        Instant now = clock.instant();
        entries.entrySet().removeIf(entry -> !entry.getValue().fresh(now));
        int excess = entries.size() - maxEntries;
        if (excess > 0) {
            entries.entrySet().stream()
                    .filter(entry -> entry.getValue().expires() != null)
                    .sorted(Comparator.comparing(entry -> entry.getValue().expires()))
                    .limit(excess)
                    .toList()
                    .forEach(entry -> entries.remove(entry.getKey(), entry.getValue()));
        }
    }
}
