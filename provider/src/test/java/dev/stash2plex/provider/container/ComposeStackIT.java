package dev.stash2plex.provider.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.provider.testing.BridgeRelay;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.TestPorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The user's path, for real: a fresh clone, {@code .env} written, {@code docker-compose up -d
 * --build} (Maven inside the build, local base images), a fake Stash on the host reached through
 * {@code host.docker.internal}. The container turns healthy, and Plex's requests through the
 * published port get the right answers. Last, the stack goes down and up again and finds its data
 * volume, and the scene index in it, as it left them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposeStackIT {

    private static final String KEY = "compose-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProviderImages images;
    private static FakeStash stash;
    private static BridgeRelay relay;
    private static ComposeProject project;
    private static URI provider;
    private static HttpClient http;

    @BeforeAll
    static void up() throws IOException {
        images = ProviderImages.assumeReady();
        assumeTrue(images.docker().answers("docker-compose", "version"),
                "docker-compose is not installed: compose stack test skipped (.ci/run installs it)");
        stash = FakeStash.startWithApiKey(KEY);
        stash.add(FakeScene.builder("42").title("Some Film").date("2021-05-01")
                .file("/data/films/Some Film (2021).mkv").studio("7", "Acme").performer("3", "Jane Doe")
                .tag("5", "Drama"));
        // More than one scene, so the index's count after a restart says something.
        stash.add(FakeScene.builder("43").title("Harbour Lights").file("/data/films/Harbour Lights.mkv"),
                FakeScene.builder("44").title("Quiet Orchard").file("/data/films/Quiet Orchard.mkv"));
        relay = BridgeRelay.onDockerBridge(images.docker().bridgeGateway(), stash.port());
        int port = TestPorts.free();
        project = ComposeProject.copyOf(images.repository(), images.docker(), List.of(
                "S2P_STASH_URL=http://host.docker.internal:" + relay.port(),
                "S2P_STASH_API_KEY=" + KEY,
                "S2P_PROVIDER_PORT=" + port,
                "S2P_BUILD_BASE_IMAGE=" + ProviderImages.BUILD_BASE,
                "S2P_RUNTIME_BASE_IMAGE=" + ProviderImages.RUNTIME_BASE));
        project.compose(Duration.ofMinutes(15), "up", "-d", "--build").ok();
        provider = URI.create("http://127.0.0.1:" + port);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        awaitHealthy(project.containerId("provider"), Duration.ofSeconds(120));
    }

    @AfterAll
    static void down() {
        if (project != null) {
            System.out.println(project.compose(Duration.ofSeconds(30), "logs", "--no-color").output());
            project.close();
        }
        if (http != null) {
            http.close();
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
    void manifestAnswersOnThePublishedPort() throws Exception {
        JsonNode manifest = getJson("/", 200);

        assertThat(manifest.at("/MediaProvider/identifier").asText()).isEqualTo("tv.plex.agents.custom.stash2plex");
    }

    @Test
    void healthSaysOkBecauseStashIsReachableFromTheContainer() throws Exception {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        JsonNode health = Polling.until("/health status ok", Duration.ofSeconds(60), Duration.ofSeconds(1), () -> {
            JsonNode answer = getJson("/health", 200);
            last.set(answer);
            return answer.path("status").asText().equals("ok") ? answer : null;
        }, last::get);
        assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("ok");
    }

    @Test
    void matchFindsTheSceneByFilename() throws Exception {
        String body = "{\"type\":1,\"title\":\"Some Film\",\"year\":2021,"
                + "\"filename\":\"/Films/Some Film (2021).mkv\",\"manual\":0}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(provider.resolve("/library/metadata/matches"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode metadata = JSON.readTree(response.body()).at("/MediaContainer/Metadata");
        assertThat(metadata).hasSize(1);
        assertThat(metadata.get(0).path("guid").asText()).isEqualTo("tv.plex.agents.custom.stash2plex://movie/42");
        assertThat(response.body()).doesNotContain(KEY);
    }

    @Test
    void metadataComesFromTheScene() throws Exception {
        JsonNode movie = getJson("/library/metadata/42", 200).at("/MediaContainer/Metadata/0");

        assertThat(movie.path("ratingKey").asText()).isEqualTo("42");
        assertThat(movie.path("title").asText()).isEqualTo("Some Film");
        assertThat(movie.path("year").asInt()).isEqualTo(2021);
        assertThat(movie.path("studio").asText()).isEqualTo("Acme");
        assertThat(movie.toString()).doesNotContain(KEY);
    }

    @Test
    void unknownSceneIsJson404() throws Exception {
        getJson("/library/metadata/999999", 404);
    }

    @Test
    void composeAppliedTheHardeningAndTheHostMapping() {
        String id = project.containerId("provider");
        String host = images.docker().docker(Duration.ofSeconds(30), "inspect", "-f",
                "{{.HostConfig.ReadonlyRootfs}} {{.HostConfig.CapDrop}} {{.HostConfig.SecurityOpt}} "
                        + "{{.HostConfig.ExtraHosts}} {{.HostConfig.RestartPolicy.Name}}", id).ok().trimmed();

        assertThat(host).isEqualTo("true [ALL] [no-new-privileges:true] [host.docker.internal:host-gateway] unless-stopped");
        assertThat(mounts(id)).containsExactly("bind /config false", "volume /data true " + dataVolume());
    }

    @Test
    void composeAppliedTheMemoryPidAndLogLimits() {
        String limits = images.docker().docker(Duration.ofSeconds(30), "inspect", "-f",
                "{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.PidsLimit}} "
                        + "{{.HostConfig.LogConfig.Type}} {{json .HostConfig.LogConfig.Config}}",
                project.containerId("provider")).ok().trimmed();

        assertThat(limits).isEqualTo("536870912 536870912 256 json-file {\"max-file\":\"3\",\"max-size\":\"10m\"}");
    }

    @Test
    void theProviderRunsAsItsOwnUserNeverRoot() {
        String id = project.containerId("provider");

        assertThat(images.docker().docker(Duration.ofSeconds(30), "inspect", "-f", "{{.Config.User}}", id).ok().trimmed())
                .isEqualTo("10001:10001");
        // The provider's own process (PID 1), not a new one started by docker exec.
        assertThat(images.docker().docker(Duration.ofSeconds(30), "exec", id, "stat", "-c", "%u:%g", "/proc/1").ok().trimmed())
                .isEqualTo("10001:10001");
        assertThat(images.docker().docker(Duration.ofSeconds(30), "exec", id, "id", "-u").ok().trimmed()).isEqualTo("10001");
    }

    /**
     * Last, since it takes the stack down and up again. The named volume stays with {@code down}
     * (no {@code -v}): what the provider wrote to /data is there for the next container, and the
     * scene index starts from its file instead of reading all of Stash again.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theDataVolumeAndTheIndexInItOutliveDownAndUp() throws Exception {
        String first = project.containerId("provider");
        // docker exec runs as the image's user: /data (the new volume) must be writable for 10001.
        images.docker().docker(Duration.ofSeconds(30), "exec", first, "touch", "/data/written-before-down").ok();
        int scenes = stash.sceneList().size();
        JsonNode indexBefore = awaitIndexReady(Duration.ofSeconds(120));
        assertThat(indexBefore.path("scenes").asInt()).as(indexBefore.toString()).isEqualTo(scenes);
        assertThat(indexBefore.path("started_from").asText()).as(indexBefore.toString()).isEqualTo("empty");
        assertThat(indexBefore.path("store").asText()).as(indexBefore.toString()).isEqualTo("file");

        project.compose(Duration.ofMinutes(2), "down").ok();
        images.docker().docker(Duration.ofSeconds(30), "volume", "inspect", dataVolume()).ok();
        project.compose(Duration.ofMinutes(5), "up", "-d").ok();
        String second = project.containerId("provider");
        awaitHealthy(second, Duration.ofSeconds(120));

        assertThat(second).as("a new container").isNotEqualTo(first);
        assertThat(mounts(second)).contains("volume /data true " + dataVolume());
        assertThat(images.docker().docker(Duration.ofSeconds(30), "exec", second, "stat", "-c", "%u:%g %n",
                "/data", "/data/written-before-down").ok().trimmed())
                .isEqualTo("10001:10001 /data\n10001:10001 /data/written-before-down");
        JsonNode indexAfter = awaitIndexReady(Duration.ofSeconds(120));
        assertThat(indexAfter.path("started_from").asText()).as(indexAfter.toString()).isEqualTo("disk");
        assertThat(indexAfter.path("scenes").asInt()).as(indexAfter.toString()).isEqualTo(scenes);
        assertThat(indexAfter.path("store").asText()).as(indexAfter.toString()).isEqualTo("file");
    }

    @Test
    void theApiKeyNeverAppearsInTheLog() {
        assertThat(project.compose(Duration.ofSeconds(30), "logs", "--no-color").ok().output()).doesNotContain(KEY);
    }

    /** compose names a volume {@code <project>_<volume>}. */
    private static String dataVolume() {
        return project.name() + "_data";
    }

    /** {@code type destination writable [volume name]} of each mount, sorted (the engine lists them in no set order). */
    private static List<String> mounts(String containerId) {
        return images.docker().docker(Duration.ofSeconds(30), "inspect", "-f",
                "{{range .Mounts}}{{.Type}} {{.Destination}} {{.RW}} {{.Name}}\n{{end}}", containerId).ok()
                .output().lines().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList();
    }

    /** The /health {@code index} block once its state is {@code ready}. */
    private static JsonNode awaitIndexReady(Duration timeout) throws Exception {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        JsonNode index = Polling.until("the index ready", timeout, Duration.ofSeconds(1), () -> {
            JsonNode seen = getJson("/health", 200).path("index");
            last.set(seen);
            return seen.path("state").asText().equals("ready") ? seen : null;
        }, last::get);
        assertThat(index.path("state").asText()).as("index state: " + index).isEqualTo("ready");
        return index;
    }

    private static JsonNode getJson(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(provider.resolve(path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static void awaitHealthy(String containerId, Duration timeout) {
        AtomicReference<String> state = new AtomicReference<>("");
        Polling.until("compose service healthy", timeout, Duration.ofMillis(500), () -> {
            state.set(images.docker().docker(Duration.ofSeconds(30), "inspect", "-f",
                    "{{.State.Status}} {{.State.Health.Status}}", containerId).ok().trimmed());
            return state.get().equals("running healthy") ? true : null;
        }, () -> "(" + state.get() + ")\n" + project.compose(Duration.ofSeconds(30), "logs", "--no-color").output());
    }
}
