package dev.stash2plex.provider.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The fake itself must behave like Stash, or every test built on it proves nothing. */
class FakeStashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeStash stash;
    private static FakeStash locked;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startStashes() {
        StashSchema schema = StashSchema.load();
        stash = FakeStash.start(schema, null);
        locked = FakeStash.start(schema, "K");
    }

    @AfterAll
    static void stopStashes() {
        if (stash != null) {
            stash.close();
        }
        if (locked != null) {
            locked.close();
        }
    }

    @AfterEach
    void reset() {
        stash.reset();
        locked.reset();
        http.close();
    }

    @Test
    void missingSchemaFolderSkipsWithAReason() {
        assertThatThrownBy(() -> StashSchema.load(Path.of("/nonexistent/stash-schema")))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("schema is missing")
                .hasMessageContaining("/nonexistent/stash-schema");
    }

    @Test
    void answersAValidQueryAndRejectsAnUnknownFieldWith422() throws Exception {
        stash.add(FakeScene.builder("1").file("/data/a.mp4"));

        HttpResponse<String> ok = graphql(stash, null, "{ findScene(id: \"1\") { id title files { path } } }", Map.of());
        HttpResponse<String> bad = graphql(stash, null, "{ findScene(id: \"1\") { id bogus } }", Map.of());

        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode scene = JSON.readTree(ok.body()).at("/data/findScene");
        assertThat(scene.get("title").asText()).isEmpty();
        assertThat(scene.at("/files/0/path").asText()).isEqualTo("/data/a.mp4");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(bad.body()).at("/errors/0/extensions/code").asText()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(stash.invalidQueries()).hasSize(1);
        assertThat(stash.invalidQueries().getFirst().errors().getFirst()).contains("bogus");
    }

    @Test
    void pathEqualsIsACaseInsensitiveLikeWithWildcards() throws Exception {
        stash.add(FakeScene.builder("1").file("/data/a_b.mp4"), FakeScene.builder("2").file("/DATA/AXB.mp4"));
        String query = "query($p: String!) { findScenes(scene_filter: {path: {value: $p, modifier: EQUALS}}, "
                + "filter: {sort: \"id\"}) { count scenes { id } } }";

        JsonNode found = JSON.readTree(graphql(stash, null, query, Map.of("p", "/data/a_b.mp4")).body());

        assertThat(found.at("/data/findScenes/count").asInt()).isEqualTo(2);
    }

    @Test
    void resolverErrorsComeBackWith200() throws Exception {
        HttpResponse<String> answer = graphql(stash, null, "{ findScene(id: \"abc\") { id } }", Map.of());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).at("/errors/0/message").asText()).contains("invalid syntax");
    }

    @Test
    void authWorksLikeStash() throws Exception {
        locked.add(FakeScene.builder("1").file("/data/a.mp4").withCover());

        assertThat(graphql(locked, "K", "{ version { version } }", Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = graphql(locked, "nope", "{ version { version } }", Map.of());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("FormBased");
        assertThat(graphql(locked, null, "{ version { version } }", Map.of()).statusCode()).isEqualTo(401);
        assertThat(graphql(stash, "K", "{ version { version } }", Map.of()).statusCode()).isEqualTo(401);
        HttpResponse<byte[]> image = get(locked, "/scene/1/screenshot", null);
        assertThat(image.statusCode()).isEqualTo(302);
        assertThat(image.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/login"));
        HttpResponse<byte[]> withKey = get(locked, "/scene/1/screenshot", "K");
        assertThat(withKey.statusCode()).isEqualTo(200);
        assertThat(withKey.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(withKey.body()).isEqualTo(FakeImages.png("scene", "1"));
    }

    @Test
    void downRefusesConnectionsAndUpListensOnTheSamePort() throws Exception {
        int port = stash.port();
        stash.down();
        assertThatThrownBy(() -> graphql(stash, null, "{ version { version } }", Map.of()))
                .isInstanceOf(ConnectException.class);
        stash.up();
        assertThat(stash.port()).isEqualTo(port);
        assertThat(graphql(stash, null, "{ version { version } }", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void healthzPassesBeforeAuthAndFilesWithAnExtensionGet401() throws Exception {
        assertThat(get(locked, "/healthz", null).statusCode()).isEqualTo(200);
        assertThat(get(locked, "/healthz", "wrong").statusCode()).isEqualTo(200);
        assertThat(get(locked, "/scene/1_sprite.jpg", null).statusCode()).isEqualTo(401);
        assertThat(get(locked, "/scene/1/screenshot?apikey=K", null).statusCode()).isEqualTo(404);
    }

    @Test
    void countsConcurrencyAndInjectsFaults() throws Exception {
        stash.setLatency(Duration.ofMillis(200));
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 5; i++) {
                callers.submit(() -> graphql(stash, null, "{ version { version } }", Map.of()));
            }
        }
        assertThat(stash.requestCount()).isEqualTo(5);
        assertThat(stash.maxInFlight()).isGreaterThan(1);

        stash.answerNormally().answerGarbage();
        HttpResponse<String> garbage = graphql(stash, null, "{ version { version } }", Map.of());
        assertThat(garbage.statusCode()).isEqualTo(200);
        assertThat(garbage.headers().firstValue("Content-Type")).hasValue("text/html");
        stash.answerStatus(503);
        assertThat(graphql(stash, null, "{ version { version } }", Map.of()).statusCode()).isEqualTo(503);
        stash.answerResolverError("boom");
        assertThat(JSON.readTree(graphql(stash, null, "{ version { version } }", Map.of()).body()).at("/errors/0/message")
                .asText()).isEqualTo("boom");
    }

    @Test
    void countsConcurrencyPerOperationName() throws Exception {
        stash.setLatency(Duration.ofMillis(300));
        try (FakeStashCalls calls = new FakeStashCalls(stash);
             ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 3; i++) {
                callers.submit(() -> calls.post("IndexScenesPage", "query IndexScenesPage { version { version } }", Map.of()));
            }
            callers.submit(() -> calls.post("Probe", "query Probe { version { version } }", Map.of()));
        }

        assertThat(stash.maxInFlight()).isGreaterThan(2);
        assertThat(stash.maxInFlight("IndexScenesPage")).isBetween(2, 3);
        assertThat(stash.maxInFlight("Probe")).isEqualTo(1);
        assertThat(stash.maxInFlight("Other")).isZero();
        stash.resetCounters();
        assertThat(stash.maxInFlight("IndexScenesPage")).isZero();
    }

    private HttpResponse<String> graphql(FakeStash target, String key, String query, Map<String, Object> variables)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.baseUrl() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("query", query, "variables", variables))));
        if (key != null) {
            request.header("ApiKey", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> get(FakeStash target, String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.baseUrl() + path));
        if (key != null) {
            request.header("ApiKey", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
