package dev.stash2plex.provider.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.ManualClock;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The container's health check against the real provider with every guard on: it asks by
 * {@code 127.0.0.1} (an address, so the Host check lets it through) and {@code /health} is exempt
 * from the rate limit, so a client that exhausted its requests is still healthy.
 */
class HealthCheckAgainstProviderIT {

    @Test
    void theHealthCheckPassesWhileTheClientIsRateLimited() {
        try (FakeStash stash = FakeStash.start(StashSchema.load(), "health-key")) {
            ProviderConfig config = TestProvider.withAccess(TestProvider.config(stash.baseUrl(), "health-key", List.of()),
                    Optional.empty(), List.of(), "0123456789abcdef0123", 1);
            try (Provider provider = TestProvider.start(config, new ManualClock(Instant.parse("2026-12-01T00:00:00Z")))) {
                ProviderClient client = new ProviderClient(provider.port());
                int refused = 0;
                for (int i = 0; i < 15; i++) {
                    refused += client.get("/").status() == 429 ? 1 : 0;
                }
                assertThat(refused).as("a burst of 10 at 1/s, then refusals").isEqualTo(5);

                for (int i = 0; i < 30; i++) {
                    assertThat(client.get("/health").status()).isEqualTo(200);
                }
                assertThat(HealthCheckCommand.check(provider.port())).isTrue();
            }
        }
    }
}
