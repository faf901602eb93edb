package dev.stash2plex.provider.testing;

import static dev.stash2plex.provider.testing.FakeStashCalls.each;
import static dev.stash2plex.provider.testing.FakeStashCalls.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** created_at and updated_at criteria compare text, as Stash's SQL does, and edits move a strictly forward clock. */
class FakeStashTimestampTest {

    private static final String FIND = """
            query($f: SceneFilterType) {
              findScenes(scene_filter: $f, filter: {sort: "id", per_page: -1}) { count scenes { id title updated_at } }
            }""";
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

    @AfterEach
    void onlyValidQueriesThenReset() {
        assertThat(stash.invalidQueries()).isEmpty();
        stash.reset();
    }

    @Test
    void aUtcValueIsComparedAsTextWithAServerOffsetTimestamp() throws Exception {
        stash.add(FakeScene.builder("1").updatedAt("2026-12-02T14:00:00+02:00"),
                FakeScene.builder("2").updatedAt("2026-12-02T11:00:00+02:00"));

        // 12:00Z is the instant of scene 1, 10:30Z lies between the two; as text both differ.
        assertThat(ids("updated_at", "2026-12-02T12:00:00Z", null, "GREATER_THAN")).containsExactly("1");
        assertThat(ids("updated_at", "2026-12-02T12:00:00Z", null, "EQUALS")).isEmpty();
        assertThat(ids("updated_at", "2026-12-02T10:30:00Z", null, "GREATER_THAN")).containsExactly("1", "2");
        assertThat(ids("updated_at", "2026-12-02T14:00:00+02:00", null, "EQUALS")).containsExactly("1");
        assertThat(ids("updated_at", "2026-12-02T14:00:00+02:00", null, "NOT_EQUALS")).containsExactly("2");
        assertThat(ids("updated_at", "2026-12-02T14:00:00+02:00", null, "LESS_THAN")).containsExactly("2");
    }

    @Test
    void betweenIsInclusiveAndWithoutAnUpperBoundEndsTomorrow() throws Exception {
        stash.add(FakeScene.builder("1").updatedAt("2024-01-01T00:00:00Z"),
                FakeScene.builder("2").updatedAt("2025-06-01T00:00:00Z"),
                FakeScene.builder("3").updatedAt("2999-01-01T00:00:00Z"));

        assertThat(ids("updated_at", "2024-01-01T00:00:00Z", "2025-06-01T00:00:00Z", "BETWEEN")).containsExactly("1", "2");
        assertThat(ids("updated_at", "2024-01-01T00:00:01Z", "2025-06-01T00:00:00Z", "NOT_BETWEEN")).containsExactly("1", "3");
        assertThat(ids("updated_at", "2024-06-01T00:00:00Z", null, "BETWEEN")).containsExactly("2");
        assertThat(ids("updated_at", "2024-06-01T00:00:00Z", null, "IS_NULL")).isEmpty();
        assertThat(ids("updated_at", "2024-06-01T00:00:00Z", null, "NOT_NULL")).containsExactly("1", "2", "3");
        // Stash builds no clause for a modifier it does not handle: everything matches.
        assertThat(ids("updated_at", "2024-06-01T00:00:00Z", null, "INCLUDES")).containsExactly("1", "2", "3");
    }

    @Test
    void aNumberSortsBeforeEveryTimestampAndCreatedAtFiltersToo() throws Exception {
        stash.add(FakeScene.builder("1").createdAt("2020-01-01T00:00:00Z"),
                FakeScene.builder("2").createdAt("2023-01-01T00:00:00Z"));

        // SQLite's NUMERIC column affinity turns a bound "1714564800" into a number, smaller than any text.
        assertThat(ids("updated_at", "1714564800", null, "GREATER_THAN")).containsExactly("1", "2");
        assertThat(ids("updated_at", "1714564800", null, "LESS_THAN")).isEmpty();
        assertThat(ids("created_at", "2021-01-01T00:00:00Z", null, "GREATER_THAN")).containsExactly("2");
    }

    @Test
    void anEditIsNowInTheServerOffsetAndLaterThanEverythingBefore() throws Exception {
        stash.timestampOffset(ZoneOffset.ofHours(2));
        stash.add(FakeScene.builder("1").title("Before"), FakeScene.builder("2"));

        FakeScene first = stash.edit("1", scene -> scene.title("After"));
        FakeScene second = stash.edit("2", scene -> scene);

        assertThat(first.updatedAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+02:00");
        assertThat(Duration.between(OffsetDateTime.parse(first.updatedAt()).toInstant(), Instant.now()).abs())
                .isLessThan(Duration.ofSeconds(30));
        assertThat(OffsetDateTime.parse(second.updatedAt()).toInstant())
                .isAfterOrEqualTo(OffsetDateTime.parse(first.updatedAt()).toInstant().plusSeconds(1));
        assertThat(ids("updated_at", first.updatedAt(), null, "GREATER_THAN")).containsExactly("2");
        assertThat(ids("updated_at", FakeScene.DEFAULT_UPDATED_AT, null, "GREATER_THAN")).containsExactly("1", "2");
        assertThat(calls.data(FIND, vars("f", null)).at("/findScenes/scenes/0/title").asText()).isEqualTo("After");
        assertThat(stash.sceneList().getFirst().createdAt()).isEqualTo(FakeScene.DEFAULT_CREATED_AT);
    }

    @Test
    void anEditAfterAFutureTimestampIsOneSecondLater() {
        stash.add(FakeScene.builder("1").updatedAt("2099-01-01T00:00:00Z"), FakeScene.builder("2"));

        assertThat(stash.edit("2", scene -> scene.title("x")).updatedAt()).isEqualTo("2099-01-01T00:00:01Z");
        assertThat(stash.edit("1", scene -> scene).updatedAt()).isEqualTo("2099-01-01T00:00:02Z");
    }

    @Test
    void anEditNeedsAnExistingSceneAndKeepsItsId() {
        stash.add(FakeScene.builder("1"));

        assertThatThrownBy(() -> stash.edit("2", scene -> scene)).isInstanceOf(IllegalArgumentException.class);
        assertThat(stash.sceneCount()).isEqualTo(1);
    }

    private static List<String> ids(String field, String value, String value2, String modifier) throws Exception {
        Map<String, Object> criterion = new HashMap<>();
        criterion.put("value", value);
        criterion.put("value2", value2);
        criterion.put("modifier", modifier);
        return each(calls.data(FIND, vars("f", Map.of(field, criterion))), "/findScenes/scenes", "id");
    }
}
