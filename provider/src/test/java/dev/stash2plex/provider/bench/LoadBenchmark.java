package dev.stash2plex.provider.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.core.stash.SentQueries;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.StashSchema;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Load benchmark (not a test): the real provider against the fake Stash answering with a fixed 5 ms
 * latency. Prints throughput and p50/p99 for match and metadata — cold (every request a scene not
 * seen before, so each costs a Stash call) and warm (the same scenes again, from the lookup cache) —
 * and the provider's own added latency: its p50 minus the p50 of the same Stash call made directly.
 *
 * <p>Run: {@code ./mvnw -q -pl provider -Pbench test-compile exec:java}. Options as system
 * properties: {@code bench.requests} (per phase, default 3000), {@code bench.concurrency} (8).
 */
public final class LoadBenchmark {

    private static final Duration STASH_LATENCY = Duration.ofMillis(5);
    private static final String KEY = "bench-key";

    private LoadBenchmark() {
    }

    /** The very query the provider's Stash client sends, read from its own resource. */
    private static HttpRequest graphql(URI stash, String resource, String variables) {
        String query = SentQueries.text(resource);
        String body = "{\"query\":" + quote(query) + ",\"variables\":" + variables + "}";
        return HttpRequest.newBuilder(URI.create(stash + "/graphql")).header("Content-Type", "application/json")
                .header("ApiKey", KEY).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String quote(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("bench.requests", 3000);
        int concurrency = Integer.getInteger("bench.concurrency", 8);
        int warmup = requests / 2;
        try (FakeStash stash = FakeStash.start(StashSchema.load(), KEY)) {
            for (int i = 1; i <= 3 * requests + warmup; i++) {
                stash.add(FakeScene.builder(Integer.toString(i)).title("Scene " + i).date("2024-01-15")
                        .performer(Integer.toString(i), "Performer " + i).tag("1", "tag")
                        .file("/stash/media/Studio/scene-" + i + ".mp4"));
            }
            stash.setLatency(STASH_LATENCY);
            PathRuleDefinition rule = PathRuleDefinition.of("media", "^/plex/media/(.*)", "/stash/media/\\1")
                    .withPlexLibraryRoot("/plex/media/");
            ProviderConfig config = new ProviderConfig(stash.baseUrl(), KEY, URI.create("http://127.0.0.1:32400"), "", 0,
                    "warn", List.of(rule), Optional.empty(), Duration.ofSeconds(10), 8,
                    Path.of(System.getProperty("java.io.tmpdir")), Duration.ZERO, Duration.ofMinutes(10), List.of(), List.of(), "",
                    // Off: the benchmark measures how fast the provider can go, which is what the limit is set against.
                    0, dev.stash2plex.provider.library.GapSchedule.MANUAL);
            try (Provider provider = Provider.start(config, PathRules.compile(config.pathRules()), "bench", Clock.systemUTC())) {
                String base = "http://127.0.0.1:" + provider.port();
                LoadRun run = new LoadRun(HttpClient.newHttpClient(), concurrency);
                IntFunction<HttpRequest> match = i -> HttpRequest.newBuilder(URI.create(base + "/library/metadata/matches"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"type\":1,\"filename\":\"Studio/scene-" + i + ".mp4\"}"))
                        .build();
                IntFunction<HttpRequest> metadata = i -> HttpRequest.newBuilder(URI.create(base + "/library/metadata/" + i)).build();
                IntFunction<HttpRequest> pathQuery = i -> graphql(stash.baseUrl(), "scenes-by-path.graphql",
                        "{\"path\":\"/stash/media/Studio/scene-" + i + ".mp4\",\"perPage\":50}");
                IntFunction<HttpRequest> sceneQuery = i -> graphql(stash.baseUrl(), "find-scene.graphql", "{\"id\":\"" + i + "\"}");

                System.out.printf("Stash2Plex load benchmark: fake Stash latency %d ms, %d requests per phase, concurrency %d, %d cores, load average %.2f%n",
                        STASH_LATENCY.toMillis(), requests, concurrency, Runtime.getRuntime().availableProcessors(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                run.phase("warm-up", requests + 1, warmup, match);
                LoadRun.Result pathCall = run.phase("baseline: path query sent directly", 1, requests, pathQuery);
                LoadRun.Result sceneCall = run.phase("baseline: scene query sent directly", 1, requests, sceneQuery);
                stash.resetCounters();
                LoadRun.Result matchCold = run.phase("match, cold (1 Stash call each)", 1, requests, match);
                LoadRun.Result matchWarm = run.phase("match, warm (lookup cache)", 1, requests, match);
                LoadRun.Result metadataCold = run.phase("metadata, cold (1 Stash call each)", 2 * requests + warmup + 1, requests, metadata);
                LoadRun.Result metadataWarm = run.phase("metadata, warm (lookup cache)", 2 * requests + warmup + 1, requests, metadata);
                System.out.println();
                System.out.println(LoadRun.Result.header());
                for (LoadRun.Result result : List.of(pathCall, sceneCall, matchCold, matchWarm, metadataCold, metadataWarm)) {
                    System.out.println(result.row());
                }
                System.out.printf("%nProvider's own added latency, p50 (p99) minus the same Stash query sent directly:"
                        + " match %.2f ms (%.2f ms), metadata %.2f ms (%.2f ms)%n",
                        matchCold.p50() - pathCall.p50(), matchCold.p99() - pathCall.p99(),
                        metadataCold.p50() - sceneCall.p50(), metadataCold.p99() - sceneCall.p99());
                System.out.printf("Stash calls in flight at most while the provider was under load: %d (bound: 8)%n", stash.maxInFlight());
            }
        }
    }
}
