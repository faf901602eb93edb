package dev.stash2plex.provider.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.FakeImages;
import dev.stash2plex.provider.testing.FakePerformer;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStudio;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plex's metadata, images and extras calls, the manifest and the image proxy, over real HTTP. */
class MetadataIT {

    private static final String KEY = "metadata-test-key";
    private static FakeStash stash;
    private static Provider provider;
    private static ProviderClient plex;

    @BeforeAll
    static void start() {
        stash = FakeStash.start(StashSchema.load(), KEY);
        stash.add(
                FakeScene.builder("42").title("T").details("D").date("2024-01-15").director("Jane Director")
                        .studio(FakeStudio.of("5", "S").withImage())
                        .performer(FakePerformer.of("1", "A").withImage()).performer("2", "B")
                        .tag("10", "x").tag("11", "y")
                        .file("/stash/media/Studio/a.mp4", 1000, 1834.25).withCover(),
                FakeScene.builder("43").title("").date("2019").file("/stash/media/clip_name.mp4"),
                FakeScene.builder("44").title("No files"));
        provider = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of()));
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

    private static JsonNode only(ProviderClient.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        JsonNode container = answer.json().get("MediaContainer");
        assertThat(container.get("size").asInt()).isEqualTo(1);
        assertThat(container.get("totalSize").asInt()).isEqualTo(1);
        assertThat(container.get("offset").asInt()).isZero();
        return container.get("Metadata").get(0);
    }

    @Test
    void aSceneBecomesAFullPlexMovie() {
        JsonNode m = only(plex.get("/library/metadata/42"));
        String images = "http://127.0.0.1:" + provider.port() + "/images/";

        assertThat(m.get("ratingKey").asText()).isEqualTo("42");
        assertThat(m.get("key").asText()).isEqualTo("/library/metadata/42");
        assertThat(m.get("guid").asText()).isEqualTo("tv.plex.agents.custom.stash2plex://movie/42");
        assertThat(m.get("type").asText()).isEqualTo("movie");
        assertThat(m.get("title").asText()).isEqualTo("T");
        assertThat(m.get("summary").asText()).isEqualTo("D");
        assertThat(m.get("originallyAvailableAt").asText()).isEqualTo("2024-01-15");
        assertThat(m.get("year").asInt()).isEqualTo(2024);
        assertThat(m.get("studio").asText()).isEqualTo("S");
        assertThat(m.get("duration").asLong()).isEqualTo(1_834_250L);
        assertThat(m.get("isAdult").asBoolean()).isTrue();
        assertThat(m.get("Role").findValuesAsText("tag")).containsExactly("A", "B");
        assertThat(m.get("Role").get(0).get("thumb").asText()).startsWith(images + "performer/1/");
        assertThat(m.get("Role").get(1).has("thumb")).isFalse();
        assertThat(m.get("Genre").findValuesAsText("tag")).containsExactly("x", "y");
        assertThat(m.get("Director").get(0).get("tag").asText()).isEqualTo("Jane Director");
        assertThat(m.get("Studio").get(0).get("tag").asText()).isEqualTo("S");
        assertThat(m.get("thumb").asText()).startsWith(images + "scene/42/");
        assertThat(m.get("art").asText()).isEqualTo(m.get("thumb").asText());
        assertThat(m.get("Image").findValuesAsText("type")).containsExactly("coverPoster", "background", "clearLogo");
        assertThat(m.toString()).doesNotContain("null").doesNotContain(stash.baseUrl().toString());
    }

    @Test
    void aSceneWithoutTitleOrFullDateStillHasATitleAndAYear() {
        JsonNode m = only(plex.get("/library/metadata/43"));
        assertThat(m.get("title").asText()).isEqualTo("clip_name");
        assertThat(m.get("year").asInt()).isEqualTo(2019);
        assertThat(m.has("originallyAvailableAt")).isFalse();
        assertThat(m.has("studio")).isFalse();
        assertThat(m.has("Role")).isFalse();

        JsonNode bare = only(plex.get("/library/metadata/44"));
        assertThat(bare.get("title").asText()).isEqualTo("No files");
        assertThat(bare.has("duration")).isFalse();
    }

    @Test
    void unknownScenesAre404AndMalformedKeys400AsJson() {
        ProviderClient.Answer unknown = plex.get("/library/metadata/999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("unknown-scene");

        for (String key : List.of("abc", "m-42", "1.5", "12345678901234567890", "%20")) {
            ProviderClient.Answer bad = plex.get("/library/metadata/" + key);
            assertThat(bad.status()).as(key).isEqualTo(400);
            assertThat(bad.json().get("error").asText()).isEqualTo("bad-rating-key");
        }
        assertThat(plex.get("/library/metadata/abc/images").status()).isEqualTo(400);
        assertThat(plex.get("/library/metadata/abc/extras").status()).isEqualTo(400);
    }

    @Test
    void imagesListsEveryPictureAndExtrasIsEmpty() {
        ProviderClient.Answer images = plex.get("/library/metadata/42/images");
        assertThat(images.status()).isEqualTo(200);
        JsonNode container = images.json().get("MediaContainer");
        assertThat(container.get("size").asInt()).isEqualTo(3);
        assertThat(container.get("Image").findValuesAsText("type")).containsExactly("coverPoster", "background", "clearLogo");
        assertThat(container.has("Metadata")).isFalse();

        ProviderClient.Answer extras = plex.get("/library/metadata/42/extras");
        assertThat(extras.status()).isEqualTo(200);
        assertThat(extras.json().at("/MediaContainer/Metadata")).isEmpty();
        assertThat(extras.json().at("/MediaContainer/size").asInt()).isZero();
    }

    @Test
    void imageUrlsServeStashsPicturesWithoutTheKey() {
        JsonNode m = only(plex.get("/library/metadata/42"));
        for (JsonNode image : m.get("Image")) {
            String url = image.get("url").asText();
            assertThat(url).doesNotContain(KEY).doesNotContainIgnoringCase("apikey");
            HttpResponse<byte[]> picture = plex.getBytes(url);
            assertThat(picture.statusCode()).as(url).isEqualTo(200);
            assertThat(picture.headers().firstValue("Content-Type")).contains("image/png");
        }
        HttpResponse<byte[]> poster = plex.getBytes(m.get("thumb").asText());
        assertThat(poster.body()).isEqualTo(FakeImages.png("scene", "42"));
        assertThat(stash.requests()).filteredOn(r -> r.path().startsWith("/scene/42/screenshot"))
                .allSatisfy(r -> assertThat(r.header("ApiKey")).isEqualTo(KEY));
    }

    @Test
    void imageUrlsFollowTheHostPlexUsed() {
        JsonNode m = only(plex.get("/library/metadata/42"));
        assertThat(m.get("thumb").asText()).startsWith("http://127.0.0.1:" + provider.port() + "/");
    }

    @Test
    void unknownImagesAre404Json() {
        ProviderClient.Answer answer = plex.get("/images/poster/42/1");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).isEqualTo("not-found");
        assertThat(plex.get("/images/scene/4x2/1").status()).isEqualTo(404);
    }

    @Test
    void theManifestDeclaresAMovieProviderWithMatchMetadataAndCollections() {
        for (String path : List.of("/", "//")) {
            ProviderClient.Answer answer = plex.get(path);
            assertThat(answer.status()).isEqualTo(200);
            JsonNode provider = answer.json().get("MediaProvider");
            assertThat(answer.json().size()).isEqualTo(1);
            assertThat(provider.get("identifier").asText()).isEqualTo("tv.plex.agents.custom.stash2plex");
            assertThat(provider.get("title").asText()).isEqualTo("Stash2Plex");
            assertThat(provider.at("/Types/0/type").asInt()).isEqualTo(1);
            assertThat(provider.at("/Types/0/Scheme/0/scheme").asText()).isEqualTo("tv.plex.agents.custom.stash2plex");
            assertThat(provider.at("/Types/1/type").asInt()).isEqualTo(18);
            assertThat(provider.at("/Types/1/Scheme/0/scheme").asText()).isEqualTo("tv.plex.agents.custom.stash2plex");
            assertThat(provider.get("Types")).hasSize(2);
            assertThat(provider.get("Feature").findValuesAsText("type"))
                    .containsExactlyInAnyOrder("match", "metadata", "collection");
            assertThat(provider.get("Feature").findValuesAsText("key"))
                    .containsExactlyInAnyOrder("/library/metadata/matches", "/library/metadata", "/library/collections");
        }
    }

    @Test
    void trailingAndDoubledSlashesReachTheSameRoutes() {
        assertThat(only(plex.get("/library/metadata/42/")).get("ratingKey").asText()).isEqualTo("42");
        assertThat(only(plex.get("//library//metadata//42")).get("ratingKey").asText()).isEqualTo("42");
    }

    @Test
    void unknownRoutesAndMethodsAnswerJson() {
        ProviderClient.Answer docs = plex.get("/docs");
        assertThat(docs.status()).isEqualTo(404);
        assertThat(docs.contentType()).startsWith("application/json");
        ProviderClient.Answer post = plex.post("/", "{}");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.json().get("error").asText()).isEqualTo("method-not-allowed");
    }

    @Test
    void healthIsOkWhileStashAnswers() {
        ProviderClient.Answer health = plex.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
        assertThat(health.json().get("stash_reachable").asBoolean()).isTrue();
        assertThat(health.json().get("uptime_seconds").asLong()).isNotNegative();
        assertThat(health.json().get("version").asText()).isEqualTo("test");
        assertThat(health.json().at("/path_rules/loaded").asInt()).isZero();
    }
}
