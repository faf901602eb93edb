package dev.stash2plex.provider.testing;

import static dev.stash2plex.provider.testing.FakeStashCalls.each;
import static dev.stash2plex.provider.testing.FakeStashCalls.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Performers, studios and tags are rows of their own, found, filtered and changed as in Stash. */
class FakeStashEntityTest {

    private static final String SCENES = """
            { findScenes(filter: {sort: "id"}) { scenes { id updated_at
                studio { name image_path parent_studio { name } } performers { id name image_path updated_at } tags { name } } } }""";
    private static final String PERFORMERS = """
            query($f: PerformerFilterType, $q: FindFilterType, $ids: [ID!]) {
              findPerformers(performer_filter: $f, filter: $q, ids: $ids) { count performers { id name updated_at created_at } }
            }""";
    private static final String STUDIOS = """
            query($f: StudioFilterType, $q: FindFilterType, $ids: [ID!]) {
              findStudios(studio_filter: $f, filter: $q, ids: $ids) { count studios { id name parent_studio { id } } }
            }""";
    private static final String TAGS = """
            query($f: TagFilterType, $q: FindFilterType, $ids: [ID!]) {
              findTags(tag_filter: $f, filter: $q, ids: $ids) { count tags { id name } }
            }""";
    private static final Map<String, Object> CHANGED = Map.of("updated_at",
            Map.of("value", FakeScene.DEFAULT_UPDATED_AT, "modifier", "GREATER_THAN"));
    private static FakeStash stash;
    private static FakeStashCalls calls;

    @BeforeAll
    static void start() {
        stash = FakeStash.start(StashSchema.load(), null);
        calls = new FakeStashCalls(stash);
    }

    @AfterAll
    static void stop() {
        if (stash != null) {
            calls.close();
            stash.close();
        }
    }

    @BeforeEach
    void twoScenes() {
        stash.add(FakeScene.builder("1").studio(FakeStudio.of("5", "Acme").withParent(FakeStudio.of("6", "Network")))
                        .performer(FakePerformer.of("7", "Alice").withImage()).performer("8", "Bob").tag("9", "beach").tag("10", "city"),
                FakeScene.builder("2").performer(FakePerformer.of("7", "Alice").withImage()).tag("9", "beach"));
    }

    @AfterEach
    void onlyValidQueriesThenReset() {
        assertThat(stash.invalidQueries()).isEmpty();
        stash.reset();
    }

    @Test
    void findsPagesAndSortsLikeStash() throws Exception {
        JsonNode byName = calls.data(PERFORMERS, vars());
        JsonNode secondById = calls.data(PERFORMERS, vars("q", Map.of("sort", "id", "per_page", 1, "page", 2)));
        JsonNode byNameDescending = calls.data(PERFORMERS, vars("q", Map.of("direction", "DESC")));

        assertThat(byName.at("/findPerformers/count").asInt()).isEqualTo(2);
        assertThat(each(byName, "/findPerformers/performers", "name")).containsExactly("Alice", "Bob");
        assertThat(byName.at("/findPerformers/performers/0/created_at").asText()).isEqualTo(FakeScene.DEFAULT_UPDATED_AT);
        assertThat(each(secondById, "/findPerformers/performers", "id")).containsExactly("8");
        assertThat(secondById.at("/findPerformers/count").asInt()).isEqualTo(2);
        assertThat(each(byNameDescending, "/findPerformers/performers", "name")).containsExactly("Bob", "Alice");
        assertThat(each(calls.data(STUDIOS, vars("q", Map.of("sort", "id"))), "/findStudios/studios", "name"))
                .containsExactly("Acme", "Network");
        assertThat(calls.data(STUDIOS, vars()).at("/findStudios/studios/0/parent_studio/id").asText()).isEqualTo("6");
        assertThat(each(calls.data(TAGS, vars("q", Map.of("per_page", -1))), "/findTags/tags", "name"))
                .containsExactly("beach", "city");
        assertThat(calls.error(PERFORMERS, vars("q", Map.of("sort", "bogus")))).isEqualTo("invalid sort: bogus");
    }

