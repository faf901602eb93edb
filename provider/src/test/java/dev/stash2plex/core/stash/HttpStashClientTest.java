package dev.stash2plex.core.stash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.provider.testing.FakeFile;
import dev.stash2plex.provider.testing.FakePerformer;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStudio;
import dev.stash2plex.provider.testing.ReceivedRequest;
import dev.stash2plex.provider.testing.StashSchema;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The protocol and the parsing, against a Stash that speaks the real protocol (original §8 items 13–18). */
class HttpStashClientTest {

    private static final String KEY = "secret123";
    private static FakeStash open;
    private static FakeStash locked;

    @BeforeAll
    static void startStashes() {
        StashSchema schema = StashSchema.load();
        open = FakeStash.start(schema, null);
        locked = FakeStash.start(schema, KEY);
    }

    @AfterAll
    static void stopStashes() {
        if (open != null) {   // null when the schema is missing and the class was skipped
            open.close();
            locked.close();
        }
    }

    @AfterEach
    void noInvalidQueryWasEverSent() {
        assertThat(open.invalidQueries()).isEmpty();
        assertThat(locked.invalidQueries()).isEmpty();
        open.reset();
        locked.reset();
    }

    // 13
    @Test
    void postsToGraphqlWithOrWithoutTrailingSlash() throws Exception {
        try (HttpStashClient bare = client(open.baseUrl(), null);
             HttpStashClient slashed = client(URI.create(open.baseUrl() + "/"), null)) {
            bare.version();
            slashed.version();
        }

        assertThat(open.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/graphql");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
        });
    }

    // 14
    @Test
    void sendsTheApiKeyHeaderOnlyWhenAKeyIsSet() throws Exception {
        try (HttpStashClient withKey = client(locked.baseUrl(), KEY); HttpStashClient without = client(open.baseUrl(), null)) {
            withKey.version();
            without.version();
        }

        ReceivedRequest keyed = locked.requests().getFirst();
        assertThat(keyed.header("ApiKey")).isEqualTo(KEY);
        assertThat(keyed.everythingExcept("ApiKey")).doesNotContain(KEY);
        assertThat(open.requests().getFirst().headers()).doesNotContainKey("ApiKey");
    }

    // 15
    @Test
    void sendsTheSceneIdAsAString() throws Exception {
        try (HttpStashClient client = client(open.baseUrl(), null)) {
            client.findScene("42");
        }

        Object id = open.graphqlRequests().getFirst().variables().get("id");
        assertThat(id).isInstanceOf(String.class).isEqualTo("42");
    }

    // 16
    @Test
    void anUnknownSceneIsEmptyAndAnEmptyLookupIsAnEmptyList() throws Exception {
        open.add(FakeScene.builder("1").file("/data/other.mp4"));
        try (HttpStashClient client = client(open.baseUrl(), null)) {
            assertThat(client.findScene("999")).isEmpty();
            assertThat(client.findScenesByPath("/data/none.mp4")).isEmpty();
            assertThat(client.findScenesByBasename("none.mp4")).isEmpty();
            assertThat(client.searchScenes("nothing-like-this", 10)).isEmpty();
        }
    }

    @Test
    void aNonNumericIdIsNotEvenAskedFor() throws Exception {
        try (HttpStashClient client = client(open.baseUrl(), null)) {
            assertThat(client.findScene("abc")).isEmpty();
            assertThat(client.findScene("")).isEmpty();
            assertThat(client.findScene(null)).isEmpty();
            assertThat(client.findScene("12; drop")).isEmpty();
        }
        assertThat(open.requestCount()).isZero();
    }

    // 18, the full example
    @Test
    void parsesTheFullScene() throws Exception {
        open.add(FakeScene.builder("123").title("Test Scene").details("Details").date("2024-01-15").rating100(80)
                .code("ABC-1").director("Dee").url("https://example.com/a")
                .studio(FakeStudio.of("5", "Test Studio").withImage().withParent(FakeStudio.of("6", "Network")))
                .performer(FakePerformer.of("7", "Alice").withImage().withGender("FEMALE").withDisambiguation("the first"))
                .performer("8", "Bob")
                .tag("9", "action").tag("10", "drama")
                .file(new FakeFile("/data/scene.mp4", 12345, 61.5, "1111222233334444"))
                .file(new FakeFile("/data/scene-alt.mkv", 999, 60, "aaaabbbbccccdddd")));

        Scene scene;
        try (HttpStashClient client = client(open.baseUrl(), null)) {
            scene = client.findScene("123").orElseThrow();
        }

        assertThat(scene.id()).isEqualTo("123");
        assertThat(scene.title()).isEqualTo("Test Scene");
        assertThat(scene.details()).isEqualTo("Details");
        assertThat(scene.code()).isEqualTo("ABC-1");
        assertThat(scene.director()).isEqualTo("Dee");
        assertThat(scene.urls()).containsExactly("https://example.com/a");
        assertThat(scene.date()).isEqualTo("2024-01-15");
        assertThat(scene.rating100()).isEqualTo(80);
        assertThat(scene.updatedAt()).isEqualTo(FakeScene.DEFAULT_UPDATED_AT);
        assertThat(scene.studio()).isEqualTo(new Studio("5", "Test Studio", true, "1714564800", new Studio("6", "Network", false, "1714564800", null)));
        assertThat(scene.performers()).containsExactly(
                new Performer("7", "Alice", "the first", "FEMALE", true, "1714564800"),
                new Performer("8", "Bob", null, null, false, "1714564800"));
        assertThat(scene.tags()).extracting(Tag::name).containsExactly("action", "drama");
        assertThat(scene.files()).containsExactly(
                new SceneFile("/data/scene.mp4", "scene.mp4", 12345, 61.5, "1111222233334444"),
                new SceneFile("/data/scene-alt.mkv", "scene-alt.mkv", 999, 60, "aaaabbbbccccdddd"));
    }

    // 18, the empty cases
    @Test
    void emptyTextsBecomeNullAndAYearOnlyDateIsKept() throws Exception {
        open.add(FakeScene.builder("5").date("2019"), FakeScene.builder("6").date("2019-07"));

        Scene bare;
        Optional<Scene> month;
        try (HttpStashClient client = client(open.baseUrl(), null)) {
            bare = client.findScene("5").orElseThrow();
            month = client.findScene("6");
        }

        assertThat(bare.title()).isNull();
        assertThat(bare.details()).isNull();
        assertThat(bare.code()).isNull();
        assertThat(bare.director()).isNull();
        assertThat(bare.rating100()).isNull();
        assertThat(bare.studio()).isNull();
        assertThat(bare.urls()).isEmpty();
        assertThat(bare.performers()).isEmpty();
        assertThat(bare.tags()).isEmpty();
        assertThat(bare.files()).isEmpty();
        assertThat(bare.date()).isEqualTo("2019");
        assertThat(month).map(Scene::date).hasValue("2019-07");
    }

    @Test
    void theProbeReportsVersionAndStatus() throws Exception {
        open.reportVersion("v0.29.3", "NEEDS_MIGRATION");
        try (HttpStashClient client = client(open.baseUrl(), null)) {
            StashVersion version = client.version();

            assertThat(version).isEqualTo(new StashVersion("v0.29.3", "NEEDS_MIGRATION"));
            assertThat(version.usable()).isFalse();
        }
    }

    @Test
    void lookupsReturnHitsWithAllTheirFiles() throws Exception {
        open.add(FakeScene.builder("3").title("Beach").date("2020")
                .file(new FakeFile("/data/beach.mp4", 10, 5, "00000000000000a1")).file(new FakeFile("/alt/beach.mkv", 20, 5, "00000000000000b2")));

        try (HttpStashClient client = client(open.baseUrl(), null)) {
            List<SceneHit> hits = client.findScenesByPath("/alt/beach.mkv");

            assertThat(hits).containsExactly(new SceneHit("3", "Beach", "2020", FakeScene.DEFAULT_UPDATED_AT, List.of(
                    new SceneFile("/data/beach.mp4", "beach.mp4", 10, 5, "00000000000000a1"),
                    new SceneFile("/alt/beach.mkv", "beach.mkv", 20, 5, "00000000000000b2"))));
        }
    }

    static HttpStashClient client(URI baseUrl, String key) {
        return new HttpStashClient(new StashConnection(baseUrl, key, Duration.ofSeconds(2), Duration.ofSeconds(5), 4,
                Duration.ZERO));
    }
}
