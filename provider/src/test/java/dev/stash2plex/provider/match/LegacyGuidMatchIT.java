package dev.stash2plex.provider.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.metadata.MetadataOptions;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A library switching from another Stash agent: Plex's match request carries the guid the old agent
 * stored, and the answer is our guid for the same scene — the match survives the switch. Also the
 * organized-only switch, which decides what may be matched at all.
 */
class LegacyGuidMatchIT {

    private static final String KEY = "legacy-guid-test-key";
    private static final String TPDB = "https://theporndb.net/graphql";
    private static final String STASHDB = "https://stashdb.org/graphql";
    private static final String TPDB_SCENE = "7c1f6a7e-3b2d-4e5f-8a9b-0c1d2e3f4a5b";
    private static FakeStash stash;
    private static Provider provider;
    private static Provider organizedOnly;
    private static ProviderClient plex;
    private static ProviderClient plexOrganizedOnly;

    @BeforeAll
    static void start() {
        stash = FakeStash.start(StashSchema.load(), KEY);
        stash.add(
                FakeScene.builder("100").title("Matched by the old agent").file("/stash/media/Legacy/old-agent.mp4")
                        .organized(true),
                FakeScene.builder("101").title("Matched by ThePornDB").file("/stash/media/Legacy/tpdb.mp4")
                        .stashId(TPDB, TPDB_SCENE).stashId(STASHDB, "11111111-2222-3333-4444-555555555555"),
                FakeScene.builder("102").title("Same id, other box").file("/stash/media/Legacy/stashdb.mp4")
                        .stashId(STASHDB, TPDB_SCENE.replace('7', '9')),
                FakeScene.builder("103").title("Not organized").file("/stash/media/Legacy/unorganized.mp4"));
        PathRuleDefinition media = PathRuleDefinition.of("media", "^/plex/media/(.*)", "/stash/media/\\1")
                .withPlexLibraryRoot("/plex/media/");
        provider = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of(media)));
        organizedOnly = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of(media))
                .withMetadata(MetadataOptions.defaults().withOrganizedOnly(true)));
        plex = new ProviderClient(provider.port());
        plexOrganizedOnly = new ProviderClient(organizedOnly.port());
    }

    @AfterAll
    static void stop() {
        if (stash != null) {   // null when the schema is missing and the class was skipped
            provider.close();
            organizedOnly.close();
            stash.close();
        }
    }

    @AfterEach
    void everyQueryWasValidAgainstStashsSchema() {
        assertThat(stash.invalidQueries()).isEmpty();
    }

    private static List<JsonNode> metadata(ProviderClient.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        JsonNode container = answer.json().get("MediaContainer");
        assertThat(container.get("size").asInt()).isEqualTo(container.get("Metadata").size());
        return StreamSupport.stream(container.get("Metadata").spliterator(), false).toList();
    }

    private static String guid(List<JsonNode> metadata) {
        assertThat(metadata).hasSize(1);
        return metadata.getFirst().get("guid").asText();
    }

    @Test
    void theOldStashAgentsGuidIsAnsweredWithOursForTheSameScene() {
        // As a library switched from StashPlexAgent asks: the stored guid with its ?lang= and the file
        // (its folder does not map through any rule, so only the guid can find the scene).
        List<JsonNode> answer = metadata(plex.match("{\"type\":1,\"guid\":\"com.plexapp.agents.stashplexagent://100?lang=en\","
                + "\"title\":\"whatever Plex parsed\",\"filename\":\"Moved/old-agent.mp4\"}"));
        assertThat(guid(answer)).isEqualTo("tv.plex.agents.custom.stash2plex://movie/100");
        assertThat(answer.getFirst().get("ratingKey").asText()).isEqualTo("100");
        assertThat(answer.getFirst().get("score").asInt()).isEqualTo(99);

        // Without ?lang= and without a file name to compare it is matched too.
        assertThat(guid(metadata(plex.match("{\"guid\":\"com.plexapp.agents.stashplexagent://100\"}"))))
                .isEqualTo("tv.plex.agents.custom.stash2plex://movie/100");

        // The metadata call Plex makes next answers under our guid.
        JsonNode item = plex.get("/library/metadata/100").json().at("/MediaContainer/Metadata/0");
        assertThat(item.get("guid").asText()).isEqualTo("tv.plex.agents.custom.stash2plex://movie/100");
        assertThat(item.get("title").asText()).isEqualTo("Matched by the old agent");
    }

    @Test
    void theThePornDbAgentsGuidFindsTheSceneHoldingThatStashBoxId() {
        List<JsonNode> answer = metadata(plex.match(
                "{\"type\":1,\"guid\":\"com.plexapp.agents.theporndbscenes://" + TPDB_SCENE + "?lang=en\"}"));
        assertThat(guid(answer)).isEqualTo("tv.plex.agents.custom.stash2plex://movie/101");
    }

    @Test
    void aThePornDbIdKnownOnlyFromAnotherStashBoxMatchesNothing() {
        String otherBoxId = TPDB_SCENE.replace('7', '9');
        assertThat(metadata(plex.match("{\"type\":1,\"guid\":\"com.plexapp.agents.theporndbscenes://" + otherBoxId + "\"}")))
                .isEmpty();
    }

    @Test
    void aLegacyGuidWhoseSceneHasAnotherFileIsNotTrustedAndTheFileDecides() {
        // Scene 100 exists, but Plex's file is scene 101's: another Stash's ids, or a re-created scene.
        List<JsonNode> answer = metadata(plex.match(
                "{\"type\":1,\"guid\":\"com.plexapp.agents.stashplexagent://100?lang=en\",\"filename\":\"Legacy/tpdb.mp4\"}"));
        assertThat(guid(answer)).isEqualTo("tv.plex.agents.custom.stash2plex://movie/101");

        ProviderClient.Answer explain = plex.get("/explain?guid=com.plexapp.agents.stashplexagent://100&filename=Other/none.mp4");
        JsonNode first = explain.json().at("/automatic/steps/0");
        assertThat(first.get("name").asText()).isEqualTo("legacy-guid");
        assertThat(first.get("outcome").asText()).isEqualTo("ambiguous");
        assertThat(first.get("detail").asText()).contains("StashPlexAgent").contains("scene 100").contains("none.mp4");
        assertThat(explain.json().at("/automatic/candidates")).isEmpty();
        assertThat(explain.json().get("manual")).extracting(c -> c.at("/scene/id").asText()).contains("100");
    }

    @Test
    void aLegacyGuidOfADeletedSceneFallsThroughToTheFile() {
        assertThat(guid(metadata(plex.match(
                "{\"guid\":\"com.plexapp.agents.stashplexagent://999?lang=en\",\"filename\":\"Legacy/old-agent.mp4\"}"))))
                .isEqualTo("tv.plex.agents.custom.stash2plex://movie/100");
    }

    @Test
    void withOrganizedOnlyAnUnorganizedSceneIsNeverMatched() {
        assertThat(metadata(plex.match("{\"filename\":\"Legacy/unorganized.mp4\"}"))).hasSize(1);
        assertThat(metadata(plexOrganizedOnly.match("{\"filename\":\"Legacy/unorganized.mp4\"}"))).isEmpty();
        assertThat(metadata(plexOrganizedOnly.match("{\"filename\":\"Legacy/unorganized.mp4\",\"manual\":1}"))).isEmpty();
        assertThat(guid(metadata(plexOrganizedOnly.match("{\"filename\":\"Legacy/old-agent.mp4\"}"))))
                .isEqualTo("tv.plex.agents.custom.stash2plex://movie/100");
    }
}
