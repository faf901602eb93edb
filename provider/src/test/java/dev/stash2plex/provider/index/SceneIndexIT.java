package dev.stash2plex.provider.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.index.store.StoreOpener;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scene index in the real provider, against the schema-validating fake Stash over real HTTP:
 * built in pages, kept fresh by updated_at, swept for deletions, kept on disk across restarts.
 */
class SceneIndexIT {

    private static final String KEY = "index-test-key";
    /** The shortest refresh the setting allows; the tests wait for at most a few of them. */
    private static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Duration SWEEP = Duration.ofSeconds(10);
    private static final PathRuleDefinition MEDIA = PathRuleDefinition.of("media", "^/plex/media/(.*)", "/stash/media/\\1")
            .withPlexLibraryRoot("/plex/media/");
    /** Two and a half pages of the build, so paging and the two workers are exercised. */
    private static final int SCENES = 1_250;

    private static FakeStash stash;

    @TempDir
    Path dataDir;

    private final List<Provider> providers = new ArrayList<>();

    @BeforeAll
    static void startStash() {
        stash = FakeStash.start(StashSchema.load(), KEY);
    }

    @AfterAll
    static void stopStash() {
        if (stash != null) {
            stash.close();
        }
    }

    @BeforeEach
    void library() {
        stash.reset();
        // Stash writes its local time; the cursor must be sent back in that form.
        stash.timestampOffset(ZoneOffset.ofHours(2));
        List<FakeScene> scenes = new ArrayList<>();
        for (int i = 1; i <= SCENES; i++) {
            scenes.add(FakeScene.builder(Integer.toString(i)).title("Scene number " + i).date("2024-01-15")
                    .studio("5", "Studio Five").performer(Integer.toString(1 + i % 40), "Performer " + (1 + i % 40))
                    .tag("3", "tag").file("/stash/media/Studio/scene-" + i + ".mp4").build());
        }
        stash.add(scenes);
    }

    @AfterEach
    void stopProvidersAndCheckQueries() {
        providers.forEach(Provider::close);
        assertThat(stash.invalidQueries()).isEmpty();
    }

    private ProviderClient start(Path data) {
        Provider provider = TestProvider.start(TestProvider.indexed(stash.baseUrl(), KEY, List.of(MEDIA), data, REFRESH,
                SWEEP, List.of()));
        providers.add(provider);
        return new ProviderClient(provider.port());
    }

    private static JsonNode readyIndex(ProviderClient plex) {
        return Polling.until("the index is ready and usable", Duration.ofSeconds(60), () -> {
            JsonNode index = plex.get("/health").json().get("index");
            return index.get("usable").asBoolean() ? index : null;
        });
    }

    private static List<String> matched(ProviderClient plex, String plexPath) {
        JsonNode metadata = plex.match("{\"type\":1,\"filename\":\"" + plexPath + "\"}").json().get("MediaContainer").get("Metadata");
        List<String> ids = new ArrayList<>();
        metadata.forEach(item -> ids.add(item.get("ratingKey").asText()));
        return ids;
    }

    private static long requests(String operationName) {
        return stash.graphqlRequests().stream().filter(request -> operationName.equals(request.operationName())).count();
    }

    @Test
    void aBuiltIndexAnswersPathAndBasenameMatchesAndMetadataWithoutAskingStash() {
        ProviderClient plex = start(dataDir);
        JsonNode index = readyIndex(plex);
        assertThat(index.get("state").asText()).isEqualTo("ready");
        assertThat(index.get("scenes").asInt()).isEqualTo(SCENES);
        assertThat(index.get("store").asText()).isEqualTo("file");
        assertThat(index.get("started_from").asText()).isEqualTo("empty");
        assertThat(index.get("store_bytes").asLong()).isPositive();
        // 3 pages of 500 (1,250 scenes by Stash's count), and nothing per scene.
        assertThat(requests("IndexScenes")).isEqualTo(3);
        stash.resetCounters();

        for (int i = 1; i <= 200; i++) {
            assertThat(matched(plex, "/plex/media/Studio/scene-" + i + ".mp4")).containsExactly(Integer.toString(i));
        }
        // Basename step (no rule maps this folder) and the metadata Plex asks next.
        assertThat(matched(plex, "/somewhere/else/scene-77.mp4")).containsExactly("77");
        assertThat(plex.get("/library/metadata/77").json().get("MediaContainer").get("Metadata").get(0).get("title").asText())
                .isEqualTo("Scene number 77");

        assertThat(requests("FindScenesByPath") + requests("FindScenesByBasename") + requests("FindScene")).isZero();
        JsonNode explain = plex.post("/explain", "{\"type\":1,\"filename\":\"/plex/media/Studio/scene-5.mp4\"}").json();
        assertThat(explain.get("automatic").get("steps").get(0).get("name").asText()).isEqualTo("index");
        assertThat(explain.get("automatic").get("steps").get(0).get("outcome").asText()).isEqualTo("used");
    }

