package dev.stash2plex.provider.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.core.testing.KeyShapes;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.FakePerformer;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStudio;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Stash key in each shape a real paste gives it — a zero-width space, a byte order mark, a line
 * break, smart quotes, DEL, a space — and in the forms Stash or a library may echo it (URL-encoded, in
 * {@code ?apikey=}, as a header) never reaches an answer, {@code /health}, {@code /explain} or a log
 * line. The provider is started directly with the bad key, as if the configuration check had been
 * skipped: the redaction must hold on its own.
 */
class SecretShapesIT {

    private static FakeStash stash;

    @BeforeAll
    static void startStash() {
        stash = FakeStash.start(StashSchema.load(), KeyShapes.KEY);
        stash.add(FakeScene.builder("1").title("One").studio(FakeStudio.of("2", "S").withImage())
                .performer(FakePerformer.of("3", "P").withImage()).file("/s/one.mp4").withCover());
    }

    @AfterAll
    static void stopStash() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            stash.close();
        }
    }

    @Test
    void aKeyInABadShapeIsNamedAsTheProblemAndShownNowhere() {
        try (CapturedLogs logs = CapturedLogs.capture()) {
            StringBuilder everything = new StringBuilder();
            for (Map.Entry<String, String> shape : KeyShapes.BAD.entrySet()) {
                try (Provider provider = TestProvider.start(TestProvider.config(stash.baseUrl(), shape.getValue(), List.of()))) {
                    ProviderClient plex = new ProviderClient(provider.port());
                    JsonNode health = plex.get("/health").json();
                    assertThat(health.get("status").asText()).as(shape.getKey()).isEqualTo("degraded");
                    assertThat(health.at("/stash/last_error").asText()).as(shape.getKey())
                            .startsWith("unauthorized: the API key for Stash at " + stash.baseUrl().getAuthority()
                                    + " cannot be sent: it contains ")
                            .contains(" at position ");
                    exercise(plex);
                    everything.append(plex.everythingReceived());
                }
            }
            KeyShapes.assertHidden("answers", everything.toString());
            KeyShapes.assertHidden("log lines", String.join("\n", logs.lines()));
        }
    }

    @Test
    void whatStashEchoesOfTheKeyIsRedacted() {
        try (CapturedLogs logs = CapturedLogs.capture();
                Provider provider = TestProvider.start(TestProvider.config(stash.baseUrl(), KeyShapes.KEY, List.of()))) {
            stash.answerResolverError("key " + KeyShapes.urlEncoded(KeyShapes.KEY) + " refused for http://stash/graphql?apikey="
                    + KeyShapes.KEY + " (header ApiKey: " + KeyShapes.KEY + ")");
            try {
                ProviderClient plex = new ProviderClient(provider.port());
                JsonNode explained = plex.get("/explain?filename=one.mp4&title=One").json();
                assertThat(explained.toString()).contains("<api key>");
                exercise(plex);

                KeyShapes.assertHidden("answers", plex.everythingReceived());
                KeyShapes.assertHidden("log lines", String.join("\n", logs.lines()));
            } finally {
                stash.answerNormally();
            }
        }
    }

    private static void exercise(ProviderClient plex) {
        plex.get("/");
        plex.get("/health");
        plex.match("{\"filename\":\"one.mp4\",\"title\":\"One\",\"manual\":1}");
        plex.get("/library/metadata/1");
        plex.get("/library/metadata/1/images");
        plex.get("/images/scene/1/0");
        plex.get("/images/performer/3/0");
        plex.get("/images/studio/2/0");
        plex.get("/explain?filename=one.mp4&title=One");
        plex.post("/explain", "{\"filename\":\"one.mp4\"}");
    }
}
