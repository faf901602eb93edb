package dev.stash2plex.provider.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.access.AdminAccess;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.FakeImages;
import dev.stash2plex.provider.testing.FakePms;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Plex sync in the real provider, between the schema-validating fake Stash and a fake Plex
 * Media Server, both over real HTTP: edits and renames become refreshes of exactly the right
 * items, nothing is lost or repeated while Plex is away, a wrong token stops it, artwork is
 * uploaded once per version, and the token shows nowhere.
 */
class PlexSyncIT {

    private static final String KEY = "sync-test-stash-key";
    private static final String TOKEN = "sync-test-plex-token";
    private static final String ADMIN = "sync-test-admin-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Our provider's guid as Plex stores it for a matched item (plex-provider-protocol: tv.plex.agents.custom.<id>://<type>/<ratingKey>). */
    private static final String GUID = "tv.plex.agents.custom.stash2plex://movie/";
    /** The shortest index refresh the setting allows: the sync cannot see a change sooner. */
    private static final Duration REFRESH = Duration.ofSeconds(5);
    private static final int SCENES = 30;
    private static final PathRuleDefinition MEDIA = PathRuleDefinition.of("media", "^/plex/media/(.*)", "/stash/media/\\1")
            .withPlexLibraryRoot("/plex/media/");

    private static FakeStash stash;

    @TempDir
    Path dataDir;

