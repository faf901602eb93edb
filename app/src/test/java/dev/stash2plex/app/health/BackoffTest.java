package dev.stash2plex.app.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void growsByTheFactorUpToTheCeiling() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 2);
        List<Long> seconds = IntStream.rangeClosed(1, 8).mapToObj(backoff::delay).map(Duration::toSeconds).toList();
        assertThat(seconds).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void hugeAttemptCountsStayAtTheCeiling() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(5), 1.5);
        assertThat(backoff.delay(10_000)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delay(0)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void refusesSchedulesThatWouldSpin() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
