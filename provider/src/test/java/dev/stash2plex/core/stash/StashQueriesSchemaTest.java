package dev.stash2plex.core.stash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.provider.testing.StashSchema;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query the client ships is valid against Stash's real schema, uses nothing deprecated, and
 * nothing that only newer Stash versions have: an unknown field would be an HTTP 422 on every call.
 */
class StashQueriesSchemaTest {

    /**
     * Schema elements added after Stash v0.22, the oldest version we support (from the release
     * tags compared in the Stash GraphQL reference, §6).
     */
    private static final List<String> NEWER_THAN_V022 = List.of(
            "Scene.groups", "Performer.urls", "Studio.urls", "Tag.sort_name", "Tag.stash_ids",
            "StashID.updated_at", "Performer.custom_fields", "Query.findFile", "Query.findFiles",
            "Query.findFolder", "Query.findFolders", "VideoFile.parent_folder", "Query.findScenes(ids:)",
            "SceneFilterType.files_filter", "Query.findGroup", "Query.findGroups", "SceneFilterType.groups");

    /**
     * The group queries (Stash v0.27+), sent only for group collections: an older Stash refuses them
     * and the provider answers without those collections (MetadataFieldsIT). They may use groups, nothing
     * else newer than v0.22.
     */
    private static final List<String> GROUP_QUERIES = List.of("find-group.graphql", "scene-groups.graphql",
            "scenes-of-group.graphql");
    private static final List<String> GROUPS = List.of("Scene.groups", "Query.findGroup", "SceneFilterType.groups");

    private static StashSchema schema;

    @BeforeAll
    static void loadSchema() {
        schema = StashSchema.load();
    }

    @Test
    void everyShippedQueryIsValid() throws Exception {
        Map<String, String> queries = shippedQueries();

        assertThat(queries).isNotEmpty();
        queries.forEach((file, query) ->
                assertThat(schema.validationErrors(query)).as("validation errors in %s", file).isEmpty());
    }

    @Test
    void noShippedQueryUsesADeprecatedOrTooNewElement() throws Exception {
        shippedQueries().forEach((file, query) -> {
            assertThat(schema.deprecatedUses(query)).as("deprecated elements in %s", file).isEmpty();
            List<String> tooNew = GROUP_QUERIES.contains(file)
                    ? NEWER_THAN_V022.stream().filter(element -> !GROUPS.contains(element)).toList()
                    : NEWER_THAN_V022;
            assertThat(schema.uses(query)).as("elements newer than Stash v0.22 in %s", file)
                    .extracting(StashSchema.Use::coordinate)
                    .doesNotContainAnyElementsOf(tooNew);
        });
    }

    @Test
    void everyOperationIsAShippedFileWithThatOperationName() throws Exception {
        Map<String, String> queries = shippedQueries();

        for (StashQuery query : StashQuery.values()) {
            assertThat(queries).containsKey(query.resource());
            assertThat(query.text()).containsPattern("query\\s+" + query.operationName() + "\\b");
        }
        assertThat(queries.keySet()).hasSameSizeAs(StashQuery.values()).as("a .graphql file nobody sends");
        assertThat(resourceFiles().keySet()).as("the operations and the one shared fragment, nothing else")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(queries.keySet().stream(),
                        java.util.stream.Stream.of(StashQuery.SCENE_FIELDS_RESOURCE)).toList());
    }

    @Test
    void theCheckCatchesWhatItIsMeantToCatch() {
        String bad = """
                query Bad($ids: [Int!]) {
                  findScenes(scene_ids: $ids, scene_filter: { phash: { value: "x", modifier: EQUALS } }) {
                    scenes { id url groups { scene_index } }
                  }
                }""";

        assertThat(schema.validationErrors("{ findScene(id: \"1\") { id bogus } }")).isNotEmpty();
        assertThat(schema.validationErrors("{ findScene(id: \"1\") { id ")).isNotEmpty();
        assertThat(schema.deprecatedUses(bad))
                .containsExactlyInAnyOrder("Query.findScenes(scene_ids:)", "SceneFilterType.phash", "Scene.url");
        assertThat(schema.uses(bad)).extracting(StashSchema.Use::coordinate).contains("Scene.groups");
    }

    /** Each operation as it is sent (with the fragment it spreads), by its resource file. */
    private static Map<String, String> shippedQueries() {
        Map<String, String> queries = new TreeMap<>();
        for (StashQuery query : StashQuery.values()) {
            queries.put(query.resource(), query.text());
        }
        return queries;
    }

    /**
     * Every {@code .graphql} resource next to the client, by file name: from core's classes folder, or from
     * core's jar when the reactor has packaged it (as {@code ./mvnw verify} does).
     */
    private static Map<String, String> resourceFiles() throws IOException, URISyntaxException {
        URL folder = StashQuery.class.getResource("probe.graphql");
        assertThat(folder).as("query resources on the test class path").isNotNull();
        URI uri = folder.toURI();
        if (!"jar".equals(uri.getScheme())) {
            return graphqlFiles(Path.of(uri).getParent());
        }
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return graphqlFiles(jar.provider().getPath(uri).getParent());
        }
    }

    private static Map<String, String> graphqlFiles(Path folder) throws IOException {
        Map<String, String> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".graphql")).toList()) {
                queries.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return queries;
    }
}