    private FakePms plex;
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
        List<FakeScene> scenes = new ArrayList<>();
        plex = FakePms.start(TOKEN).section("3", "Stash", "/plex/media").section("4", "Films", "/plex/films").pageCap(7);
        for (int i = 1; i <= SCENES; i++) {
            // Performer 1 is in scenes 1, 4, 7 …; performer 100 + n alone in scene n.
            FakeScene.Builder scene = FakeScene.builder(Integer.toString(i)).title("Scene " + i)
                    .file("/stash/media/Studio/scene-" + i + ".mp4").withCover();
            scene.performer(i % 3 == 1 ? "1" : Integer.toString(100 + i), i % 3 == 1 ? "Shared Performer" : "Solo " + i);
            scenes.add(scene.build());
            // Plex's ratingKeys are its own numbers, not our scene ids.
            plex.item("3", Integer.toString(5000 + i), GUID + i, "/plex/media/Studio/scene-" + i + ".mp4");
        }
        // Another agent's items in the same and another section are none of ours.
        plex.item("3", "9001", "plex://movie/5d776b59ad5437001f79c6f8", "/plex/media/other.mp4");
        plex.item("4", "9002", "com.plexapp.agents.imdb://tt0088763?lang=en", "/plex/films/film.mkv");
        stash.add(scenes);
    }

    @AfterEach
    void stop() {
        providers.forEach(Provider::close);
        plex.close();
        assertThat(stash.invalidQueries()).isEmpty();
    }

    private static SyncSettings fast(boolean artwork, boolean scan) {
        return new SyncSettings(20, Duration.ofHours(72), scan, artwork, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(2));
    }

    private ProviderClient start(String token, SyncSettings settings) {
        return start(TestProvider.indexed(stash.baseUrl(), KEY, List.of(MEDIA), dataDir, REFRESH,
                Duration.ofMinutes(10), List.of()).withPlex(plex.baseUrl(), token, settings));
    }

    private ProviderClient start(ProviderConfig config) {
        Provider provider = TestProvider.start(config);
        providers.add(provider);
        return new ProviderClient(provider.port());
    }

    private static JsonNode sync(ProviderClient provider) {
        return provider.get("/health").json().get("sync");
    }

    private static void upToDate(ProviderClient provider) {
        Polling.until("the index is usable and the sync up to date", Duration.ofSeconds(60), () ->
                provider.get("/health").json().get("index").get("usable").asBoolean()
                        && sync(provider).get("state").asText().equals("up_to_date") ? true : null);
    }

    private long refreshes(String ratingKey) {
        return plex.refreshed().stream().filter(ratingKey::equals).count();
    }

    /** Waits until the index has refreshed twice more, so a change it could still bring has been seen and sent. */
    private static void twoMoreIndexRefreshes(ProviderClient provider) {
        String before = provider.get("/health").json().get("index").get("last_refresh").asText();
        Polling.until("the index refreshed again", REFRESH.multipliedBy(3), () ->
                !provider.get("/health").json().get("index").get("last_refresh").asText().equals(before) ? true : null);
        String second = provider.get("/health").json().get("index").get("last_refresh").asText();
        Polling.until("the index refreshed once more", REFRESH.multipliedBy(3), () ->
                !provider.get("/health").json().get("index").get("last_refresh").asText().equals(second) ? true : null);
        Polling.until("nothing waits", Duration.ofSeconds(10), () -> sync(provider).get("waiting").asInt() == 0 ? true : null);
    }

    @Test
    void anEditInStashBecomesExactlyOneRefreshOfTheRightItemWithinTwoRefreshIntervals() {
        ProviderClient provider = start(TOKEN, fast(false, false));
        upToDate(provider);
        assertThat(sync(provider).get("items_mapped").asInt()).isEqualTo(SCENES);
        plex.clearRecords();

        stash.edit("7", scene -> scene.title("Scene seven, retitled"));
        Polling.until("Plex item 5007 refreshed", REFRESH.multipliedBy(2), () -> refreshes("5007") == 1 ? true : null);
        twoMoreIndexRefreshes(provider);

        assertThat(plex.refreshed()).containsExactly("5007");
        assertThat(plex.requests()).allSatisfy(request -> assertThat(request.header("X-Plex-Token")).isEqualTo(TOKEN));
        JsonNode sync = sync(provider);
        assertThat(sync.get("state").asText()).isEqualTo("up_to_date");
        assertThat(sync.get("delivered").asLong()).isEqualTo(1);
        assertThat(sync.get("last_delivered").isNull()).isFalse();
    }

    @Test
    void fiveEditsToOneSceneBetweenSendsAreOneRefresh() {
        ProviderClient provider = start(TOKEN, fast(false, false));
        upToDate(provider);
        plex.down();
        for (int edit = 1; edit <= 5; edit++) {
            int n = edit;
            stash.edit("2", scene -> scene.title("Edit " + n));
            String seen = provider.get("/health").json().get("index").get("last_refresh").asText();
            Polling.until("the index saw edit " + n, REFRESH.multipliedBy(3), () ->
                    !provider.get("/health").json().get("index").get("last_refresh").asText().equals(seen) ? true : null);
        }
        assertThat(sync(provider).get("waiting").asInt()).isEqualTo(1);
        plex.up();
        Polling.until("item 5002 refreshed", Duration.ofSeconds(20), () -> refreshes("5002") >= 1 ? true : null);
        twoMoreIndexRefreshes(provider);
        assertThat(plex.refreshed()).containsExactly("5002");
    }

    @Test
    void aPerformerRenameRefreshesEveryItemThatPerformerIsIn() {
        ProviderClient provider = start(TOKEN, fast(false, false));
        upToDate(provider);
        plex.clearRecords();

        stash.renamePerformer("1", "Renamed Performer");
        List<String> expected = IntStream.rangeClosed(1, SCENES).filter(i -> i % 3 == 1).mapToObj(i -> Integer.toString(5000 + i)).toList();
        Polling.until("every item of the performer refreshed", REFRESH.multipliedBy(3), () ->
                plex.refreshed().containsAll(expected) ? true : null);
        twoMoreIndexRefreshes(provider);
        assertThat(plex.refreshed()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void changesMadeWhilePlexIsDownAreEachDeliveredOnceWhenItReturns() {
        ProviderClient provider = start(TOKEN, fast(false, false));
        upToDate(provider);
        plex.down();
        List<String> edited = List.of("3", "8", "11", "20", "29");
        edited.forEach(id -> stash.edit(id, scene -> scene.title("Edited while Plex was away " + id)));
        JsonNode failing = Polling.until("the sync says Plex is away with the five changes waiting", REFRESH.multipliedBy(4), () -> {
            JsonNode sync = sync(provider);
            return sync.get("state").asText().equals("failing") && sync.get("waiting").asInt() == 5 ? sync : null;
        });
        assertThat(failing.get("reason").asText()).contains("could not be reached").contains(plex.baseUrl().toString());
        assertThat(failing.get("failing_since").isNull()).isFalse();
        // Back-off: tries while down are few, not one per change per second.
        plex.clearRecords();

        plex.up();
        List<String> keys = edited.stream().map(id -> Integer.toString(5000 + Integer.parseInt(id))).toList();
        Polling.until("every waiting change delivered", Duration.ofSeconds(20), () -> plex.refreshed().containsAll(keys) ? true : null);
        twoMoreIndexRefreshes(provider);
        assertThat(plex.refreshed()).containsExactlyInAnyOrderElementsOf(keys);
        JsonNode sync = sync(provider);
        assertThat(sync.get("state").asText()).isEqualTo("up_to_date");
        assertThat(sync.get("failing_since").isNull()).isTrue();
        assertThat(sync.get("reason").isNull()).isTrue();
    }

    @Test
    void aWrongTokenStopsTheSyncWithTheReasonAndNoRetryStormAndTheTokenShowsNowhere() {
        String wrong = "wrong-plex-token-value";
        try (CapturedLogs logs = CapturedLogs.capture()) {
            ProviderClient provider = start(wrong, fast(true, false));
            JsonNode stopped = Polling.until("the sync stops on the 401", Duration.ofSeconds(60), () ->
                    sync(provider).get("state").asText().equals("stopped") ? sync(provider) : null);
            assertThat(stopped.get("reason").asText()).contains("401").contains("S2P_PLEX_TOKEN");
            int requestsAtStop = plex.requests().size();

            stash.edit("4", scene -> scene.title("Edited with a wrong token"));
            Polling.until("the change waits", REFRESH.multipliedBy(3), () -> sync(provider).get("waiting").asInt() == 1 ? true : null);
            String seen = provider.get("/health").json().get("index").get("last_refresh").asText();
            Polling.until("the index refreshed again", REFRESH.multipliedBy(3), () ->
                    !provider.get("/health").json().get("index").get("last_refresh").asText().equals(seen) ? true : null);
            assertThat(plex.requests()).hasSize(requestsAtStop);

            // "Sync now" tries once more (the user may have fixed Plex's side), and stops again.
            ProviderClient.Answer now = provider.post("/sync/now", "{}");
            assertThat(now.status()).isEqualTo(202);
            Polling.until("one more try", Duration.ofSeconds(10), () -> plex.requests().size() > requestsAtStop ? true : null);
            Polling.until("stopped again", Duration.ofSeconds(10), () -> sync(provider).get("state").asText().equals("stopped") ? true : null);
            assertThat(plex.requests().size()).isLessThanOrEqualTo(requestsAtStop + 1);

            List<String> answers = List.of(provider.get("/health").body(), provider.get("/sync/jobs").body(),
                    provider.get("/sync/jobs?parked=true").body(), now.body());
            assertThat(answers).noneMatch(body -> body.contains(wrong));
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(wrong));
            assertThat(plex.requests()).noneMatch(request -> request.path().contains(wrong) || request.query().containsValue(wrong));
        }
    }

    @Test
    void artworkIsUploadedOncePerImageVersion() {
        ProviderClient provider = start(TOKEN, fast(true, false));
        upToDate(provider);
        // Every item Plex had matched gets its poster and background once, with no change needed.
        assertThat(plex.uploads()).hasSize(2 * SCENES);
        assertThat(plex.uploads()).extracting(upload -> upload.ratingKey() + " " + upload.element()).doesNotHaveDuplicates()
                .contains("5001 posters", "5001 arts", "5030 posters", "5030 arts");
        plex.clearRecords();

        stash.edit("5", scene -> scene.title("New title, new version"));
        Polling.until("poster and background uploaded", REFRESH.multipliedBy(3), () -> plex.uploads().size() == 2 ? true : null);
        assertThat(plex.uploads()).extracting(FakePms.Upload::ratingKey).containsOnly("5005");
        assertThat(plex.uploads()).extracting(FakePms.Upload::element).containsExactlyInAnyOrder("posters", "arts");
        assertThat(plex.uploads()).allSatisfy(upload -> {
            assertThat(upload.bytes()).isEqualTo(FakeImages.png("scene", "5"));
            assertThat(upload.contentType()).startsWith("image/png");
        });

        // A performer rename refreshes the item again, but the scene's picture is the same version.
        stash.renamePerformer("105", "Solo five, renamed");
        Polling.until("the rename delivered", REFRESH.multipliedBy(3), () -> refreshes("5005") == 2 ? true : null);
        twoMoreIndexRefreshes(provider);
        assertThat(plex.uploads()).hasSize(2);

        // An edit makes a new version (Stash's updated_at): uploaded again, once.
        stash.edit("5", scene -> scene.title("Third title"));
        Polling.until("the new version uploaded", REFRESH.multipliedBy(3), () -> plex.uploads().size() == 4 ? true : null);
        twoMoreIndexRefreshes(provider);
        assertThat(plex.uploads()).hasSize(4);
        assertThat(Collections.frequency(plex.refreshed(), "5005")).isEqualTo(3);
    }

    @Test
    void aNewSceneWhoseFilePlexHasNotSeenGetsItsFolderScannedAndThenRefreshes() {
        ProviderClient provider = start(TOKEN, fast(false, true));
        upToDate(provider);
        plex.clearRecords();
        plex.fileOnDisk("3", "5100", GUID + "100", "/plex/media/New Studio/new.mp4");

        stash.add(FakeScene.builder("100").title("Brand new").file("/stash/media/New Studio/new.mp4"));
        stash.edit("100", scene -> scene); // added now, as Stash stamps a new scene
        Polling.until("the new scene's folder scanned", REFRESH.multipliedBy(3), () -> plex.scans().isEmpty() ? null : true);
        assertThat(plex.scans()).containsExactly("3:/plex/media/New Studio");
        assertThat(plex.requests()).filteredOn(r -> r.path().equals("/library/sections/3/refresh"))
                .extracting(FakePms.Request::method).containsOnly("POST");

        // The scan added an item with our guid; the map finds it, and the next edit refreshes it.
        stash.edit("100", scene -> scene.title("Brand new, retitled"));
        Polling.until("the new item refreshed", REFRESH.multipliedBy(3), () -> refreshes("5100") == 1 ? true : null);
    }

    @Test
    void changesFailingLongerThanTheLimitAreParkedWithTheirReasonAndCanBeRetried() {
        // Two seconds stand for S2P_SYNC_GIVE_UP_HOURS.
        ProviderClient provider = start(TOKEN, new SyncSettings(20, Duration.ofSeconds(2), false, false, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(2)));
        upToDate(provider);
        plex.failWith(503);
        stash.edit("6", scene -> scene.title("Edited while Plex answers 503"));
        stash.edit("9", scene -> scene.title("Edited while Plex answers 503"));
        JsonNode parked = Polling.until("both changes parked", REFRESH.multipliedBy(4), () -> {
            JsonNode sync = sync(provider);
            return sync.get("parked").asInt() == 2 && sync.get("waiting").asInt() == 0 ? sync : null;
        });
        assertThat(parked.get("state").asText()).isEqualTo("failing");
        assertThat(parked.get("reason").asText()).contains("HTTP 503");
        JsonNode jobs = provider.get("/sync/jobs?parked=true").json();
        assertThat(jobs.get("count").asInt()).isEqualTo(2);
        assertThat(jobs.get("jobs")).allSatisfy(job -> {
            assertThat(job.get("last_error").asText()).contains("HTTP 503");
            assertThat(job.get("parked_at").isNull()).isFalse();
            assertThat(job.get("cause").asText()).isEqualTo("scene-updated");
        });
        assertThat(plex.refreshed()).isEmpty();

        plex.failWith(0);
        ProviderClient.Answer retried = provider.post("/sync/retry", "{}");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("retried").asInt()).isEqualTo(2);
        Polling.until("both delivered after the retry", Duration.ofSeconds(20), () ->
                plex.refreshed().containsAll(List.of("5006", "5009")) ? true : null);
        Polling.until("up to date, nothing parked", Duration.ofSeconds(10), () -> {
            JsonNode sync = sync(provider);
            return sync.get("state").asText().equals("up_to_date") && sync.get("parked").asInt() == 0 ? true : null;
        });
        assertThat(plex.refreshed()).containsExactlyInAnyOrder("5006", "5009");
    }

    /** {@code POST /sync/refresh?scene=…} as a caller on another machine sends it (the desktop app through Docker's port forwarding). */
    private HttpResponse<String> refreshAsRemote(String scene, String adminToken) {
        return postAsRemote("/sync/refresh?scene=" + URLEncoder.encode(scene, StandardCharsets.UTF_8), adminToken);
    }

    private HttpResponse<String> postAsRemote(String pathAndQuery, String adminToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + providers.getLast().port()
                        + pathAndQuery)).header("X-Forwarded-For", "192.0.2.7").POST(HttpRequest.BodyPublishers.noBody());
        if (adminToken != null) {
            request.header(AdminAccess.HEADER, adminToken);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProviderClient startWithAdminToken(SyncSettings settings) {
        return start(TestProvider.withAccess(TestProvider.indexed(stash.baseUrl(), KEY, List.of(MEDIA), dataDir, REFRESH,
                Duration.ofMinutes(10), List.of()).withPlex(plex.baseUrl(), TOKEN, settings), Optional.empty(), List.of(), ADMIN, 0));
    }

    @Test
    void aRefreshAskedForByHandRefreshesExactlyThatScenesItemAndOnlyForAnAdmin() {
        try (CapturedLogs logs = CapturedLogs.capture()) {
            ProviderClient provider = startWithAdminToken(fast(false, false));
            upToDate(provider);
            plex.clearRecords();

            HttpResponse<String> anonymous = refreshAsRemote("12", null);
            assertThat(anonymous.statusCode()).isEqualTo(403);
            assertThat(json(anonymous).get("error").asText()).isEqualTo("admin-only");
            assertThat(refreshAsRemote("12", "not-the-admin-token").statusCode()).isEqualTo(403);
            HttpResponse<String> notANumber = refreshAsRemote("12; DROP TABLE sync_jobs", ADMIN);
            assertThat(notANumber.statusCode()).isEqualTo(400);
            assertThat(json(notANumber).get("message").asText()).contains("scene must be a Stash scene id");
            HttpResponse<String> unknown = refreshAsRemote("999", ADMIN);
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(json(unknown).get("error").asText()).isEqualTo("unknown-scene");
            assertThat(json(unknown).get("message").asText()).contains("no scene 999");
            assertThat(plex.refreshed()).isEmpty();

            HttpResponse<String> queued = refreshAsRemote("12", ADMIN);
            assertThat(queued.statusCode()).isEqualTo(202);
            JsonNode answer = json(queued);
            assertThat(answer.get("scene_id").asText()).isEqualTo("12");
            assertThat(answer.get("queued").asBoolean()).isTrue();
            assertThat(answer.get("plex_items")).extracting(JsonNode::asText).containsExactly("5012");
            assertThat(answer.get("sync").get("state").asText()).isNotEqualTo("off");
            Polling.until("Plex item 5012 refreshed", Duration.ofSeconds(10), () -> refreshes("5012") == 1 ? true : null);
            assertThat(plex.requests()).filteredOn(request -> request.path().endsWith("/refresh"))
                    .extracting(request -> request.method() + " " + request.path())
                    .containsExactly("PUT /library/metadata/5012/refresh");
            Polling.until("nothing waits", Duration.ofSeconds(10), () -> sync(provider).get("waiting").asInt() == 0 ? true : null);
            assertThat(plex.refreshed()).containsExactly("5012");

            // On the provider's own machine no token is needed, as for /sync/jobs.
            assertThat(provider.post("/sync/refresh?scene=13", "").status()).isEqualTo(202);
            Polling.until("Plex item 5013 refreshed", Duration.ofSeconds(10), () -> refreshes("5013") == 1 ? true : null);

            assertThat(logs.lines()).noneMatch(line -> line.contains(ADMIN) || line.contains(TOKEN));
            assertThat(List.of(anonymous.body(), queued.body(), unknown.body())).noneMatch(body -> body.contains(TOKEN));
        }
    }

    @Test
    void syncNowLooksAtPlexAgainOnlyForAnAdmin() {
        ProviderClient provider = startWithAdminToken(fast(false, false));
        upToDate(provider);
        plex.clearRecords();

        HttpResponse<String> anonymous = postAsRemote("/sync/now", null);
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(json(anonymous).get("error").asText()).isEqualTo("admin-only");
        assertThat(postAsRemote("/sync/now", "not-the-admin-token").statusCode()).isEqualTo(403);
        assertThat(plex.requests()).as("a refused Sync now asks Plex nothing").isEmpty();

        HttpResponse<String> accepted = postAsRemote("/sync/now", ADMIN);
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(json(accepted).get("state").asText()).isNotEqualTo("off");
        Polling.until("every section listed again", Duration.ofSeconds(10), () -> plex.requests().stream()
                .filter(request -> request.path().endsWith("/all")).map(request -> request.path()).distinct().count() == 2 ? true : null);
        // On the provider's own machine no token is needed, as for /sync/jobs.
        assertThat(provider.post("/sync/now", "").status()).isEqualTo(202);
    }

    @Test
    void aRefreshAskedForASceneWithoutAPlexItemScansItsFolderThoughNewFoldersAreNotScanned() {
        ProviderClient provider = startWithAdminToken(fast(false, false));
        upToDate(provider);
        plex.fileOnDisk("3", "5100", GUID + "100", "/plex/media/New Studio/new.mp4");
        stash.add(FakeScene.builder("100").title("Brand new").file("/stash/media/New Studio/new.mp4"));
        stash.edit("100", scene -> scene); // added now, as Stash stamps a new scene
        // Refused as unknown until the index has seen the new scene; then queued, with no Plex item yet.
        JsonNode queued = Polling.until("the index knows scene 100", REFRESH.multipliedBy(3), () -> {
            HttpResponse<String> answer = refreshAsRemote("100", ADMIN);
            return answer.statusCode() == 202 ? json(answer) : null;
        });
        assertThat(queued.get("plex_items")).isEmpty();
        Polling.until("the new scene's folder scanned", Duration.ofSeconds(10), () -> plex.scans().isEmpty() ? null : true);
        assertThat(plex.scans()).containsExactly("3:/plex/media/New Studio");

        assertThat(plex.refreshed()).isEmpty();

        // The scan made the item; asked again, the sync finds it and refreshes it.
        assertThat(refreshAsRemote("100", ADMIN).statusCode()).isEqualTo(202);
        Polling.until("the new item refreshed", Duration.ofSeconds(10), () -> refreshes("5100") == 1 ? true : null);
        assertThat(plex.refreshed()).containsExactly("5100");
        assertThat(plex.scans()).hasSize(1);
    }

    @Test
    void withoutATokenTheSyncIsOffAndSaysWhy() {
        ProviderClient provider = start("", fast(true, false));
        JsonNode sync = sync(provider);
        assertThat(sync.get("state").asText()).isEqualTo("off");
        assertThat(sync.get("reason").asText()).contains("S2P_PLEX_TOKEN_FILE");
        assertThat(provider.post("/sync/now", "{}").status()).isEqualTo(409);
        ProviderClient.Answer refresh = provider.post("/sync/refresh?scene=3", "");
        assertThat(refresh.status()).isEqualTo(409);
        assertThat(refresh.json().get("error").asText()).isEqualTo("sync-off");
        assertThat(refresh.json().get("message").asText()).contains("The Plex sync is off").contains("S2P_PLEX_TOKEN_FILE");
        assertThat(plex.requests()).isEmpty();
    }
}
