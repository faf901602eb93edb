package dev.stash2plex.provider.testing;

import static dev.stash2plex.provider.testing.FakeStashCalls.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated library is deterministic, looks like a real one, and stays cheap to add and to page at 100k scenes. */
class FakeLibraryTest {

    private static final String PAGE = """
            query IndexScenesPage($page: Int!) {
              findScenes(filter: {page: $page, per_page: 1000, sort: "id", direction: ASC}) {
                count scenes { id updated_at files { path size fingerprint(type: "oshash") } performers { id } tags { id } }
              }
            }""";

    @Test
    void theSameSeedGivesTheSameLibraryAndASmallerOneIsItsStart() {
        List<FakeScene> library = new FakeLibrary(7).scenes(500, ZoneOffset.UTC);

        assertThat(new FakeLibrary(7).scenes(500, ZoneOffset.UTC)).isEqualTo(library);
        assertThat(new FakeLibrary(7).scenes(200, ZoneOffset.UTC)).isEqualTo(library.subList(0, 200));
        assertThat(new FakeLibrary(8).scenes(500, ZoneOffset.UTC)).isNotEqualTo(library);
        assertThat(new FakeLibrary(7).scenes(1, ZoneOffset.ofHours(2)).getFirst().updatedAt()).endsWith("+02:00");
    }

    @Test
    void looksLikeARealLibrary() {
        List<FakeScene> scenes = new FakeLibrary(1).scenes(5_000, ZoneOffset.UTC);
        List<FakeFile> files = scenes.stream().flatMap(scene -> scene.files().stream()).toList();
        List<Long> ids = scenes.stream().map(scene -> Long.parseLong(scene.id())).toList();

        assertThat(scenes).allSatisfy(scene -> {
            assertThat(scene.performers()).hasSizeBetween(1, 3);
            assertThat(scene.tags()).hasSizeBetween(2, 6);
            assertThat(scene.files().getFirst().path()).matches("/stash/media/[^/]+/.+ \\[" + scene.id() + "]\\.mp4");
            assertThat(scene.files().getFirst().oshash()).matches("[0-9a-f]{16}");
        });
        assertThat(files.stream().map(FakeFile::size).distinct().count()).isEqualTo(files.size());
        assertThat(files.stream().map(FakeFile::oshash).distinct().count()).isEqualTo(files.size());
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(ids.getLast()).isGreaterThan(scenes.size());
        assertThat(scenes.stream().map(FakeScene::title).distinct().count()).isLessThan(scenes.size());
        assertThat(files).anyMatch(file -> file.basename().contains("_")).anyMatch(file -> file.path().contains("%"));
        assertThat(scenes).anyMatch(scene -> scene.files().size() == 2).anyMatch(scene -> scene.studio() == null)
                .anyMatch(scene -> scene.date() == null).anyMatch(scene -> scene.studio() != null && scene.studio().parent() != null);
        Set<String> studios = scenes.stream().filter(scene -> scene.studio() != null).map(scene -> scene.studio().id())
                .collect(Collectors.toSet());
        Set<String> performers = scenes.stream().flatMap(scene -> scene.performers().stream()).map(FakePerformer::id)
                .collect(Collectors.toSet());
        assertThat(studios).hasSizeBetween(100, 300);
        assertThat(performers).hasSizeBetween(1_000, 3_000);
    }

    /** Its speed at 100,000 scenes is measured by the index benchmark (docs/benchmarks.md), not asserted here. */
    @Test
    void aGeneratedLibraryIsPagedByIdWithoutGapsOrRepeatsAndStillScannedByPath() throws Exception {
        try (FakeStash stash = FakeStash.start(StashSchema.load(), null); FakeStashCalls calls = new FakeStashCalls(stash)) {
            List<FakeScene> added = new FakeLibrary(3).addTo(stash, 10_000);

            Set<String> seen = new HashSet<>();
            String previous = null;
            for (int page = 1; page <= 10; page++) {
                JsonNode found = calls.post("IndexScenesPage", PAGE, Map.of("page", page)).get("data");
                assertThat(found.at("/findScenes/count").asInt()).isEqualTo(10_000);
                for (JsonNode scene : found.at("/findScenes/scenes")) {
                    assertThat(seen.add(scene.get("id").asText())).isTrue();
                    previous = scene.get("id").asText();
                }
            }
            FakeFile last = added.getLast().files().getFirst();
            JsonNode byPath = calls.data("query($p: String!) { findScenes(scene_filter: {path: {value: $p, modifier: EQUALS}}) "
                    + "{ count scenes { id } } }", vars("p", last.path()));

            assertThat(seen).hasSize(10_000);
            assertThat(previous).isEqualTo(added.getLast().id());
            assertThat(byPath.at("/findScenes/scenes/0/id").asText()).isEqualTo(added.getLast().id());
            assertThat(stash.maxInFlight("IndexScenesPage")).isEqualTo(1);
            assertThat(stash.invalidQueries()).isEmpty();
        }
    }
}
