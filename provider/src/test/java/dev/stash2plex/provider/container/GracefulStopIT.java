package dev.stash2plex.provider.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.provider.testing.BridgeRelay;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docker stop} while Plex waits for an answer: the request in flight (slowed down by a
 * slow Stash) still gets its full answer, and the provider then exits by itself within Docker's
 * 10 s grace period instead of being killed.
 */
class GracefulStopIT {

    private static final String KEY = "graceful-stop-key";
    private static final Duration STASH_LATENCY = Duration.ofSeconds(3);

    private static ProviderImages images;
    private static FakeStash stash;
    private static BridgeRelay relay;
    private static ProviderContainer container;

    @BeforeAll
    static void start() {
        images = ProviderImages.assumeReady();
        stash = FakeStash.startWithApiKey(KEY);
        stash.add(FakeScene.builder("7").title("Slow Scene").file("/data/slow.mkv"));
        relay = BridgeRelay.onDockerBridge(images.docker().bridgeGateway(), stash.port());
        container = ProviderContainer.start(images.docker(), images.fromPrebuilt().tag(),
                // No scene index: the metadata request must be a Stash call that the latency keeps in flight.
                List.of("S2P_STASH_URL=http://host.docker.internal:" + relay.port(), "S2P_STASH_API_KEY=" + KEY,
                        "S2P_INDEX_REFRESH_SECONDS=0"),
                concat(ProviderContainer.HARDENING, List.of("--add-host", "host.docker.internal:host-gateway")));
        container.awaitHealthy(Duration.ofSeconds(90));
    }

    @AfterAll
    static void remove() {
        if (container != null) {
            container.close();
        }
        if (relay != null) {
            relay.close();
        }
        if (stash != null) {
            stash.close();
        }
        if (images != null) {
            images.close();
        }
    }

    @Test
    void requestInFlightIsAnsweredAndTheProcessExitsWithinTheGracePeriod() throws Exception {
        stash.setLatency(STASH_LATENCY);
        try (HttpClient http = HttpClient.newHttpClient()) {
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                    HttpRequest.newBuilder(container.baseUri().resolve("/library/metadata/7"))
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            // Until the request has reached the provider and the provider the (slow) fake Stash.
            Polling.until("the metadata request waiting at Stash", Duration.ofSeconds(15),
                    () -> stash.graphqlRequests().stream().anyMatch(r -> "FindScene".equals(r.operationName())) ? true : null);
            assertThat(inFlight).isNotDone();

            Duration stopTook = container.stop();
            HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("Slow Scene");
            assertThat(container.exitCode()).as(container.logs()).isIn(0, 143);
            assertThat(stopTook).isLessThan(Duration.ofSeconds(10));
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
