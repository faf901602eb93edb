package dev.stash2plex.provider.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.provider.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientRateLimitTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));

    @Test
    void aClientMayBurstTenSecondsWorthThenGetsTheRate() {
        ClientRateLimit limit = new ClientRateLimit(5, clock, 100);

        assertThat(allowed(limit, "a", 60)).isEqualTo(50);
        clock.advance(Duration.ofSeconds(1));
        assertThat(allowed(limit, "a", 10)).isEqualTo(5);
        clock.advance(Duration.ofMillis(200));
        assertThat(allowed(limit, "a", 10)).isEqualTo(1);
    }

    @Test
    void aRefusalSaysWhenToComeBackAndIsFlaggedOncePerEpisode() {
        ClientRateLimit limit = new ClientRateLimit(2, clock, 100);
        allowed(limit, "a", 20);

        ClientRateLimit.Decision first = limit.take("a");
        ClientRateLimit.Decision second = limit.take("a");

        assertThat(first.allowed()).isFalse();
        assertThat(first.firstRefusal()).isTrue();
        assertThat(first.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(second.firstRefusal()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limit.take("a").allowed()).isTrue();
        assertThat(limit.take("a").allowed()).isTrue();
        assertThat(limit.take("a").firstRefusal()).as("a new episode").isTrue();
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        ClientRateLimit limit = new ClientRateLimit(1, clock, 100);

        assertThat(allowed(limit, "a", 20)).isEqualTo(10);
        assertThat(allowed(limit, "b", 20)).isEqualTo(10);
    }

    @Test
    void aClockThatStepsBackTakesNothingAway() {
        ClientRateLimit limit = new ClientRateLimit(1, clock, 100);
        allowed(limit, "a", 5);
        clock.advance(Duration.ofHours(-1));

        assertThat(allowed(limit, "a", 20)).isEqualTo(5);
    }

    @Test
    void idleClientsAreForgottenAndTheTableStaysBounded() {
        ClientRateLimit limit = new ClientRateLimit(1, clock, 3);
        limit.take("a");
        limit.take("b");
        clock.advance(Duration.ofSeconds(ClientRateLimit.BURST_SECONDS));
        limit.take("c");

        assertThat(limit.clients()).as("a and b were full again, so they were dropped").isEqualTo(1);
        for (int i = 0; i < 1000; i++) {
            limit.take("client-" + i);
        }
        assertThat(limit.clients()).isEqualTo(3);
    }

    private static int allowed(ClientRateLimit limit, String client, int requests) {
        int allowed = 0;
        for (int i = 0; i < requests; i++) {
            allowed += limit.take(client).allowed() ? 1 : 0;
        }
        return allowed;
    }
}
