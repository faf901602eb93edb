package dev.stash2plex.provider.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.config.ConfigLoader;
import dev.stash2plex.provider.config.ProviderConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run the image build records its AOT cache from (JDK 25, JEP 483/514/515):
 * {@code java -XX:AOTCacheOutput=/app/provider.aot -cp /app/provider.jar dev.stash2plex.provider.training.AotTraining}.
 * It starts the provider exactly as {@code Main} wires it, against a {@link TrainingStash} of one
 * scene on loopback (no network), waits for the index, asks what Plex asks — the manifest, a match,
 * the metadata, its images and extras, {@code /health}, a request it refuses — a few rounds, then
 * stops the provider and exits; the JVM writes the cache of every class loaded and linked and the
 * methods' profiles at exit. The cache only starts the provider faster: a class it lacks loads as usual.
 * Any failure exits 1, failing the image build: a provider that cannot serve its one scene is broken.
 */
public final class AotTraining {

    private static final String PLEX_ROOT = "/plex/media/";
    private static final String PATH_RULES = "[{\"name\":\"training\",\"plex_library_root\":\"" + PLEX_ROOT + "\","
            + "\"plex_pattern\":\"^" + PLEX_ROOT + "(.*)\",\"stash_pattern\":\"/stash/media/\\\\1\"}]";
    /** Enough rounds for the profiles of the request path (JEP 515) to mean something, few enough to stay a second. */
    private static final int ROUNDS = 50;
    private static final Duration INDEX_LIMIT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private AotTraining() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        try {
            run();
        } catch (Exception e) {
            System.err.println("AOT training run failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.out.printf("AOT training run done in %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.exit(0); // the provider's non-daemon threads are stopped; the JVM writes the cache now
    }

    private static void run() throws Exception {
        Path dataDir = Files.createTempDirectory("s2p-aot-training");
        int port = freePort();
        try (TrainingStash stash = new TrainingStash(freePort()).start()) {
            ProviderConfig config = new ConfigLoader(Map.of(
                    "S2P_CONFIG_FILE", dataDir.resolve("absent-provider.yml").toString(),
                    "S2P_STASH_URL", stash.url().toString(),
                    "S2P_STASH_API_KEY", TrainingStash.API_KEY,
                    "S2P_PROVIDER_PORT", Integer.toString(port),
                    "S2P_DATA_DIR", dataDir.toString(),
                    "S2P_PATH_RULES", PATH_RULES)).load();
            Provider provider = Provider.start(config, PathRules.compile(config.pathRules()), "training", Clock.systemUTC());
            try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                Requests requests = new Requests(http, URI.create("http://127.0.0.1:" + port));
                requests.awaitIndexUsable();
                for (int round = 0; round < ROUNDS; round++) {
                    requests.planRound();
                }
            } finally {
                provider.close();
            }
        } finally {
            deleteTree(dataDir);
        }
    }

    /** What Plex and the desktop app ask, each answer checked. */
    private record Requests(HttpClient http, URI base) {

        void awaitIndexUsable() throws Exception {
            long deadline = System.nanoTime() + INDEX_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (JSON.readTree(expect("GET", "/health", null, 200)).path("index").path("usable").asBoolean()) {
                    return;
                }
                Thread.sleep(100); // the polling interval
            }
            throw new IllegalStateException("the index was not usable within " + INDEX_LIMIT.toSeconds() + " s");
        }

        void planRound() throws Exception {
            expect("GET", "/", null, 200);
            String matchBody = "{\"type\":1,\"filename\":\"Training Studio/Training Scene.mp4\"}";
            JsonNode match = JSON.readTree(expect("POST", "/library/metadata/matches?X-Plex-Language=en-US", matchBody, 200));
            List<String> keys = match.findValuesAsText("ratingKey");
            if (!keys.equals(List.of(TrainingStash.SCENE_ID))) {
                throw new IllegalStateException("the match named " + keys + ", not scene " + TrainingStash.SCENE_ID);
            }
            expect("GET", "/library/metadata/" + TrainingStash.SCENE_ID, null, 200);
            expect("GET", "/library/metadata/" + TrainingStash.SCENE_ID + "/images", null, 200);
            expect("GET", "/library/metadata/" + TrainingStash.SCENE_ID + "/extras", null, 200);
            expect("POST", "/explain", matchBody, 200);
            expect("GET", "/library/metadata/not-a-key", null, 400);
            expect("GET", "/health", null, 200);
        }

        private String expect(String method, String path, String body, int status) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                    : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != status) {
                throw new IllegalStateException(method + " " + path + " answered HTTP " + answer.statusCode()
                        + ", not " + status + ": " + answer.body());
            }
            return answer.body();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
