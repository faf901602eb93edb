package dev.stash2plex.core.stash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LookupCacheTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-01-01T00:00:00Z"));
    private final InstantSource clock = now::get;
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void keepsAnAnswerForItsTtlOnly() throws Exception {
        LookupCache cache = new LookupCache(Duration.ofSeconds(30), 10, clock);
        LookupCache.Key key = new LookupCache.Key("scene", "1");

        assertThat(cache.get(key, this::load)).isEqualTo("answer 1");
        now.set(now.get().plusSeconds(29));
        assertThat(cache.get(key, this::load)).isEqualTo("answer 1");
        now.set(now.get().plusSeconds(2));
        assertThat(cache.get(key, this::load)).isEqualTo("answer 2");
    }

    @Test
    void staysWithinItsBound() throws Exception {
        LookupCache cache = new LookupCache(Duration.ofMinutes(1), 5, clock);

        for (int i = 0; i < 50; i++) {
            now.set(now.get().plusMillis(1));
            cache.get(new LookupCache.Key("path", "/p" + i), this::load);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(5);
        // The newest entries survive; the oldest went first.
        assertThat(cache.get(new LookupCache.Key("path", "/p49"), this::load)).isEqualTo("answer 50");
    }

    @Test
    void manyInsertsKeepTheBoundAndEvictTheOldestFirst() throws Exception {
        LookupCache cache = new LookupCache(Duration.ofHours(1), 100, clock);

        for (int i = 0; i < 10_000; i++) {
            now.set(now.get().plusMillis(1));
            cache.get(new LookupCache.Key("path", "/p" + i), this::load);
            assertThat(cache.size()).isLessThanOrEqualTo(100);
        }

        // The newest hundred are all still kept (asking again loads nothing)…
        for (int i = 9_900; i < 10_000; i++) {
            assertThat(cache.get(new LookupCache.Key("path", "/p" + i), this::load)).isEqualTo("answer " + (i + 1));
        }
        assertThat(loads).hasValue(10_000);
        // …and the one just before them is gone.
        assertThat(cache.get(new LookupCache.Key("path", "/p9899"), this::load)).isEqualTo("answer 10001");
    }

    @Test
    void evictingAnExpiredAnswerLeavesTheNewerAnswerUnderItsKey() throws Exception {
        LookupCache cache = new LookupCache(Duration.ofSeconds(30), 2, clock);
        LookupCache.Key a = new LookupCache.Key("scene", "a");
        LookupCache.Key b = new LookupCache.Key("scene", "b");

        cache.get(a, this::load); // answer 1, expires at 30 s
        now.set(now.get().plusSeconds(20));
        cache.get(b, this::load); // answer 2, expires at 50 s
        now.set(now.get().plusSeconds(11));
        assertThat(cache.get(a, this::load)).isEqualTo("answer 3"); // the first answer expired
        cache.get(new LookupCache.Key("scene", "c"), this::load); // answer 4: over the bound

        // b is now the oldest answer and goes; a's newer answer stays.
        assertThat(cache.get(a, this::load)).isEqualTo("answer 3");
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(b, this::load)).isEqualTo("answer 5");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // only against a hang; nothing here waits for time to pass
    void concurrentIdenticalLookupsShareTheFirstOnesAnswer() throws Exception {
        LookupCache cache = new LookupCache(Duration.ofMinutes(1), 10, clock);
        LookupCache.Key key = new LookupCache.Key("scene", "1");
        CountDownLatch firstIsLoading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FutureTask<String> first = new FutureTask<>(() -> cache.get(key, () -> {
            firstIsLoading.countDown();
            awaitQuietly(release);
            return load();
        }));
        FutureTask<String> second = new FutureTask<>(() -> cache.get(key, this::load));

        Thread.ofPlatform().start(first);
        firstIsLoading.await();
        Thread secondThread = Thread.ofPlatform().start(second);
        // Parked on the first one's answer; had it loaded by itself it would finish instead.
        while (secondThread.getState() != Thread.State.WAITING && !second.isDone()) {
            Thread.onSpinWait();
        }
        release.countDown();

        assertThat(first.get()).isEqualTo("answer 1");
        assertThat(second.get()).isEqualTo("answer 1");
        assertThat(loads).hasValue(1);
    }

    @Test
    void forgetsFailures() throws Exception {
        LookupCache cache = new LookupCache(Duration.ofMinutes(1), 10, clock);
        LookupCache.Key key = new LookupCache.Key("scene", "1");

        assertThatThrownBy(() -> cache.get(key, () -> {
            throw new StashException.Timeout("slow", null);
        })).isInstanceOf(StashException.Timeout.class);

        assertThat(cache.get(key, this::load)).isEqualTo("answer 1");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aZeroTtlTurnsItOff() throws Exception {
        LookupCache cache = new LookupCache(Duration.ZERO, 10, clock);
        LookupCache.Key key = new LookupCache.Key("scene", "1");

        cache.get(key, this::load);
        cache.get(key, this::load);

        assertThat(loads).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String load() {
        return "answer " + loads.incrementAndGet();
    }
}
