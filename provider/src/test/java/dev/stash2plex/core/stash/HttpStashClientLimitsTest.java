package dev.stash2plex.core.stash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.StashSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Plex library scan must not flood Stash, and a burst of identical lookups must cost one request. */
class HttpStashClientLimitsTest {

    private static FakeStash stash;

    @BeforeAll
    static void startStash() {
        stash = FakeStash.start(StashSchema.load(), null);
    }

    @AfterAll
    static void stopStash() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            stash.close();
        }
    }

    @AfterEach
    void reset() {
        assertThat(stash.invalidQueries()).isEmpty();
        stash.reset();
    }

    @Test
    void atMostNRequestsAreInFlight() throws Exception {
        stash.setLatency(Duration.ofMillis(150));
        try (HttpStashClient client = client(3, Duration.ZERO);
             ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Optional<Scene>>> calls = new ArrayList<>();
            for (int i = 1; i <= 30; i++) {
                String id = String.valueOf(i);
                calls.add(callers.submit(() -> client.findScene(id)));
            }
            for (Future<Optional<Scene>> call : calls) {
                assertThat(call.get()).isEmpty();
            }
        }

        assertThat(stash.requestCount()).isEqualTo(30);
        assertThat(stash.maxInFlight()).isBetween(2, 3);
    }

    @Test
    void repeatedLookupsAskStashOnce() throws Exception {
        stash.add(FakeScene.builder("1").file("/data/a.mp4"));
        try (HttpStashClient client = client(4, Duration.ofMinutes(1))) {
            for (int i = 0; i < 3; i++) {
                assertThat(client.findScene("1")).isPresent();
                assertThat(client.findScenesByPath("/data/a.mp4")).hasSize(1);
                assertThat(client.findScenesByBasename("a.mp4")).hasSize(1);
            }
            assertThat(stash.graphqlRequests()).hasSize(3);

            client.findScene("2");
            client.findScenesByPath("/data/b.mp4");
            assertThat(stash.graphqlRequests()).hasSize(5);
        }
    }

    @Test
    void aBurstOfIdenticalLookupsSharesOneRequest() throws Exception {
        stash.add(FakeScene.builder("1").title("Same").file("/data/a.mp4")).setLatency(Duration.ofMillis(300));
        try (HttpStashClient client = client(4, Duration.ofMinutes(1));
             ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Optional<Scene>>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(callers.submit(() -> client.findScene("1")));
            }
            for (Future<Optional<Scene>> call : calls) {
                assertThat(call.get()).map(Scene::title).hasValue("Same");
            }
        }

        assertThat(stash.graphqlRequests()).hasSize(1);
    }

    @Test
    void failuresAreNotCached() throws Exception {
        stash.add(FakeScene.builder("1").file("/data/a.mp4")).answerStatus(500);
        try (HttpStashClient client = client(4, Duration.ofMinutes(1))) {
            assertThatThrownBy(() -> client.findScene("1")).isInstanceOf(StashException.BadAnswer.class);
            assertThatThrownBy(() -> client.findScenesByPath("/data/a.mp4")).isInstanceOf(StashException.BadAnswer.class);

            stash.answerNormally();

            assertThat(client.findScene("1")).isPresent();
            assertThat(client.findScenesByPath("/data/a.mp4")).hasSize(1);
        }
        assertThat(stash.graphqlRequests()).hasSize(4);
    }

    @Test
    void theProbeAndSearchAreNeverCached() throws Exception {
        try (HttpStashClient client = client(4, Duration.ofMinutes(1))) {
            client.version();
            client.version();
            client.searchScenes("x", 5);
            client.searchScenes("x", 5);
        }
        assertThat(stash.graphqlRequests()).hasSize(4);
    }

    @Test
    void anOpenImageHoldsItsSlotAndOthersWaitOnlyUpToTheTimeout() throws Exception {
        stash.add(FakeScene.builder("1").withCover());
        try (HttpStashClient client = new HttpStashClient(new StashConnection(stash.baseUrl(), null,
                Duration.ofSeconds(2), Duration.ofMillis(400), 1, Duration.ZERO))) {
            StashImage image = client.fetchImage(ImageKind.SCENE_SCREENSHOT, "1");

            assertThatThrownBy(client::version).isInstanceOf(StashException.Timeout.class)
                    .hasMessageContaining("busy");
            image.close();
            assertThat(client.version().usable()).isTrue();
        }
    }

    private static HttpStashClient client(int maxInFlight, Duration cacheTtl) {
        return new HttpStashClient(new StashConnection(stash.baseUrl(), null, Duration.ofSeconds(2),
                Duration.ofSeconds(10), maxInFlight, cacheTtl));
    }
}
