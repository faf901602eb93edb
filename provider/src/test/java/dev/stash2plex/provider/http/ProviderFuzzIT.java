package dev.stash2plex.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Sends 10,000 malformed requests (random bodies, paths, methods and headers; huge, truncated and
 * lying payloads; raw garbage) and checks that none gets a 5xx, every body is JSON and no error
 * answer (but to HEAD) is empty.
 */
class ProviderFuzzIT {

    private static final int REQUESTS = 10_000;
    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noMalformedRequestGetsA5xxOrANonJsonBody() throws Exception {
        try (FakeStash stash = FakeStash.start(StashSchema.load(), "fuzz-key");
                // The rate limit off: 10,000 requests at once would otherwise mostly meet 429 and never reach a route.
                Provider provider = TestProvider.start(TestProvider.withAccess(TestProvider.config(stash.baseUrl(), "fuzz-key", List.of(
                        PathRuleDefinition.of("media", "^/plex/media/(.*)", "/stash/media/\\1").withPlexLibraryRoot("/plex/media/"))),
                        Optional.empty(), List.of(), "", 0))) {
            stash.add(FakeScene.builder("1").title("Scene").date("2024").file("/stash/media/Studio/a.mp4").withCover(),
                    FakeScene.builder("42").title("Scene").performer("2", "P").file("/stash/other/a.mp4"));
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            FuzzRequests generator = new FuzzRequests(SEED);
            List<FuzzRequests.FuzzRequest> requests = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                requests.add(generator.next());
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(16, Thread.ofVirtual().factory())) {
                for (FuzzRequests.FuzzRequest request : requests) {
                    pool.submit(() -> check(provider.port(), request, failures, statuses));
                }
                pool.shutdown();
                assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("fuzz run finished in time").isTrue();
            }
            System.out.println("Fuzz seed " + SEED + ", " + REQUESTS + " requests, answers by status (-1 = closed without answer): "
                    + new TreeMap<>(statuses));
            assertThat(failures).as("requests answered with 5xx or non-JSON (seed " + SEED + ")").isEmpty();
            assertThat(statuses.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(REQUESTS);
            assertThat(stash.invalidQueries()).as("queries Stash's schema rejects").isEmpty();
        }
    }

    private void check(int port, FuzzRequests.FuzzRequest request, List<String> failures, Map<Integer, AtomicInteger> statuses) {
        try {
            RawHttp.Answer answer = RawHttp.send(port, request.bytes(), request.halfClose());
            statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
            if (answer.status() >= 500) {
                failures.add(answer.status() + " for " + request.summary() + ": " + answer.text());
            } else if (answer.body().length > 0 && !isJsonOrImage(answer)) {
                failures.add("non-JSON " + answer.contentType() + " for " + request.summary() + ": " + answer.text());
            } else if (answer.status() >= 400 && answer.body().length == 0 && !request.summary().startsWith("HEAD ")) {
                failures.add("empty " + answer.status() + " for " + request.summary());
            }
        } catch (Exception e) {
            failures.add(e + " for " + request.summary());
        }
    }

    /** JSON, or — only from the image proxy — a picture. */
    private boolean isJsonOrImage(RawHttp.Answer answer) {
        if (answer.status() == 200 && answer.contentType().startsWith("image/")) {
            return true;
        }
        if (!answer.contentType().startsWith("application/json")) {
            return false;
        }
        try {
            json.readTree(answer.body());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
