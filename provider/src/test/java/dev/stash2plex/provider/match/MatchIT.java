package dev.stash2plex.provider.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.FakeStudio;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plex's match call against the real provider and a fake Stash, both over real HTTP. */
class MatchIT {

    private static final String KEY = "match-test-key";
    private static FakeStash stash;
    private static Provider provider;
    private static ProviderClient plex;

    @BeforeAll
    static void start() {
        stash = FakeStash.start(StashSchema.load(), KEY);
        stash.add(
                FakeScene.builder("42").title("Morning Light").date("2024-01-15").studio(FakeStudio.of("5", "S").withImage())
                        .performer("1", "A").file("/stash/media/Studio/a.mp4").withCover(),
                FakeScene.builder("43").title("Exact").file("/stash/media/Studio/exact.mp4"),
                FakeScene.builder("7").title("B one").file("/stash/other/b.mp4"),
                FakeScene.builder("9").title("B two").file("/stash/media/Other/b.mp4"),
                FakeScene.builder("11").title("Wildcard").file("/stash/media/a_b.mp4"),
                FakeScene.builder("20").title("Sunset Walk").date("2021").file("/elsewhere/sunset.mp4"),
                FakeScene.builder("21").title("Sunset Walk").date("2019-06-01").file("/elsewhere/sunset-2.mp4"),
                FakeScene.builder("30").title("").file("/stash/media/untitled_clip.mp4"));
        PathRuleDefinition media = PathRuleDefinition.of("media", "^/plex/media/(.*)", "/stash/media/\\1")
                .withPlexLibraryRoot("/plex/media/");
        provider = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of(media)));
        plex = new ProviderClient(provider.port());
    }

    @AfterAll
    static void stop() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            provider.close();
            stash.close();
        }
    }

    @BeforeEach
    void resetCounters() {
        stash.resetCounters();
    }

    @AfterEach
    void everyQueryWasValidAgainstStashsSchema() {
        assertThat(stash.invalidQueries()).isEmpty();
    }

    private static List<JsonNode> metadata(ProviderClient.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode container = answer.json().get("MediaContainer");
        assertThat(container.get("identifier").asText()).isEqualTo("tv.plex.agents.custom.stash2plex");
        assertThat(container.get("size").asInt()).isEqualTo(container.get("Metadata").size());
        assertThat(container.get("totalSize").asInt()).isEqualTo(container.get("Metadata").size());
        return StreamSupport.stream(container.get("Metadata").spliterator(), false).toList();
    }

    private static List<String> ids(List<JsonNode> metadata) {
        return metadata.stream().map(m -> m.get("ratingKey").asText()).toList();
    }

    @Test
    void aRelativeFilenameMappedThroughTheLibraryRootFindsTheExactFile() {
        List<JsonNode> result = metadata(plex.match("{\"type\":1,\"filename\":\"Studio/a.mp4\"}"));

        assertThat(result).hasSize(1);
        JsonNode scene = result.getFirst();
        assertThat(scene.get("ratingKey").asText()).isEqualTo("42").matches("^[0-9]+$");
        assertThat(scene.get("guid").asText()).isEqualTo("tv.plex.agents.custom.stash2plex://movie/42");
        assertThat(scene.get("key").asText()).isEqualTo("/library/metadata/42");
        assertThat(scene.get("type").asText()).isEqualTo("movie");
        assertThat(scene.get("title").asText()).isEqualTo("Morning Light");
        assertThat(scene.get("year").asInt()).isEqualTo(2024);
        assertThat(scene.get("originallyAvailableAt").asText()).isEqualTo("2024-01-15");
        assertThat(scene.get("score").asInt()).isEqualTo(100);
        assertThat(scene.get("thumb").asText()).startsWith("http://127.0.0.1:" + provider.port() + "/images/scene/42/");
    }

    @Test
    void theMappedPathIsLookedUpOnceWithStashsExactPathFilter() {
        assertThat(ids(metadata(plex.match("{\"filename\":\"Studio/exact.mp4\"}")))).containsExactly("43");
        assertThat(ids(metadata(plex.match("{\"filename\":\"Studio/exact.mp4\"}")))).containsExactly("43");

        assertThat(stash.graphqlRequests()).singleElement().satisfies(request ->
                assertThat(request.body()).contains("EQUALS").contains("/stash/media/Studio/exact.mp4"));
    }

    @Test
    void aLeadingSlashOnTheFilenameMakesNoDifference() {
        assertThat(ids(metadata(plex.match("{\"filename\":\"/Studio/a.mp4\"}")))).containsExactly("42");
    }

    @Test
    void severalScenesWithTheSameFileNameAndNoTellingFoldersGiveNoAutomaticMatch() {
        assertThat(metadata(plex.match("{\"type\":1,\"filename\":\"Elsewhere/b.mp4\"}"))).isEmpty();

        List<JsonNode> manual = metadata(plex.match("{\"type\":1,\"filename\":\"Elsewhere/b.mp4\",\"manual\":1}"));
        assertThat(ids(manual)).containsExactlyInAnyOrder("7", "9");
        assertThat(manual).allSatisfy(m -> assertThat(m.get("score").asInt()).isLessThan(100).isGreaterThanOrEqualTo(80));
    }

    @Test
    void theFolderPlexSeesTellsScenesWithTheSameFileNameApart() {
        List<JsonNode> result = metadata(plex.match("{\"filename\":\"moved/Other/b.mp4\"}"));
        assertThat(ids(result)).containsExactly("9");
        assertThat(result.getFirst().get("score").asInt()).isLessThan(100);
    }

    @Test
    void aFileNameFoundOnceIsMatchedWhenNoRuleGivesTheExactPath() {
        assertThat(ids(metadata(plex.match("{\"filename\":\"Renamed Folder/untitled_clip.mp4\"}")))).containsExactly("30");
    }

    @Test
    void stashsWildcardEqualsDoesNotMatchAnotherFile() {
        assertThat(metadata(plex.match("{\"filename\":\"aXb.mp4\",\"manual\":1}"))).isEmpty();
        assertThat(ids(metadata(plex.match("{\"filename\":\"a_b.mp4\"}")))).containsExactly("11");
    }

    @Test
    void ourOwnGuidResolvesDirectly() {
        List<JsonNode> result = metadata(plex.match(
                "{\"type\":1,\"guid\":\"tv.plex.agents.custom.stash2plex://movie/42\",\"filename\":\"nothing/here.mp4\"}"));
        assertThat(ids(result)).containsExactly("42");
        assertThat(result.getFirst().get("score").asInt()).isEqualTo(100);
        // At most the scene itself (another test's path match may have brought it along already); no file lookup.
        assertThat(stash.graphqlRequests()).hasSizeLessThanOrEqualTo(1)
                .allMatch(request -> "FindScene".equals(request.operationName()));
    }

    @Test
    void aGuidOfADeletedSceneFallsThroughToTheFile() {
        assertThat(ids(metadata(plex.match(
                "{\"guid\":\"tv.plex.agents.custom.stash2plex://movie/999\",\"filename\":\"Studio/a.mp4\"}")))).containsExactly("42");
    }

    @Test
    void anExactTitleWithItsYearMatchesAutomatically() {
        assertThat(ids(metadata(plex.match("{\"type\":1,\"title\":\"Sunset Walk\",\"year\":2021}")))).containsExactly("20");
        assertThat(ids(metadata(plex.match("{\"type\":1,\"title\":\"Sunset Walk (2019)\"}")))).containsExactly("21");
    }

    @Test
    void titlesThatAreNotUniqueOrWhoseYearConflictsAreLeftForFixMatch() {
        assertThat(metadata(plex.match("{\"title\":\"Sunset Walk\"}"))).isEmpty();
        assertThat(metadata(plex.match("{\"title\":\"Sunset Walk\",\"year\":2020}"))).isEmpty();

        List<JsonNode> manual = metadata(plex.match("{\"title\":\"Sunset Walk\",\"year\":2021,\"manual\":1}"));
        assertThat(ids(manual)).containsExactly("20", "21");
        assertThat(manual.get(0).get("score").asInt()).isGreaterThan(manual.get(1).get("score").asInt());
    }

    @Test
    void manualPutsTheIdentifiedFileFirstAndStillOffersTitleCandidates() {
        List<JsonNode> manual = metadata(plex.match("{\"title\":\"Sunset Walk\",\"filename\":\"Studio/a.mp4\",\"manual\":1}"));
        assertThat(ids(manual)).startsWith("42").contains("20", "21");
        assertThat(manual.getFirst().get("score").asInt()).isEqualTo(100);
    }

    @Test
    void nothingToGoOnAndOtherTypesGiveAnEmptyContainer() {
        assertThat(metadata(plex.match("{}"))).isEmpty();
        assertThat(metadata(plex.match("{\"type\":2,\"filename\":\"Studio/a.mp4\"}"))).isEmpty();
        assertThat(metadata(plex.match("not json at all"))).isEmpty();
        assertThat(metadata(plex.match("{\"filename\":\"Nobody/knows.mp4\",\"title\":\"Qwertyuiop\"}"))).isEmpty();
    }

    @Test
    void queryParametersWorkLikeTheBody() {
        assertThat(ids(metadata(plex.get("/library/metadata/matches?filename=Studio/a.mp4")))).containsExactly("42");
    }

    @Test
    void theMetadataRequestAfterAMatchCostsStashNoSceneLookup() {
        assertThat(ids(metadata(plex.match("{\"type\":1,\"filename\":\"Studio/exact.mp4\"}")))).containsExactly("43");
        int afterMatch = stash.graphqlRequests().size();

        ProviderClient.Answer metadata = plex.get("/library/metadata/43");

        assertThat(metadata.json().at("/MediaContainer/Metadata/0/title").asText()).isEqualTo("Exact");
        // The scene comes from the match's lookup; only its groups (Stash v0.27+, so not among the scene
        // fields every lookup reads) are one read by id, for the group collections (off: no read at all,
        // see MetadataFieldsIT).
        assertThat(stash.graphqlRequests().subList(afterMatch, stash.graphqlRequests().size()))
                .extracting(request -> request.operationName())
                .containsExactly("SceneGroups");
        int afterMetadata = stash.graphqlRequests().size();
        plex.get("/library/metadata/43");
        assertThat(stash.graphqlRequests()).as("a refresh right after: all from the lookup cache").hasSize(afterMetadata);
    }

    @Test
    void explainShowsEachStep() {
        ProviderClient.Answer answer = plex.get("/explain?filename=Elsewhere/b.mp4");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode steps = answer.json().at("/automatic/steps");
        assertThat(steps.findValuesAsText("name")).containsExactly("guid", "path", "fingerprint", "basename", "title");
        assertThat(steps.findValuesAsText("outcome")).containsExactly("skipped", "no-match", "skipped", "ambiguous", "skipped");
        JsonNode path = steps.get(1);
        assertThat(path.get("detail").asText()).contains("/stash/media/Elsewhere/b.mp4");
        assertThat(path.get("ruleAttempts").get(0).get("plexPath").asText()).isEqualTo("/plex/media/Elsewhere/b.mp4");
        assertThat(steps.get(2).get("detail").asText()).contains("S2P_MEDIA_ROOTS");
        assertThat(steps.get(3).get("candidates")).hasSize(2);
        assertThat(answer.json().at("/automatic/candidates")).isEmpty();
        assertThat(answer.json().get("manual")).hasSize(2);
    }
}
