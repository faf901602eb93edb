package dev.stash2plex.provider.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.library.GapSchedule;
import dev.stash2plex.provider.testing.FakeLibrary;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.StashSchema;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Library view benchmark (not a test): how long each {@code /library/…} page takes on a big library,
 * and what it costs Stash. The real provider (wired as in production, in this JVM) indexes a generated
 * library ({@link FakeLibrary}) from the fake Stash; Plex scans 90 % of its files plus some Stash does
 * not have, so both gap lists are long; then every endpoint is asked for its first, a middle and its
 * last page, with and without a search, each several times, while the fake Stash counts what it is asked.
 *
 * <p>Run: {@code ./mvnw -q -pl provider -Pbench test-compile exec:java@library}. Options as system
 * properties: {@code bench.scenes} (100000), {@code bench.plexOnly} (5000), {@code bench.repeats} (10),
 * {@code bench.seed} (42).
 */
public final class LibraryBenchmark {

    private static final String KEY = "bench-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LibraryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // As the provider's Main does for S2P_LOG_LEVEL=warn: a line per request would be a cost of its own.
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
        int sceneCount = Integer.getInteger("bench.scenes", 100_000);
        int plexOnly = Integer.getInteger("bench.plexOnly", 5_000);
        int repeats = Integer.getInteger("bench.repeats", 10);
        long seed = Long.getLong("bench.seed", 42);
        System.out.printf(Locale.ROOT, "Stash2Plex library view benchmark, %s: %,d scenes (FakeLibrary seed %d), %d cores,"
                        + " load average %.2f, JDK %s%n", LocalDate.now(), sceneCount, seed,
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.version());
        try (Scratch scratch = Scratch.create("s2p-library-bench");
             FakeStash stash = FakeStash.start(StashSchema.load(), KEY)) {
            List<FakeScene> scenes = new FakeLibrary(seed).addTo(stash, sceneCount);
            // The fake's first query loads its schema: not something the provider's start should wait out.
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stash.baseUrl() + "/graphql"))
                    .header("Content-Type", "application/json").header("ApiKey", KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ version { version } }\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<PlexScan.File> library = ProviderSetup.plexFiles(scenes);
            List<PlexScan.File> plexFiles = new ArrayList<>();
            for (int i = 0; i < library.size(); i++) {
                if (i % 10 != 9) {
                    plexFiles.add(library.get(i));
                }
            }
            for (int i = 0; i < plexOnly; i++) {
                plexFiles.add(new PlexScan.File("Only In Plex/file " + i + ".mp4", "none"));
            }
            PathRuleDefinition rule = PathRuleDefinition.of("media", "^" + ProviderSetup.PLEX_ROOT + "(.*)",
                    ProviderSetup.STASH_ROOT + "\\1").withPlexLibraryRoot(ProviderSetup.PLEX_ROOT);
            // The default refresh; the index's own reads are told apart from the pages' (StashRequests). A long
            // Stash timeout and no rate limit: the machine is shared, and the benchmark is one client flat out.
            ProviderConfig config = new ProviderConfig(stash.baseUrl(), KEY, URI.create("http://127.0.0.1:32400"), "", 0, "warn",
                    List.of(rule), Optional.empty(), Duration.ofSeconds(60), 8, scratch.folder("data"), Duration.ofSeconds(30),
                    Duration.ofHours(1), List.of(), List.of(), "", 0, GapSchedule.MANUAL);
            try (Provider provider = Provider.start(config, PathRules.compile(config.pathRules()), "bench", Clock.systemUTC())) {
                String base = "http://127.0.0.1:" + provider.port();
                HttpClient http = HttpClient.newHttpClient();
                long buildStart = System.nanoTime();
                Polling.until("the index is usable", Duration.ofMinutes(10), Duration.ofMillis(500),
                        () -> get(http, base + "/health").at("/index/usable").asBoolean() ? true : null, () -> "");
                System.out.printf(Locale.ROOT, "Index built: %.1f s%n", (System.nanoTime() - buildStart) / 1e9);

                PlexScan.Result scan = new PlexScan(8).run(provider.port(), plexFiles);
                System.out.printf(Locale.ROOT, "Plex scan: %,d files in %.1f s (%,.0f/s), %,d answered no scene (expected %,d)%n",
                        scan.files(), scan.seconds(), scan.filesPerSecond(), scan.mismatches().size(), plexOnly);
                Polling.until("the history holds every scanned file", Duration.ofMinutes(2), Duration.ofMillis(500),
                        () -> get(http, base + "/library/report").get("files").asInt() == plexFiles.size() ? true : null,
                        () -> {
                            try {
                                return get(http, base + "/library/report");
                            } catch (Exception e) {
                                return e;
                            }
                        });
                JsonNode report = get(http, base + "/library/report");
                System.out.println("Report: " + report);

                int plexGaps = report.get("plex_unmatched").asInt();
                int stashGaps = report.get("stash_unmatched").asInt();
                int matched = report.at("/by_step/path").asInt();
                int mark = StashRequests.mark(stash);
                System.out.printf("%n%-58s %8s %8s %8s %7s%n", "page (limit 50)", "items", "p50 ms", "max ms", "total");
                List<String> pages = List.of(
                        "/library/report",
                        "/library/gaps?side=plex",
                        "/library/gaps?side=plex&offset=" + (plexGaps - 50),
                        "/library/gaps?side=plex&q=file%2012",
                        "/library/gaps?side=stash",
                        "/library/gaps?side=stash&offset=" + stashGaps / 2,
                        "/library/gaps?side=stash&offset=" + (stashGaps - 50),
                        "/library/gaps?side=stash&q=studio",
                        "/library/files",
                        "/library/files?step=path&offset=" + (matched - 50),
                        "/library/files?q=beach",
                        "/library/rules/proposals");
                for (String page : pages) {
                    measure(http, base, page, repeats);
                }
                StashRequests asked = StashRequests.since(stash, mark);
                System.out.printf("%nStash requests while the pages were read: %d (%s); of them made by the pages"
                        + " (not the background health probe or index refresh): %d%n", asked.total(), asked.breakdown(), asked.lookups());
                if (!stash.invalidQueries().isEmpty()) {
                    System.out.println("Queries Stash's schema rejects: " + stash.invalidQueries());
                }
                System.out.printf(Locale.ROOT, "Load average when done: %.2f%n", loadAverage());
            }
        }
    }

    private static void measure(HttpClient http, String base, String page, int repeats) throws Exception {
        double[] millis = new double[repeats];
        JsonNode last = null;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            last = get(http, base + page);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        JsonNode items = last.has("items") ? last.get("items") : last.get("proposals");
        String count = items == null ? "-" : Integer.toString(items.size());
        String total = last.has("total") ? String.format(Locale.ROOT, "%,d", last.get("total").asInt()) : "-";
        System.out.printf(Locale.ROOT, "%-58s %8s %8.1f %8.1f %7s%n", page, count, millis[repeats / 2], millis[repeats - 1], total);
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
