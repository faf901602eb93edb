package dev.stash2plex.provider.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.sync.SyncSettings;
import dev.stash2plex.provider.testing.FakePms;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plex sync benchmark (not a test): a burst of edits in Stash — {@code bench.edits} (10,000) over
 * {@code bench.scenes} distinct scenes (1,000) in {@code bench.rounds} rounds a second apart — and
 * what reaches the fake Plex: how many refreshes (coalescing), the most in any one-second window
 * (the rate bound), and when the last arrived against the time computed from the settings (the
 * index's refresh interval + the settle time + refreshes ÷ rate).
 *
 * <p>Run: {@code ./mvnw -q -pl provider -Pbench test-compile exec:java@sync}. Options as system
 * properties: {@code bench.rate} (refreshes a second, 20), {@code bench.library} (scenes in Stash, 5,000).
 */
public final class SyncBenchmark {

    private static final String KEY = "bench-key";
    private static final String TOKEN = "bench-plex-token";
    private static final String GUID = "tv.plex.agents.custom.stash2plex://movie/";
    private static final Duration REFRESH = Duration.ofSeconds(5);

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int edits = Integer.getInteger("bench.edits", 10_000);
        int distinct = Integer.getInteger("bench.scenes", 1_000);
        int rounds = Integer.getInteger("bench.rounds", 10);
        int library = Integer.getInteger("bench.library", 5_000);
        double rate = Double.parseDouble(System.getProperty("bench.rate", "20"));
        System.out.printf(Locale.ROOT, "Stash2Plex sync benchmark, %s: %,d edits to %,d scenes in %d rounds 1 s apart,"
                        + " library %,d scenes, rate %.1f/s, index refresh %d s, %d cores, JDK %s%n", LocalDate.now(), edits,
                distinct, rounds, library, rate, REFRESH.toSeconds(), Runtime.getRuntime().availableProcessors(), Runtime.version());
        Path data = Files.createTempDirectory("s2p-sync-bench");
        try (FakeStash stash = FakeStash.start(StashSchema.load(), KEY); FakePms plex = FakePms.start(TOKEN)) {
            plex.section("1", "Stash", "/media").pageCap(200);
            List<FakeScene> scenes = new ArrayList<>();
            for (int i = 1; i <= library; i++) {
                scenes.add(FakeScene.builder(Integer.toString(i)).title("Scene " + i).file("/media/scene-" + i + ".mp4").build());
                plex.item("1", Integer.toString(100_000 + i), GUID + i, "/media/scene-" + i + ".mp4");
            }
            stash.add(scenes);
            SyncSettings settings = new SyncSettings(rate, Duration.ofHours(72), false, false, SyncSettings.SETTLE,
                    SyncSettings.BACKOFF_CAP, SyncSettings.MAP_RECHECK);
            ProviderConfig config = TestProvider.withAccess(TestProvider.indexed(stash.baseUrl(), KEY, List.of(), data, REFRESH,
                    Duration.ofHours(1), List.of()), java.util.Optional.empty(), List.of(), "", 0).withPlex(plex.baseUrl(), TOKEN, settings);
            try (Provider provider = TestProvider.start(config)) {
                ProviderClient client = new ProviderClient(provider.port());
                Polling.until("index usable, sync up to date", Duration.ofMinutes(5), () -> {
                    JsonNode health = client.get("/health").json();
                    return health.get("index").get("usable").asBoolean()
                            && health.get("sync").get("state").asText().equals("up_to_date") ? true : null;
                });
                int changesBefore = client.get("/health").json().get("index").get("changes_logged").asInt();
                plex.clearRecords();

                long start = System.nanoTime();
                int perRound = edits / rounds;
                for (int round = 0; round < rounds; round++) {
                    for (int e = 0; e < perRound; e++) {
                        int scene = 1 + (round * perRound + e) % distinct;
                        int n = round;
                        stash.edit(Integer.toString(scene), s -> s.title("Edited in round " + n));
                    }
                    long next = start + (round + 1) * 1_000_000_000L;
                    long wait = next - System.nanoTime();
                    if (wait > 0 && round < rounds - 1) {
                        Thread.sleep(wait / 1_000_000); // the behaviour measured: edits paced one round a second, not a wait for a result
                    }
                }
                long lastEdit = System.nanoTime();
                Instant lastEditAt = Instant.now();
                // Done when the index has refreshed after a refresh that began after the last edit, and nothing waits.
                Instant afterBurst = Polling.until("an index refresh after the burst", Duration.ofMinutes(5), () -> {
                    Instant last = Instant.parse(client.get("/health").json().get("index").get("last_refresh").asText());
                    return last.isAfter(lastEditAt) ? last : null;
                });
                Polling.until("every change delivered", Duration.ofMinutes(30), Duration.ofMillis(500), () -> {
                    JsonNode health = client.get("/health").json();
                    boolean seen = Instant.parse(health.get("index").get("last_refresh").asText()).isAfter(afterBurst);
                    return seen && health.get("sync").get("waiting").asInt() == 0 ? true : null;
                }, () -> client.get("/health").json().get("sync"));
                System.out.println("sync block: " + client.get("/health").json().get("sync"));
                List<String> refreshed = plex.refreshed();
                List<Long> times = plex.refreshTimes();
                int changes = client.get("/health").json().get("index").get("changes_logged").asInt() - changesBefore;
                double detection = java.time.Duration.between(lastEditAt, afterBurst).toMillis() / 1000.0;
                report(edits, distinct, changes, refreshed, times, start, lastEdit, rate, detection);
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void report(int edits, int distinct, int changes, List<String> refreshed, List<Long> times, long start,
            long lastEdit, double rate, double detection) {
        Map<String, Integer> perItem = new HashMap<>();
        refreshed.forEach(key -> perItem.merge(key, 1, Integer::sum));
        int maxWindow = 0;
        for (int i = 0, j = 0; i < times.size(); i++) {
            while (times.get(i) - times.get(j) >= 1_000_000_000L) {
                j++;
            }
            maxWindow = Math.max(maxWindow, i - j + 1);
        }
        double lastRefresh = times.isEmpty() ? 0 : (times.getLast() - lastEdit) / 1e9;
        double span = times.size() < 2 ? 0 : (times.getLast() - times.getFirst()) / 1e9;
        // The index must see the burst first (its next refresh after the last edit: measured), then every
        // refresh waits its turn at the rate; 1 s for the last feed and pass.
        double bound = detection + SyncSettings.SETTLE.toSeconds() + refreshed.size() / rate + 1;
        long missing = java.util.stream.IntStream.rangeClosed(1, distinct)
                .filter(i -> !perItem.containsKey(Integer.toString(100_000 + i))).count();
        System.out.printf(Locale.ROOT, "edited scenes whose item got no refresh: %,d%n", missing);
        System.out.printf(Locale.ROOT, "edits %,d (burst %.1f s) -> changes logged by the index %,d -> refreshes sent %,d"
                        + " to %,d items (%,d distinct scenes edited); most refreshes of one item %d%n", edits, (lastEdit - start) / 1e9,
                changes, refreshed.size(), perItem.size(), distinct, perItem.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        System.out.printf(Locale.ROOT, "rate: at most %d refreshes in any 1 s window (bound %.1f), %.2f/s over %.1f s%n", maxWindow,
                rate, span == 0 ? 0 : (times.size() - 1) / span, span);
        System.out.printf(Locale.ROOT, "last refresh %.1f s after the last edit; computed bound %.1f s (index saw the burst"
                        + " after %.1f s + settle %d s + %,d / %.1f/s + 1 s) -> %s%n", lastRefresh, bound, detection,
                SyncSettings.SETTLE.toSeconds(), refreshed.size(), rate, lastRefresh <= bound ? "within" : "OVER");
    }
}
