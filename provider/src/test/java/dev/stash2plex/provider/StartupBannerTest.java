package dev.stash2plex.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.core.testing.KeyShapes;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.health.StashHealth;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.TestProvider;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The banner says whether the secrets are set and what Stash said, never a secret, whatever Stash echoed. */
class StartupBannerTest {

    @Test
    void whatStashSaidIsShownRedacted() throws Exception {
        ProviderConfig config = TestProvider.config(URI.create("http://127.0.0.1:9999"), KeyShapes.KEY, List.of());
        StashHealth echoed = new StashHealth(false, null, null, Instant.now(),
                "query-rejected: Stash says key " + KeyShapes.KEY + " (" + KeyShapes.urlEncoded(KeyShapes.KEY) + ") is unknown",
                Instant.now());
        StartupBanner banner = new StartupBanner(config, Path.of("/config/provider.yml"), PathRules.compile(List.of()), "test");

        // The banner's own redaction, not the log encoder's: Provider.start (which registers the key with it) is not run.
        String direct = banner.stashState(echoed);
        try (CapturedLogs logs = CapturedLogs.capture()) {
            banner.log(LoggerFactory.getLogger(StartupBanner.class), echoed);
            assertThat(String.join("\n", logs.lines())).contains("\"stash_api_key\":\"set\"").contains("<api key>");
            KeyShapes.assertHidden("banner", String.join("\n", logs.lines()));
        }
        assertThat(direct).isEqualTo("query-rejected: Stash says key <api key> (<api key>) is unknown");
    }
}