    @Test
    void aRenameChangesTheEntityEverywhereButNotTheScenes() throws Exception {
        FakePerformer renamed = stash.renamePerformer("7", "Alicia");

        JsonNode scenes = calls.data(SCENES, vars());
        long t = OffsetDateTime.parse(renamed.updatedAt()).toEpochSecond();
        for (JsonNode scene : scenes.at("/findScenes/scenes")) {
            assertThat(scene.get("updated_at").asText()).isEqualTo(FakeScene.DEFAULT_UPDATED_AT);
            assertThat(scene.at("/performers/0/name").asText()).isEqualTo("Alicia");
            assertThat(scene.at("/performers/0/image_path").asText()).isEqualTo(stash.baseUrl() + "/performer/7/image?t=" + t);
        }
        assertThat(renamed.updatedAt()).isGreaterThan(FakeScene.DEFAULT_UPDATED_AT);
        assertThat(each(calls.data(PERFORMERS, vars("f", CHANGED)), "/findPerformers/performers", "id")).containsExactly("7");
        assertThat(calls.data(PERFORMERS, vars("f", CHANGED)).at("/findPerformers/performers/0/created_at").asText())
                .isEqualTo(FakeScene.DEFAULT_UPDATED_AT);
        assertThat(calls.data("""
                { findScenes(scene_filter: {updated_at: {value: "2024-05-01T12:00:00Z", modifier: GREATER_THAN}}) { count } }""",
                vars()).at("/findScenes/count").asInt()).isZero();
    }

    @Test
    void aRenamedParentStudioShowsInItsChildrenAndTagsRenameToo() throws Exception {
        stash.renameStudio("6", "Big Network");
        stash.renameTag("9", "sand");

        JsonNode scene = calls.data(SCENES, vars()).at("/findScenes/scenes/0");
        assertThat(scene.at("/studio/parent_studio/name").asText()).isEqualTo("Big Network");
        assertThat(scene.at("/tags/0/name").asText()).isEqualTo("sand");
        assertThat(each(calls.data(STUDIOS, vars("f", CHANGED)), "/findStudios/studios", "id")).containsExactly("6");
        assertThat(each(calls.data(TAGS, vars("f", CHANGED)), "/findTags/tags", "name")).containsExactly("sand");
    }

    @Test
    void aNewImageBumpsTheUrlAndServesOtherBytes() throws Exception {
        FakePerformer bob = stash.newPerformerImage("8");
        stash.newStudioImage("5");

        JsonNode scene = calls.data(SCENES, vars()).at("/findScenes/scenes/0");
        assertThat(scene.at("/performers/1/image_path").asText())
                .isEqualTo(stash.baseUrl() + "/performer/8/image?t=" + OffsetDateTime.parse(bob.updatedAt()).toEpochSecond());
        assertThat(scene.at("/studio/image_path").asText()).doesNotContain("default=true").doesNotContain("t=1714564800");
        assertThat(image("/performer/8/image")).isEqualTo(FakeImages.png("performer", "8", 1));
        assertThat(image("/studio/5/image")).isEqualTo(FakeImages.png("studio", "5", 1)).isNotEqualTo(FakeImages.png("studio", "5"));
        assertThat(image("/performer/7/image")).isEqualTo(FakeImages.png("performer", "7"));
    }

    @Test
    void byIdAsStashDoes() throws Exception {
        assertThat(calls.data("{ findPerformer(id: \"7\") { name } }", vars()).at("/findPerformer/name").asText()).isEqualTo("Alice");
        assertThat(calls.data("{ findPerformer(id: \"99\") { name } }", vars()).get("findPerformer").isNull()).isTrue();
        assertThat(calls.data("{ findStudio(id: \"6\") { name } }", vars()).at("/findStudio/name").asText()).isEqualTo("Network");
        assertThat(calls.data("{ findTag(id: \"10\") { name } }", vars()).at("/findTag/name").asText()).isEqualTo("city");
        JsonNode byIds = calls.data(PERFORMERS, vars("ids", List.of("8", "7"), "q", Map.of("per_page", 1)));
        assertThat(each(byIds, "/findPerformers/performers", "id")).containsExactly("8", "7");
        assertThat(byIds.at("/findPerformers/count").asInt()).isEqualTo(2);
        assertThat(calls.error(PERFORMERS, vars("ids", List.of("7", "99")))).isEqualTo("performer with id 99 not found");
        assertThat(calls.error(TAGS, vars("ids", List.of("9", "9")))).isEqualTo("validating ids: duplicate id found: 9");
    }

    @Test
    void entitiesOutliveTheirScenesAndTheLastVersionAddedIsTheOneShown() throws Exception {
        stash.add(FakeScene.builder("3").performer("8", "Robert"));
        stash.remove("3").remove("2");

        JsonNode scene = calls.data(SCENES, vars()).at("/findScenes/scenes/0");
        assertThat(scene.at("/performers/1/name").asText()).isEqualTo("Robert");
        stash.remove("1");
        assertThat(calls.data(PERFORMERS, vars()).at("/findPerformers/count").asInt()).isEqualTo(2);
    }

    private static byte[] image(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(stash.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(200);
            return answer.body();
        }
    }
}