    @Test
    void anEditInStashShowsInMatchesAndMetadataWithinOneRefresh() {
        ProviderClient plex = start(dataDir);
        readyIndex(plex);

        Instant edited = Instant.now();
        stash.edit("12", scene -> scene.title("Renamed in Stash").clearFiles().file("/stash/media/Moved/new-name.mp4"));
        Polling.until("the new title in Plex's metadata", REFRESH.plusSeconds(3), () ->
                plex.get("/library/metadata/12").json().get("MediaContainer").get("Metadata").get(0).get("title").asText()
                        .equals("Renamed in Stash") ? true : null);
        assertThat(Duration.between(edited, Instant.now())).isLessThanOrEqualTo(REFRESH.plusSeconds(1));

        assertThat(matched(plex, "/plex/media/Moved/new-name.mp4")).containsExactly("12");
        assertThat(matched(plex, "/plex/media/Studio/scene-12.mp4")).isEmpty();
        assertThat(plex.get("/health").json().get("index").get("changes_logged").asInt()).isEqualTo(1);
    }

    @Test
    void aSceneAddedMomentsAgoIsFoundByCatchingUpOnTheMiss() {
        ProviderClient plex = start(dataDir);
        readyIndex(plex);
        stash.resetCounters();

        stash.add(FakeScene.builder("5000").title("Brand new").file("/stash/media/New/brand-new.mp4").build());
        stash.edit("5000", scene -> scene); // Stash stamps a new scene with its own "now"
        // No refresh has run yet, but the miss asks Stash what changed (one cheap query, not a path scan).
        assertThat(matched(plex, "/plex/media/New/brand-new.mp4")).containsExactly("5000");
        assertThat(requests("FindScenesByPath")).isZero();
        assertThat(requests("IndexScenesUpdated")).isEqualTo(1);
    }

    @Test
    void aTitleSearchFindsTheOneExactTitleAmongHundredsOfSimilarOnes() {
        List<FakeScene> similar = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            similar.add(FakeScene.builder(Integer.toString(2000 + i)).title("Morning Light part " + i).date("2023-03-01")
                    .file("/stash/series/light-" + i + ".mp4").build());
        }
        stash.add(similar);
        stash.add(FakeScene.builder("9000").title("Morning Light").date("2024-02-02").studio("5", "Studio Five")
                .file("/stash/elsewhere/ml.mp4").build());
        String request = "{\"type\":1,\"title\":\"Morning Light\",\"year\":2024}";

        // Without the index Stash's search returns the first 100 hits by id: all "part N", never the one.
        Provider live = TestProvider.start(TestProvider.config(stash.baseUrl(), KEY, List.of(MEDIA)));
        providers.add(live);
        JsonNode unindexed = new ProviderClient(live.port()).match(request).json().get("MediaContainer").get("Metadata");
        assertThat(unindexed).isEmpty();

