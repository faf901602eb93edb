package dev.stash2plex.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.FakePerformer;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStudio;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.ReceivedRequest;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Stash API key never leaves the provider except in the ApiKey header to Stash: not in a log
 * line, not in an answer to Plex, not in a URL — also when Stash fails or rejects it.
 */
class SecretsIT {

    private static final String KEY = "eyJhbGciOiJIUzI1NiJ9.secret-test-key.sig";
    private static final String WRONG_KEY = "eyJhbGciOiJIUzI1NiJ9.wrong-test-key.sig";

    @Test
    void theKeyAppearsNowhereButTheHeaderToStash() throws Exception {
        try (CapturedLogs logs = CapturedLogs.capture();
                FakeStash stash = FakeStash.start(StashSchema.load(), KEY)) {
            stash.add(FakeScene.builder("1").title("One").studio(FakeStudio.of("2", "S").withImage())
                    .performer(FakePerformer.of("3", "P").withImage()).file("/s/one.mp4").withCover());
            ProviderClient plex;
            try (Provider provider = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of()))) {
                plex = new ProviderClient(provider.port());
                exercise(plex, stash);
            }
            ProviderClient rejected;
            try (Provider provider = TestProvider.start(TestProvider.config(stash.baseUrl(), WRONG_KEY, List.of()))) {
                rejected = new ProviderClient(provider.port());
                exercise(rejected, stash);
            }

            assertThat(logs.lines()).as("log lines").isNotEmpty()
                    .noneMatch(line -> line.contains(KEY) || line.contains(WRONG_KEY));
            assertThat(plex.everythingReceived() + rejected.everythingReceived()).doesNotContain(KEY).doesNotContain(WRONG_KEY);
            for (ReceivedRequest request : stash.requests()) {
                assertThat(request.everythingExcept("ApiKey")).doesNotContain(KEY).doesNotContain(WRONG_KEY);
                assertThat(request.header("ApiKey")).isIn(KEY, WRONG_KEY);
            }
        }
    }

    private static void exercise(ProviderClient plex, FakeStash stash) {
        plex.get("/");
        plex.get("/health");
        plex.match("{\"filename\":\"one.mp4\",\"title\":\"One\",\"manual\":1}");
        plex.get("/library/metadata/1");
        plex.get("/library/metadata/1/images");
        plex.get("/images/scene/1/0");
        plex.get("/images/performer/3/0");
        plex.get("/images/studio/2/0");
        plex.get("/explain?filename=one.mp4&title=One");
        stash.setLatency(Duration.ofSeconds(3));
        plex.get("/library/metadata/1");
        stash.setLatency(Duration.ZERO).answerGarbage();
        plex.match("{\"filename\":\"other.mp4\"}");
        stash.answerNormally().down();
        plex.get("/library/metadata/1");
        plex.get("/images/scene/1/0");
        stash.up();
    }
}
