package dev.stash2plex.provider.tv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStudio;
import dev.stash2plex.provider.testing.PlexConformance;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TV provider at {@code /tv} over real HTTP, asked as the protocol reference describes: its own
 * manifest, show → seasons → episodes with {@code /children} and {@code /grandchildren} paged by
 * Plex's headers, {@code includeChildren=1}, and the match of each type; every answer checked against
 * the documented field names and types.
 */
class TvLayoutIT {

    private static final String KEY = "tv-test-key";
    private static final String TV = "tv.plex.agents.custom.stash2plex.tv";
    private static final FakeStudio NETWORK = new FakeStudio("3", "Network", true, null);
    private static final FakeStudio STUDIO = new FakeStudio("7", "Studio", true, NETWORK);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeStash stash;
    private static Provider provider;
    private static ProviderClient plex;

    @BeforeAll
    static void start() {
        stash = FakeStash.start(StashSchema.load(), KEY);
        stash.add(
                FakeScene.builder("1").title("Spring").date("2019-05-01").studio(STUDIO).file("/stash/tv/Studio/1.mp4"),
                FakeScene.builder("2").title("January").date("2020-01-10").studio(STUDIO).file("/stash/tv/Studio/2.mp4"),
                FakeScene.builder("3").title("March").date("2020-03-01").studio(STUDIO).file("/stash/tv/Studio/3.mp4"),
                FakeScene.builder("4").title("Undated").studio(STUDIO).file("/stash/tv/Studio/4.mp4"),
                FakeScene.builder("5").title("February").date("2020-02").studio(STUDIO).file("/stash/tv/Studio/5.mp4"),
                FakeScene.builder("6").title("Network's own").date("2021-07-07").studio(NETWORK).file("/stash/tv/Network/6.mp4"),
                FakeScene.builder("8").title("No studio").date("2021-01-01").file("/stash/tv/loose.mp4"));
        PathRuleDefinition tv = PathRuleDefinition.of("tv", "^/plex/tv/(.*)", "/stash/tv/\\1").withPlexLibraryRoot("/plex/tv/");
        provider = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of(tv)));
        plex = new ProviderClient(provider.port());
    }

    @AfterAll
    static void stop() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            provider.close();
            stash.close();
        }
    }

    @AfterEach
    void everyQueryWasValidAgainstStashsSchema() {
        assertThat(stash.invalidQueries()).isEmpty();
    }

    private static JsonNode conforming(ProviderClient.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        PlexConformance.assertContainer(answer.json(), TV);
        return answer.json().get("MediaContainer");
    }

    private static List<String> keys(JsonNode container) {
        return StreamSupport.stream(container.get("Metadata").spliterator(), false)
                .map(m -> m.get("ratingKey").asText()).toList();
    }

    private static HttpResponse<String> paged(String path, int start, int size) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + provider.port() + path))
                .header("X-Plex-Container-Start", Integer.toString(start))
                .header("X-Plex-Container-Size", Integer.toString(size))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theTvProviderHasItsOwnManifestBesideTheMovieOne() {
        JsonNode provider = plex.get("/tv").json().get("MediaProvider");
        assertThat(provider.get("identifier").asText()).isEqualTo(TV);
        assertThat(provider.get("Types").findValues("type")).extracting(JsonNode::asInt).containsExactly(2, 3, 4);
        assertThat(provider.get("Types").findValuesAsText("scheme")).containsOnly(TV);
        assertThat(provider.get("Feature").findValuesAsText("key"))
                .containsExactlyInAnyOrder("/library/metadata", "/library/metadata/matches");
        assertThat(plex.get("/tv/").json()).isEqualTo(plex.get("/tv").json());
        assertThat(plex.get("/").json().at("/MediaProvider/identifier").asText()).isEqualTo("tv.plex.agents.custom.stash2plex");
    }

    @Test
    void aStudioIsAShowWithItsYearsAsSeasons() {
        JsonNode show = conforming(plex.get("/tv/library/metadata/show-7")).at("/Metadata/0");
        assertThat(show.get("type").asText()).isEqualTo("show");
        assertThat(show.get("title").asText()).isEqualTo("Studio");
        assertThat(show.get("key").asText()).isEqualTo("/library/metadata/show-7/children");
        assertThat(show.get("childCount").asInt()).isEqualTo(3);
        assertThat(show.get("leafCount").asInt()).isEqualTo(5);
        assertThat(show.has("Children")).isFalse();

        JsonNode withChildren = conforming(plex.get("/tv/library/metadata/show-7?includeChildren=1")).at("/Metadata/0/Children");
        assertThat(withChildren.get("size").asInt()).isEqualTo(3);
        assertThat(withChildren.get("Metadata").findValuesAsText("ratingKey"))
                .containsExactly("season-7-0", "season-7-2019", "season-7-2020");
    }

    @Test
    void seasonsAndEpisodesArePagedByPlexsHeaders() throws Exception {
        assertThat(keys(conforming(plex.get("/tv/library/metadata/show-7/children"))))
                .containsExactly("season-7-0", "season-7-2019", "season-7-2020");

        HttpResponse<String> page = paged("/tv/library/metadata/season-7-2020/children", 1, 1);
        JsonNode answer = JSON.readTree(page.body());
        PlexConformance.assertContainer(answer, TV);
        JsonNode container = answer.get("MediaContainer");
        assertThat(keys(container)).containsExactly("episode-5");
        assertThat(container.get("offset").asInt()).isEqualTo(1);
        assertThat(container.get("totalSize").asInt()).isEqualTo(3);
        assertThat(page.headers().firstValue("X-Plex-Container-Start")).hasValue("1");
        assertThat(page.headers().firstValue("X-Plex-Container-Total-Size")).hasValue("3");
        assertThat(keys(conforming(plex.get("/tv/library/metadata/season-7-2020/children"))))
                .containsExactly("episode-2", "episode-5", "episode-3");

        JsonNode grandchildren = JSON.readTree(paged("/tv/library/metadata/show-7/grandchildren", 2, 2).body());
        PlexConformance.assertContainer(grandchildren, TV);
        assertThat(keys(grandchildren.get("MediaContainer"))).containsExactly("episode-2", "episode-5");
        assertThat(grandchildren.at("/MediaContainer/totalSize").asInt()).isEqualTo(5);
        assertThat(keys(conforming(plex.get(
                "/tv/library/metadata/show-7/grandchildren?X-Plex-Container-Start=4&X-Plex-Container-Size=10"))))
                .containsExactly("episode-3");
    }

    @Test
    void aSceneIsAnEpisodeNumberedByDateInItsYear() {
        JsonNode episode = conforming(plex.get("/tv/library/metadata/episode-5")).at("/Metadata/0");
        assertThat(episode.get("type").asText()).isEqualTo("episode");
        assertThat(episode.get("title").asText()).isEqualTo("February");
        assertThat(episode.get("index").asInt()).isEqualTo(2);
        assertThat(episode.get("parentIndex").asInt()).isEqualTo(2020);
        assertThat(episode.get("parentRatingKey").asText()).isEqualTo("season-7-2020");
        assertThat(episode.get("parentKey").asText()).isEqualTo("/library/metadata/season-7-2020");
        assertThat(episode.get("grandparentRatingKey").asText()).isEqualTo("show-7");
        assertThat(episode.get("grandparentTitle").asText()).isEqualTo("Studio");
        assertThat(episode.get("contentRating").asText()).isEqualTo("XXX");
        assertThat(conforming(plex.get("/tv/library/metadata/episode-4")).at("/Metadata/0/parentRatingKey").asText())
                .isEqualTo("season-7-0");
        JsonNode images = plex.get("/tv/library/metadata/episode-5/images").json().get("MediaContainer");
        assertThat(images.get("identifier").asText()).isEqualTo(TV);
        assertThat(images.get("Image").findValuesAsText("type")).contains("coverPoster", "background");
        assertThat(conforming(plex.get("/tv/library/metadata/episode-5/extras")).get("Metadata")).isEmpty();
    }

    @Test
    void eachTypeIsMatchedFromTheFileAsTheTypeAsked() {
        JsonNode episode = conforming(plex.post("/tv/library/metadata/matches",
                "{\"type\":4,\"filename\":\"Studio/3.mp4\",\"grandparentTitle\":\"Studio\"}")).at("/Metadata/0");
        assertThat(episode.get("guid").asText()).isEqualTo(TV + "://episode/episode-3");
        assertThat(episode.get("score").asInt()).isEqualTo(100);
        assertThat(conforming(plex.post("/tv/library/metadata/matches", "{\"type\":3,\"filename\":\"Studio/3.mp4\"}"))
                .at("/Metadata/0/guid").asText()).isEqualTo(TV + "://season/season-7-2020");
        assertThat(conforming(plex.post("/tv/library/metadata/matches", "{\"type\":2,\"title\":\"Studio\",\"filename\":\"Studio/1.mp4\"}"))
                .at("/Metadata/0/guid").asText()).isEqualTo(TV + "://show/show-7");
        // A re-match with our own guid; a scene without a studio belongs to no show; a movie type is not ours.
        assertThat(keys(conforming(plex.post("/tv/library/metadata/matches",
                "{\"type\":2,\"guid\":\"" + TV + "://show/show-3\"}")))).containsExactly("show-3");
        assertThat(keys(conforming(plex.post("/tv/library/metadata/matches",
                "{\"type\":4,\"guid\":\"" + TV + "://episode/episode-6\"}")))).containsExactly("episode-6");
        assertThat(conforming(plex.post("/tv/library/metadata/matches", "{\"type\":4,\"filename\":\"loose.mp4\"}"))
                .get("Metadata")).isEmpty();
        assertThat(conforming(plex.post("/tv/library/metadata/matches", "{\"type\":1,\"filename\":\"Studio/3.mp4\"}"))
                .get("Metadata")).isEmpty();
    }

    @Test
    void unknownAndMalformedItemsAreJsonErrors() {
        for (String path : List.of("/tv/library/metadata/show-99", "/tv/library/metadata/season-7-1999/children",
                "/tv/library/metadata/episode-8", "/tv/library/metadata/episode-999")) {
            assertThat(plex.get(path).status()).as(path).isEqualTo(404);
        }
        for (String path : List.of("/tv/library/metadata/42", "/tv/library/metadata/show-x/children")) {
            ProviderClient.Answer answer = plex.get(path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().get("error").asText()).isEqualTo("bad-rating-key");
        }
    }
}
