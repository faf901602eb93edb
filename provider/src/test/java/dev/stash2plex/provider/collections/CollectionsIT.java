package dev.stash2plex.provider.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.metadata.MetadataOptions;
import dev.stash2plex.provider.testing.FakeGroup;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStudio;
import dev.stash2plex.provider.testing.PlexConformance;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The collection feature over real HTTP, asked the way the protocol reference describes: the
 * collection, its children paged by {@code X-Plex-Container-Start}/{@code -Size} (headers or query
 * parameters), and the {@code Collection} entries on a movie; every answer checked against the
 * documented field names and types.
 */
class CollectionsIT {

    private static final String KEY = "collections-test-key";
    private static final String GUID = "tv.plex.agents.custom.stash2plex://collection/";
    private static final FakeStudio NETWORK = new FakeStudio("3", "Network", true, null);
    private static final FakeStudio STUDIO = new FakeStudio("7", "Studio", false, NETWORK);
    private static final FakeGroup SERIES = FakeGroup.of("30", "The Series").withSynopsis("Three parts.").withFrontImage();
    private static FakeStash stash;
    private static Provider provider;
    private static ProviderClient plex;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        stash = FakeStash.start(StashSchema.load(), KEY);
        stash.add(
                FakeScene.builder("1").title("One").date("2020-01-01").studio(STUDIO).tag("40", "Picked").file("/s/1.mp4"),
                FakeScene.builder("2").title("Two").date("2020-02-01").studio(STUDIO).group(SERIES, 2).file("/s/2.mp4"),
                FakeScene.builder("3").title("Three").date("2020-03-01").studio(STUDIO).group(SERIES, 1).file("/s/3.mp4"),
                FakeScene.builder("4").title("Four").date("2020-04-01").studio(STUDIO).group(SERIES, null).file("/s/4.mp4"),
                FakeScene.builder("5").title("Five").date("2020-05-01").studio(STUDIO).tag("40", "Picked").file("/s/5.mp4"),
                FakeScene.builder("6").title("Six").date("2020-06-01").studio(NETWORK).tag("41", "Other").file("/s/6.mp4"));
        provider = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of())
                .withMetadata(MetadataOptions.defaults().withCollectionTags(Set.of("picked"))));
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
        PlexConformance.assertContainer(answer.json());
        return answer.json().get("MediaContainer");
    }

    private static List<String> ratingKeys(JsonNode container) {
        return StreamSupport.stream(container.get("Metadata").spliterator(), false)
                .map(m -> m.get("ratingKey").asText()).toList();
    }

    /** A GET with Plex's paging headers; the answer and its headers. */
    private static HttpResponse<String> paged(String path, int start, int size) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + provider.port() + path))
                .header("Accept", "application/json")
                .header("X-Plex-Container-Start", Integer.toString(start))
                .header("X-Plex-Container-Size", Integer.toString(size))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aMovieNamesItsGroupStudioParentStudioAndPickedTagCollections() {
        JsonNode two = conforming(plex.get("/library/metadata/2")).at("/Metadata/0");
        JsonNode collections = two.get("Collection");
        assertThat(collections.findValuesAsText("guid")).containsExactly(GUID + "group-30", GUID + "studio-7", GUID + "studio-3");
        JsonNode series = collections.get(0);
        assertThat(series.get("tag").asText()).isEqualTo("The Series");
        assertThat(series.get("key").asText()).isEqualTo("/library/collections/group-30/children");
        assertThat(series.get("summary").asText()).isEqualTo("Three parts.");
        assertThat(series.get("thumb").asText()).startsWith("http://127.0.0.1:" + provider.port() + "/images/group/30/");
        assertThat(plex.getBytes(series.get("thumb").asText()).statusCode()).isEqualTo(200);

        JsonNode one = conforming(plex.get("/library/metadata/1")).at("/Metadata/0");
        assertThat(one.get("Collection").findValuesAsText("tag")).containsExactly("Studio", "Network", "Picked");
        JsonNode six = conforming(plex.get("/library/metadata/6")).at("/Metadata/0");
        assertThat(six.get("Collection").findValuesAsText("tag")).containsExactly("Network");
    }

    @Test
    void aCollectionIsAnItemOfTypeCollection() {
        JsonNode network = conforming(plex.get("/library/collections/studio-3")).at("/Metadata/0");
        assertThat(network.get("type").asText()).isEqualTo("collection");
        assertThat(network.get("ratingKey").asText()).isEqualTo("studio-3");
        assertThat(network.get("guid").asText()).isEqualTo(GUID + "studio-3");
        assertThat(network.get("key").asText()).isEqualTo("/library/collections/studio-3/children");
        assertThat(network.get("title").asText()).isEqualTo("Network");
        assertThat(network.get("childCount").asInt()).isEqualTo(6);
        assertThat(network.get("thumb").asText()).contains("/images/studio/3/");

        JsonNode series = conforming(plex.get("/library/collections/group-30")).at("/Metadata/0");
        assertThat(series.get("summary").asText()).isEqualTo("Three parts.");
        assertThat(series.get("childCount").asInt()).isEqualTo(3);
        assertThat(conforming(plex.get("/library/collections/tag-40")).at("/Metadata/0/title").asText()).isEqualTo("Picked");
    }

    @Test
    void aParentStudiosChildrenArePagedByPlexsHeaders() throws Exception {
        HttpResponse<String> page = paged("/library/collections/studio-3/children", 1, 2);
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode container = JSON.readTree(page.body());
        PlexConformance.assertContainer(container);
        JsonNode mc = container.get("MediaContainer");
        assertThat(mc.get("offset").asInt()).isEqualTo(1);
        assertThat(mc.get("size").asInt()).isEqualTo(2);
        assertThat(mc.get("totalSize").asInt()).isEqualTo(6);
        assertThat(ratingKeys(mc)).containsExactly("2", "3");
        assertThat(page.headers().firstValue("X-Plex-Container-Start")).hasValue("1");
        assertThat(page.headers().firstValue("X-Plex-Container-Total-Size")).hasValue("6");
        assertThat(mc.at("/Metadata/0/type").asText()).isEqualTo("movie");

        // The same as query parameters; a page on a boundary; the end of the list.
        assertThat(ratingKeys(conforming(plex.get(
                "/library/collections/studio-3/children?X-Plex-Container-Start=4&X-Plex-Container-Size=2"))))
                .containsExactly("5", "6");
        assertThat(ratingKeys(conforming(plex.get(
                "/library/collections/studio-3/children?X-Plex-Container-Start=5&X-Plex-Container-Size=20"))))
                .containsExactly("6");
        // Without paging: the first 20. A sub-studio holds only its own scenes.
        assertThat(ratingKeys(conforming(plex.get("/library/collections/studio-3/children")))).hasSize(6);
        assertThat(ratingKeys(conforming(plex.get("/library/collections/studio-7/children"))))
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void aGroupsChildrenComeInTheGroupsOrder() throws Exception {
        assertThat(ratingKeys(conforming(plex.get("/library/collections/group-30/children")))).containsExactly("3", "2", "4");
        JsonNode second = JSON.readTree(paged("/library/collections/group-30/children", 1, 1).body()).get("MediaContainer");
        assertThat(ratingKeys(second)).containsExactly("2");
        assertThat(second.get("totalSize").asInt()).isEqualTo(3);
    }

    @Test
    void aTagsChildrenAreItsScenes() {
        assertThat(ratingKeys(conforming(plex.get("/library/collections/tag-40/children")))).containsExactly("1", "5");
    }

    @Test
    void unknownAndMalformedCollectionsAreJsonErrors() {
        for (String path : List.of("/library/collections/studio-99", "/library/collections/group-99/children",
                "/library/collections/tag-99")) {
            ProviderClient.Answer answer = plex.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.json().get("error").asText()).isEqualTo("unknown-collection");
        }
        for (String path : List.of("/library/collections/42", "/library/collections/performer-1/children",
                "/library/collections/studio-x")) {
            ProviderClient.Answer answer = plex.get(path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/json");
        }
    }
}