        ProviderClient plex = start(dataDir);
        readyIndex(plex);
        JsonNode indexed = plex.match(request).json().get("MediaContainer").get("Metadata");
        assertThat(indexed).hasSize(1);
        assertThat(indexed.get(0).get("ratingKey").asText()).isEqualTo("9000");
    }

    @Test
    void amongEqualTitlesFixMatchListsTheSceneOfTheStudioNamedInTheTitleFirst() {
        stash.add(FakeScene.builder("8001").title("Sunrise").date("2024-01-01").studio("61", "Other House")
                        .file("/stash/x/sunrise-a.mp4").build(),
                FakeScene.builder("8002").title("Sunrise").date("2024-01-01").studio("62", "Blue Harbor")
                        .file("/stash/x/sunrise-b.mp4").build());
        ProviderClient plex = start(dataDir);
        readyIndex(plex);

        JsonNode manual = plex.post("/explain", "{\"type\":1,\"title\":\"Blue Harbor - Sunrise\"}").json().get("manual");
        assertThat(manual.get(0).get("scene").get("id").asText()).isEqualTo("8002");
        assertThat(manual.get(1).get("scene").get("id").asText()).isEqualTo("8001");
    }

    @Test
    void aDeletedSceneDisappearsAfterTheSweep() {
        ProviderClient plex = start(dataDir);
        readyIndex(plex);
        assertThat(matched(plex, "/plex/media/Studio/scene-600.mp4")).containsExactly("600");

        stash.remove("600");
        stash.remove("1250");
        Polling.until("the sweep removed both scenes", SWEEP.plus(REFRESH).plusSeconds(5), () ->
                plex.get("/health").json().get("index").get("scenes").asInt() == SCENES - 2 ? true : null);
        assertThat(matched(plex, "/plex/media/Studio/scene-600.mp4")).isEmpty();
        assertThat(plex.get("/library/metadata/1250").status()).isEqualTo(404);
    }

    @Test
    void aPerformerRenameReachesEverySceneThatShowsThePerformer() {
        ProviderClient plex = start(dataDir);
        readyIndex(plex);

        stash.renamePerformer("7", "Performer Seven Renamed");
        Polling.until("the new name in a scene's metadata", REFRESH.plusSeconds(5), () -> {
            JsonNode roles = plex.get("/library/metadata/6").json().get("MediaContainer").get("Metadata").get(0).get("Role");
            return roles.get(0).get("tag").asText().equals("Performer Seven Renamed") ? true : null;
        });
        // Performer 7 is in every 40th scene; each was logged for the Plex sync.
        assertThat(plex.get("/health").json().get("index").get("changes_logged").asInt())
                .isEqualTo((int) stash.sceneList().stream().filter(s -> s.performers().stream().anyMatch(p -> p.id().equals("7"))).count());
    }

    @Test
    void aRestartLoadsTheIndexFromDiskAndFetchesOnlyWhatChanged() {
        ProviderClient first = start(dataDir);
        readyIndex(first);
        providers.removeFirst().close();

        stash.edit("3", scene -> scene.title("Changed while the provider was down"));
        stash.edit("4", scene -> scene.title("Also changed"));
        stash.resetCounters();

        ProviderClient second = start(dataDir);
        JsonNode index = readyIndex(second);
        assertThat(index.get("started_from").asText()).isEqualTo("disk");
        assertThat(index.get("scenes").asInt()).isEqualTo(SCENES);
        assertThat(requests("IndexScenes")).isZero();
        Polling.until("the two edited scenes are logged", REFRESH.plusSeconds(3), () ->
                second.get("/health").json().get("index").get("changes_logged").asInt() == 2 ? true : null);
        assertThat(second.get("/library/metadata/3").json().get("MediaContainer").get("Metadata").get(0).get("title").asText())
                .isEqualTo("Changed while the provider was down");
    }

    @Test
    void stoppingTheProviderWhileTheIndexBuildsIsNeitherAProblemNorAFailure() {
        stash.setLatency(Duration.ofMillis(800));
        try (CapturedLogs logs = CapturedLogs.capture()) {
            start(dataDir);
            Polling.until("the build has asked Stash for a page", Duration.ofSeconds(30), () -> requests("IndexScenes") > 0);
            providers.removeFirst().close();

            // The stop interrupts the index's thread in the middle of its calls to Stash: that is no reason to
            // warn that Stash could not be read, nor to rebuild a store that did not fail.
            assertThat(logs.lines()).filteredOn(line -> line.contains("\"" + SceneIndex.class.getName() + "\""))
                    .noneMatch(line -> line.contains("\"level\":\"WARN\"") || line.contains("\"level\":\"ERROR\""));
        }
    }

    @Test
    void aCorruptStoreIsMovedAsideAndRebuilt() throws Exception {
        Files.write(dataDir.resolve(StoreOpener.FILE_NAME), "SQLite format 3\0 but then nothing sensible".repeat(300).getBytes());

        ProviderClient plex = start(dataDir);
        JsonNode index = readyIndex(plex);
        assertThat(index.get("started_from").asText()).isEqualTo("empty");
        assertThat(index.get("scenes").asInt()).isEqualTo(SCENES);
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.startsWith(StoreOpener.FILE_NAME + ".unusable-"));
        }
    }

    @Test
    void aDataFolderThatTakesNoWritesGivesAnIndexInMemoryWithAWarning() throws Exception {
        Path blocker = dataDir.resolve("a-file");
        Files.writeString(blocker, "not a folder");

        ProviderClient plex = start(blocker.resolve("data"));
        JsonNode index = readyIndex(plex);
        assertThat(index.get("store").asText()).isEqualTo("memory");
        assertThat(index.get("warning").asText()).contains("in memory").contains("S2P_DATA_DIR");
        assertThat(matched(plex, "/plex/media/Studio/scene-9.mp4")).containsExactly("9");
    }

    @Test
    void theIndexNeverHasMoreThanTwoCallsInFlightNorTheProviderMoreThanItsBound() throws Exception {
        stash.setLatency(Duration.ofMillis(40));
        ProviderClient plex = start(dataDir);
        // Plex scans while the index builds: the live steps answer and share the connection's bound (4 here).
        try (ExecutorService scan = Executors.newFixedThreadPool(8)) {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 1; i <= 64; i++) {
                String path = "/plex/media/Studio/scene-" + i + ".mp4";
                answers.add(scan.submit(() -> matched(plex, path)));
            }
            for (Future<List<String>> answer : answers) {
                answer.get();
            }
        }
        readyIndex(plex);
        int indexInFlight = 0;
        for (String operation : List.of("IndexScenes", "IndexLatestUpdates", "IndexScenesUpdated", "IndexRelatedUpdates")) {
            indexInFlight = Math.max(indexInFlight, stash.maxInFlight(operation));
        }
        assertThat(stash.maxInFlight("IndexScenes")).isEqualTo(2);
        assertThat(indexInFlight).isLessThanOrEqualTo(2);
        assertThat(stash.maxInFlight()).isLessThanOrEqualTo(4);
    }
}
