package dev.stash2plex.provider.stash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

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

    private String load() {
        return "answer " + loads.incrementAndGet();
    }
}
