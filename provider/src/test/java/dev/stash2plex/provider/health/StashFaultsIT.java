package dev.stash2plex.provider.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Stash fault class has a defined answer: match and metadata stay 200 with an empty container,
 * images are a JSON 404, and /health turns degraded and back. Each test asks about scenes no other
 * test has fetched, so the lookup cache cannot hide a fault.
 */
class StashFaultsIT {

    private static final String KEY = "faults-test-key";
    private static FakeStash stash;
    private static Provider provider;
    private static ProviderClient plex;

    @BeforeAll
    static void start() {
        stash = FakeStash.start(StashSchema.load(), KEY);
        for (int id = 50; id < 60; id++) {
            stash.add(FakeScene.builder(Integer.toString(id)).title("Scene " + id).file("/s/file" + id + ".mp4").withCover());
        }
        for (int id = 100; id < 150; id++) {
            stash.add(FakeScene.builder(Integer.toString(id)).title("Load " + id).file("/s/load" + id + ".mp4"));
        }
        provider = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of()));
        plex = new ProviderClient(provider.port());
    }

    @AfterAll
    static void stop() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            provider.close();
            stash.close();
        }
    }

    @AfterEach
    void healStash() {
        stash.up().answerNormally().setLatency(Duration.ZERO);
    }

    private static void assertEmptyContainer(ProviderClient.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/MediaContainer/size").asInt()).isZero();
        assertThat(answer.json().at("/MediaContainer/Metadata")).isEmpty();
    }

    private static void assertFaultAnswers(String sceneId, String imageError) {
        assertEmptyContainer(plex.match("{\"filename\":\"file" + sceneId + ".mp4\",\"title\":\"Scene " + sceneId + "\",\"manual\":1}"));
        assertEmptyContainer(plex.get("/library/metadata/" + sceneId));
        ProviderClient.Answer image = plex.get("/images/scene/" + sceneId + "/1");
        assertThat(image.status()).isEqualTo(404);
        assertThat(image.json().get("error").asText()).isEqualTo(imageError);
    }

    /** /health once it meets the condition; fails with the last answer when the limit passes. */
    private static JsonNode healthUntil(Predicate<JsonNode> condition, Duration limit) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        return Polling.until("/health to meet the condition", limit, Duration.ofMillis(250), () -> {
            JsonNode health = plex.get("/health").json();
            last.set(health);
            return condition.test(health) ? health : null;
        }, last::get);
    }

    @Test
    void stashDown() {
        stash.down();
        assertFaultAnswers("50", "stash-unreachable");
    }

    @Test
    void stashTooSlow() {
        stash.setLatency(Duration.ofSeconds(4));
        Instant started = Instant.now();
        assertEmptyContainer(plex.get("/library/metadata/51"));
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void stashAnswersGarbage() {
        stash.answerGarbage();
        assertFaultAnswers("52", "stash-bad-answer");
    }

    @Test
    void stashAnswersAGraphqlError() {
        stash.answerResolverError("something broke inside Stash");
        assertEmptyContainer(plex.match("{\"filename\":\"file53.mp4\"}"));
        assertEmptyContainer(plex.get("/library/metadata/53"));
    }

    @Test
    void stashAnswers500() {
        stash.answerStatus(500);
        assertEmptyContainer(plex.match("{\"filename\":\"file54.mp4\"}"));
        assertEmptyContainer(plex.get("/library/metadata/54"));
    }

    @Test
    void aWrongKeyIsReportedAsDegradedWithTheReason() throws Exception {
        try (Provider wrongKey = TestProvider.start(TestProvider.config(stash.baseUrl(), "not-the-key", List.of()))) {
            ProviderClient client = new ProviderClient(wrongKey.port());
            JsonNode health = client.get("/health").json();
            assertThat(health.get("status").asText()).isEqualTo("degraded");
            assertThat(health.at("/stash/last_error").asText()).startsWith("unauthorized");
            assertThat(health.toString()).doesNotContain("not-the-key");
            assertEmptyContainer(client.match("{\"filename\":\"file55.mp4\"}"));
            assertEmptyContainer(client.get("/library/metadata/55"));
            assertThat(client.get("/images/scene/55/1").json().get("error").asText()).isEqualTo("stash-unauthorized");
        }
    }

    @Test
    void healthTurnsDegradedWhileStashIsDownAndRecovers() throws Exception {
        assertThat(healthUntil(h -> h.get("status").asText().equals("ok"), Duration.ofSeconds(10)).get("status").asText())
                .isEqualTo("ok");
        stash.down();
        JsonNode degraded = healthUntil(h -> h.get("status").asText().equals("degraded"), Duration.ofSeconds(25));
        assertThat(degraded.get("status").asText()).isEqualTo("degraded");
        assertThat(degraded.get("stash_reachable").asBoolean()).isFalse();
        assertThat(degraded.at("/stash/last_error").asText()).startsWith("unreachable");

        stash.up();
        JsonNode recovered = healthUntil(h -> h.get("status").asText().equals("ok"), Duration.ofSeconds(10));
        assertThat(recovered.get("status").asText()).isEqualTo("ok");
        assertThat(recovered.at("/stash/last_error").asText()).as("the last error is kept for diagnosis").startsWith("unreachable");
    }

    @Test
    void aLibraryScanCannotFloodStash() throws Exception {
        stash.setLatency(Duration.ofMillis(300)).resetCounters();
        List<Future<ProviderClient.Answer>> answers = new ArrayList<>();
        try (ExecutorService scan = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int id = 100; id < 150; id++) {
                String body = "{\"type\":1,\"filename\":\"Library/load" + id + ".mp4\"}";
                answers.add(scan.submit(() -> plex.match(body)));
            }
            for (Future<ProviderClient.Answer> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(200);
            }
        }
        assertThat(stash.maxInFlight()).as("Stash calls in flight at once").isBetween(2, 4);
        assertThat(answers.stream().filter(a -> a.resultNow().json().at("/MediaContainer/size").asInt() == 1).count())
                .as("matches that got through the bounded queue").isPositive();
    }
}
