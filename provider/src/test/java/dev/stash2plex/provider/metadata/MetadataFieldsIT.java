package dev.stash2plex.provider.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.metadata.MetadataOptions.Field;
import dev.stash2plex.provider.testing.FakeGroup;
import dev.stash2plex.provider.testing.FakePerformer;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStudio;
import dev.stash2plex.provider.testing.PlexConformance;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashReleases;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every field the metadata answer gained, over real HTTP against the schema-validating fake Stash,
 * for a scene that has each of them and one that has none, on a Stash acting as v0.22 (no groups:
 * the group query is refused, the movie is answered without its group collection) and as v0.30
 * (partial dates, groups).
 */
class MetadataFieldsIT {

    private static final String KEY = "fields-test-key";
    private static final String STASHDB = "https://stashdb.org/graphql";

    private static FakeStash stashAs(String release) {
        FakeStash stash = FakeStash.start(StashSchema.load(), KEY);
        if (release.equals("v0.22")) {
            stash.actAsRelease("v0.22.1", StashReleases.ADDED_AFTER_V0_22);
        } else {
            stash.actAsRelease("v0.30.1", Set.of());
        }
        FakeStudio network = new FakeStudio("3", "Network", false, null);
        stash.add(
                FakeScene.builder("50").title("Full").code("ABC-123").details("All fields").date("2021-06-05")
                        .rating100(86).organized(true).studio(new FakeStudio("7", "Studio", true, network))
                        .performer(FakePerformer.of("1", "Alex").withDisambiguation("the 2010s one"))
                        .tag("10", "Kept").tag("11", "todo")
                        .stashId(STASHDB, "0b1c2d3e-aaaa-bbbb-cccc-0123456789ab")
                        .group(FakeGroup.of("30", "Series").withSynopsis("Parts."), 1)
                        .file("/stash/full.mp4"),
                FakeScene.builder("51").title("Bare").date(release.equals("v0.22") ? "2020-05-17" : "2020-05")
                        .studio(FakeStudio.of("8", "Alone")).performer("2", "Blake").file("/stash/bare.mp4"));
        return stash;
    }

    private static JsonNode metadata(ProviderClient plex, String id) {
        ProviderClient.Answer answer = plex.get("/library/metadata/" + id);
        assertThat(answer.status()).isEqualTo(200);
        PlexConformance.assertContainer(answer.json());
        return answer.json().at("/MediaContainer/Metadata/0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.22", "v0.30"})
    void aSceneWithEveryFieldSendsThemAll(String release) {
        try (FakeStash stash = stashAs(release);
             Provider provider = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of())
                     .withMetadata(MetadataOptions.defaults().withIgnoredTags(Set.of("TODO"))))) {
            JsonNode full = metadata(new ProviderClient(provider.port()), "50");

            assertThat(full.get("contentRating").asText()).isEqualTo("XXX");
            assertThat(full.get("tagline").asText()).isEqualTo("ABC-123");
            assertThat(full.get("studio").asText()).isEqualTo("Studio");
            assertThat(full.get("Studio").findValuesAsText("tag")).containsExactly("Studio", "Network");
            assertThat(full.get("Guid").findValuesAsText("id")).containsExactly("stashdb://0b1c2d3e-aaaa-bbbb-cccc-0123456789ab");
            assertThat(full.at("/Rating/0/value").asDouble()).isEqualTo(8.6);
            assertThat(full.at("/Rating/0/type").asText()).isEqualTo("audience");
            assertThat(full.at("/Role/0/tag").asText()).isEqualTo("Alex");
            assertThat(full.at("/Role/0/role").asText()).isEqualTo("the 2010s one");
            assertThat(full.get("Genre").findValuesAsText("tag")).containsExactly("Kept");
            List<String> collections = full.get("Collection").findValuesAsText("tag");
            if (release.equals("v0.22")) {
                // No groups before v0.27: Stash refuses the query, the movie comes without that collection,
                // and the refused query is not sent again with every metadata request.
                assertThat(collections).containsExactly("Studio", "Network");
                metadata(new ProviderClient(provider.port()), "51");
                assertThat(stash.graphqlRequests()).filteredOn(request -> "SceneGroups".equals(request.operationName()))
                        .hasSize(1);
            } else {
                assertThat(collections).containsExactly("Series", "Studio", "Network");
                assertThat(full.at("/Collection/0/summary").asText()).isEqualTo("Parts.");
            }
            assertThat(stash.invalidQueries()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.22", "v0.30"})
    void aSceneWithoutThemSendsNoneOfThemNotEvenEmpty(String release) {
        try (FakeStash stash = stashAs(release);
             Provider provider = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of()))) {
            JsonNode bare = metadata(new ProviderClient(provider.port()), "51");

            assertThat(bare.get("contentRating").asText()).isEqualTo("XXX");
            for (String absent : List.of("tagline", "Guid", "Rating", "Genre", "summary")) {
                assertThat(bare.has(absent)).as(absent).isFalse();
            }
            assertThat(bare.get("Studio").findValuesAsText("tag")).containsExactly("Alone");
            assertThat(bare.at("/Role/0").has("role")).isFalse();
            assertThat(bare.get("Collection").findValuesAsText("tag")).containsExactly("Alone");
            assertThat(bare.get("year").asInt()).isEqualTo(2020);
            assertThat(bare.has("originallyAvailableAt")).isEqualTo(release.equals("v0.22"));
            assertThat(stash.invalidQueries()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.22", "v0.30"})
    void everyOptionalFieldCanBeSwitchedOff(String release) {
        MetadataOptions nothing = MetadataOptions.defaults().withContentRating("")
                .withOmitted(EnumSet.allOf(Field.class));
        try (FakeStash stash = stashAs(release);
             Provider provider = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of()).withMetadata(nothing))) {
            JsonNode full = metadata(new ProviderClient(provider.port()), "50");

            for (String absent : List.of("contentRating", "tagline", "studio", "Studio", "Guid", "Rating", "Role", "Genre",
                    "Director", "Collection", "summary")) {
                assertThat(full.has(absent)).as(absent).isFalse();
            }
            assertThat(full.get("title").asText()).isEqualTo("Full");
            // Nothing asked Stash for groups that would not be sent.
            assertThat(stash.graphqlRequests()).noneMatch(request -> "SceneGroups".equals(request.operationName()));
        }
    }
}
