package dev.stash2plex.provider.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fake's findScenes semantics are Stash's, traps included, or the client tests prove nothing. */
class FakeStashQueryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIND = """
            query($f: SceneFilterType, $q: FindFilterType) {
              findScenes(scene_filter: $f, filter: $q) { count scenes { id } }
            }""";
    private static FakeStash stash;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        stash = FakeStash.start(StashSchema.load(), null);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        stash.add(FakeScene.builder("3").title("Beach Day").details("sun").file("/data/beach/a_b.mp4"),
                FakeScene.builder("1").title("City").file("/DATA/AXB.mp4").file("/data/alt/copy.mkv"),
                FakeScene.builder("2").title("beach night").file("/other/Clip (1).MP4"),
                FakeScene.builder("10").file("D:\\Videos\\clip.mp4"));
    }

    @AfterAll
    static void stop() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            http.close();
            stash.close();
        }
    }

    @AfterEach
    void onlyValidQueries() {
        assertThat(stash.invalidQueries()).isEmpty();
    }

    @Test
    void equalsIsLikeOverEveryFile() throws Exception {
        // The trap: "_" is any character and case is ignored, so this finds /DATA/AXB.mp4.
        assertThat(ids(path("/data/a_b.mp4", "EQUALS"), null)).containsExactly("1");
        assertThat(ids(path("/data/%/a_b.mp4", "EQUALS"), null)).containsExactly("3");
        assertThat(ids(path("/data/beach/a_b.mp4", "EQUALS"), null)).containsExactly("3");
        assertThat(ids(path("/data/beach/a_b.mp", "EQUALS"), null)).isEmpty();
        assertThat(ids(path("/data/alt/copy.mkv", "EQUALS"), null)).containsExactly("1");
    }

    @Test
    void regexIsCaseSensitiveUnlessAskedAndMatchesEitherSeparator() throws Exception {
        assertThat(ids(path("[/\\\\]clip\\.mp4$", "MATCHES_REGEX"), sortById())).containsExactly("10");
        assertThat(ids(path("(?i)[/\\\\]clip.*\\.mp4$", "MATCHES_REGEX"), sortById())).containsExactly("2", "10");
    }

    @Test
    void aBadRegexIsAResolverError() throws Exception {
        JsonNode answer = post(Map.of("f", path("(", "MATCHES_REGEX")));

        assertThat(answer.at("/errors/0/message").asText()).startsWith("error parsing regexp");
        assertThat(answer.get("data").isNull()).isTrue();
    }

    @Test
    void filesFilterBasenameIsLikeToo() throws Exception {
        Map<String, Object> filter = Map.of("files_filter", Map.of("basename",
                Map.of("value", "A_B.MP4", "modifier", "EQUALS")));

        assertThat(ids(filter, sortById())).containsExactly("1", "3");
    }

    @Test
    void freeTextSearchesTitleDetailsAndPath() throws Exception {
        assertThat(ids(null, Map.of("q", "beach", "sort", "id"))).containsExactly("2", "3");
        assertThat(ids(null, Map.of("q", "beach sun", "sort", "id"))).containsExactly("3");
        assertThat(ids(null, Map.of("q", "copy", "sort", "id"))).containsExactly("1");
    }

    @Test
    void pagesAndSorts() throws Exception {
        assertThat(ids(null, Map.of("sort", "id", "per_page", 2))).containsExactly("1", "2");
        assertThat(ids(null, Map.of("sort", "id", "per_page", 2, "page", 2))).containsExactly("3", "10");
        assertThat(ids(null, Map.of("sort", "id", "direction", "DESC", "per_page", -1))).containsExactly("10", "3", "2", "1");
        assertThat(post(Map.of("q", Map.of("sort", "bogus"))).at("/errors/0/message").asText()).isEqualTo("invalid sort: bogus");
    }

    @Test
    void unimplementedFiltersFailLoudly() throws Exception {
        JsonNode answer = post(Map.of("f", Map.of("title", Map.of("value", "x", "modifier", "EQUALS"))));

        assertThat(answer.at("/errors/0/message").asText()).contains("does not implement scene_filter.title");
    }

    @Test
    void textsAreEmptyStringsAndImageUrlsSayWhenThereIsNoImage() throws Exception {
        try (FakeStash own = FakeStash.start(StashSchema.load(), null)) {
            own.add(FakeScene.builder("4").studio("9", "S").performer(FakePerformer.of("8", "P").withImage()));
            String query = "{ findScene(id: \"4\") { title details date studio { image_path } "
                    + "performers { image_path disambiguation } paths { screenshot } } }";
            JsonNode scene = JSON.readTree(send(own, Map.of("query", query)).body()).at("/data/findScene");

            assertThat(scene.get("title").asText()).isEmpty();
            assertThat(scene.get("details").asText()).isEmpty();
            assertThat(scene.get("date").isNull()).isTrue();
            assertThat(scene.at("/studio/image_path").asText()).isEqualTo(own.baseUrl() + "/studio/9/image?t=1714564800&default=true");
            assertThat(scene.at("/performers/0/image_path").asText()).isEqualTo(own.baseUrl() + "/performer/8/image?t=1714564800");
            assertThat(scene.at("/performers/0/disambiguation").asText()).isEmpty();
            assertThat(scene.at("/paths/screenshot").asText()).isEqualTo(own.baseUrl() + "/scene/4/screenshot?t=1714564800");
        }
    }

    private static Map<String, Object> path(String value, String modifier) {
        return Map.of("path", Map.of("value", value, "modifier", modifier));
    }

    private static Map<String, Object> sortById() {
        return Map.of("sort", "id");
    }

    private static List<String> ids(Map<String, Object> sceneFilter, Map<String, Object> filter) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put("f", sceneFilter);
        variables.put("q", filter);
        JsonNode answer = post(variables);
        assertThat(answer.has("errors")).as("errors in %s", answer).isFalse();
        List<String> ids = new ArrayList<>();
        answer.at("/data/findScenes/scenes").forEach(scene -> ids.add(scene.get("id").asText()));
        return ids;
    }

    private static JsonNode post(Map<String, Object> variables) throws Exception {
        HttpResponse<String> answer = send(stash, Map.of("query", FIND, "variables", variables));
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> send(FakeStash target, Map<String, Object> body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(target.baseUrl() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
