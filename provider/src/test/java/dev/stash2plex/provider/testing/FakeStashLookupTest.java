package dev.stash2plex.provider.testing;

import static dev.stash2plex.provider.testing.FakeStashCalls.each;
import static dev.stash2plex.provider.testing.FakeStashCalls.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fingerprints, the oshash criterion and {@code findScenes(ids:)} as Stash serves them. */
class FakeStashLookupTest {

    private static final String FIND = """
            query($f: SceneFilterType, $q: FindFilterType, $ids: [ID!]) {
              findScenes(scene_filter: $f, filter: $q, ids: $ids) { count filesize scenes { id } }
            }""";
    private static FakeStash stash;
    private static FakeStashCalls calls;

    @BeforeAll
    static void start() {
        stash = FakeStash.start(StashSchema.load(), null);
        calls = new FakeStashCalls(stash);
        stash.add(FakeScene.builder("1").file(new FakeFile("/a.mp4", 10, 1, "0123456789abcdef")).file("/b.mp4", 20, 1),
                FakeScene.builder("2").file(new FakeFile("/c.mp4", 30, 1, "fedcba9876543210")),
                FakeScene.builder("3").file(new FakeFile("/d.mp4", 40, 1, "0123456789abcde0")));
    }

    @AfterAll
    static void stop() {
        if (stash != null) {
            calls.close();
            stash.close();
        }
    }

    @AfterEach
    void onlyValidQueries() {
        assertThat(stash.invalidQueries()).isEmpty();
    }

    @Test
    void fingerprintsServeTheExplicitOshashOrOneDerivedFromThePath() throws Exception {
        JsonNode files = calls.data("""
                { findScene(id: "1") { files { fingerprints { type value } oshash: fingerprint(type: "oshash")
                    md5: fingerprint(type: "md5") } } }""", vars()).at("/findScene/files");

        assertThat(files.at("/0/fingerprints/0/type").asText()).isEqualTo("oshash");
        assertThat(files.at("/0/fingerprints/0/value").asText()).isEqualTo("0123456789abcdef");
        assertThat(files.at("/0/oshash").asText()).isEqualTo("0123456789abcdef");
        assertThat(files.at("/0/md5").isNull()).isTrue();
        assertThat(files.at("/1/oshash").asText()).isEqualTo(String.format("%016x", "/b.mp4".hashCode()))
                .isEqualTo(new FakeFile("/b.mp4", 1, 1).oshash());
        assertThatThrownBy(() -> new FakeFile("/e.mp4", 1, 1, "0123456789ABCDEF")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oshashEqualsIsALikeOverEveryFile() throws Exception {
        assertThat(ids(oshash("fedcba9876543210"))).containsExactly("2");
        // LIKE: case-insensitive, and "_" is any one character.
        assertThat(ids(oshash("0123456789ABCDEF"))).containsExactly("1");
        assertThat(ids(oshash("0123456789abcde_"))).containsExactly("1", "3");
        assertThat(ids(oshash(new FakeFile("/b.mp4", 1, 1).oshash()))).containsExactly("1");
    }

    @Test
    void idsComeInTheGivenOrderAndTheFiltersAreIgnored() throws Exception {
        JsonNode found = calls.data(FIND, vars("ids", List.of("3", "1"), "q", Map.of("per_page", 1, "sort", "id"),
                "f", oshash("fedcba9876543210")));

        assertThat(each(found, "/findScenes/scenes", "id")).containsExactly("3", "1");
        assertThat(found.at("/findScenes/count").asInt()).isEqualTo(2);
        assertThat(found.at("/findScenes/filesize").asDouble()).isEqualTo(50.0);
    }

    @Test
    void oneBadIdFailsTheWholeQuery() throws Exception {
        JsonNode missing = calls.post(FIND, vars("ids", List.of("1", "42")));

        assertThat(missing.at("/errors/0/message").asText()).isEqualTo("scene with id 42 not found");
        assertThat(missing.get("data").isNull()).isTrue();
        assertThat(calls.error(FIND, vars("ids", List.of("1", "1")))).isEqualTo("validating ids: duplicate id found: 1");
        assertThat(calls.error(FIND, vars("ids", List.of("1", "01")))).isEqualTo("scene with id 1 not found");
        assertThat(calls.error(FIND, vars("ids", List.of("x"))))
                .isEqualTo("converting ids: strconv.Atoi: parsing \"x\": invalid syntax");
    }

    @Test
    void anEmptyIdListIsNoListAtAll() throws Exception {
        JsonNode found = calls.data(FIND, vars("ids", List.of(), "q", Map.of("per_page", 1, "sort", "id")));

        assertThat(found.at("/findScenes/count").asInt()).isEqualTo(3);
        assertThat(each(found, "/findScenes/scenes", "id")).containsExactly("1");
    }

    private static Map<String, Object> oshash(String value) {
        return Map.of("oshash", Map.of("value", value, "modifier", "EQUALS"));
    }

    private static List<String> ids(Map<String, Object> sceneFilter) throws Exception {
        return each(calls.data(FIND, vars("f", sceneFilter, "q", Map.of("sort", "id"))), "/findScenes/scenes", "id");
    }
}
