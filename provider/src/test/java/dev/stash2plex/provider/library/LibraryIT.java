package dev.stash2plex.provider.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.sync.SyncSettings;
import dev.stash2plex.provider.testing.CapturedLogs;
import dev.stash2plex.provider.testing.FakePms;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library view over real HTTP, against the schema-validating fake Stash: a Plex library in three
 * folder layouts (absolute paths under a folder with a dot, relative filenames, Windows paths), scanned
 * with no path rules. File names found once in Stash match by name; names Stash holds twice (a copy in
 * an archive folder) match nothing, nor do files Stash does not have. The report shows that, the
 * proposals are the three rules, and with them a rescan matches every file Stash has by its path.
 */
class LibraryIT {

    private static final String KEY = "library-test-key";
    private static final Duration REFRESH = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLEX_TOKEN = "library-test-plex-token";
    /** Our provider's guid as Plex stores it on an item it matched with us. */
    private static final String OUR_GUID = "tv.plex.agents.custom.stash2plex://movie/";

    /** How Plex sees a library and how Stash sees the same folder. */
    private record Layout(String plexPrefix, String stashPrefix, String extension, boolean windows) {

        String plexFilename(String studio, String name) {
            String path = plexPrefix + studio + "/" + name + extension;
            return windows ? path.replace('/', '\\') : path;
        }

        String stashPath(String studio, String name) {
            return stashPrefix + studio + "/" + name + extension;
        }
    }

    private static final List<Layout> LAYOUTS = List.of(
            new Layout("/data/movies.4k/", "/mnt/nas/movies/", ".mp4", false),
            new Layout("Clips/", "/volume1/clips/", ".mp4", false),
            new Layout("D:/Media/", "/stash/library/", ".mkv", true));
    private static final List<String> STUDIOS = List.of("Alpha Films", "Beta (2020)");
    /** Per layout: four files whose names Stash has once, one it has twice, one it does not have. */
    private static final int UNIQUE = 4;

    private static FakeStash stash;
    private static final List<String> plexFiles = new ArrayList<>();

    @TempDir
    Path dataDir;

    private final List<Provider> providers = new ArrayList<>();

    @BeforeAll
    static void library() {
        stash = FakeStash.start(StashSchema.load(), KEY);
        int id = 0;
        List<FakeScene> scenes = new ArrayList<>();
        for (int l = 0; l < LAYOUTS.size(); l++) {
            Layout layout = LAYOUTS.get(l);
            for (int f = 0; f < UNIQUE; f++) {
                String studio = STUDIOS.get(f % 2);
                String name = "scene " + l + "-" + f;
                scenes.add(scene(++id, "Scene " + l + " " + f, layout.stashPath(studio, name)));
                plexFiles.add(layout.plexFilename(studio, name));
            }
            String twice = "copied " + l;
            scenes.add(scene(++id, "Copied " + l, layout.stashPath("Alpha Films", twice)));
            scenes.add(scene(++id, "Copied " + l + " (archive)", "/stash/archive/Alpha Films/" + twice + layout.extension()));
            plexFiles.add(layout.plexFilename("Alpha Films", twice));
            plexFiles.add(layout.plexFilename("Beta (2020)", "only in plex " + l));
        }
        scenes.add(scene(++id, "Unsorted one", "/stash/unsorted/one.mp4"));
        scenes.add(scene(++id, "Unsorted two", "/stash/unsorted/two.mp4"));
        stash.add(scenes);
    }

    private static FakeScene scene(int id, String title, String path) {
        return FakeScene.builder(Integer.toString(id)).title(title).date("2024-02-01").file(path).build();
    }

    @AfterAll
    static void stopStash() {
        if (stash != null) {
            stash.close();
        }
    }

    @AfterEach
    void stop() {
        providers.forEach(Provider::close);
        assertThat(stash.invalidQueries()).isEmpty();
    }

    private ProviderClient start(List<PathRuleDefinition> rules) {
        return start(TestProvider.indexed(stash.baseUrl(), KEY, rules, dataDir, REFRESH, Duration.ofMinutes(10), List.of()));
    }

    private ProviderClient start(ProviderConfig config) {
        Provider provider = TestProvider.start(config);
        providers.add(provider);
        ProviderClient client = new ProviderClient(provider.port());
        Polling.until("the index is usable", Duration.ofSeconds(60),
                () -> client.get("/health").json().get("index").get("usable").asBoolean() ? true : null);
        return client;
    }

    private static void scan(ProviderClient plex) {
        for (String file : plexFiles) {
            assertThat(plex.match("{\"type\":1,\"filename\":" + quoted(file) + "}").status()).isEqualTo(200);
        }
    }

    private static JsonNode reportOnceAll(ProviderClient plex, int files) {
        return Polling.until("every scanned file is in the history", Duration.ofSeconds(20), () -> {
            JsonNode report = plex.get("/library/report").json();
            return report.get("files").asInt() == files ? report : null;
        });
    }

    @Test
    void aScanWithoutRulesShowsTheGapsProposesTheRulesAndWithThemEveryFileStashHasMatchesByPath() throws Exception {
        Map<String, Integer> expectedWithoutRules;
        List<PathRuleDefinition> proposed = new ArrayList<>();
        try (CapturedLogs logs = CapturedLogs.capture()) {
            ProviderClient plex = start(List.of());
            scan(plex);
            JsonNode report = reportOnceAll(plex, plexFiles.size());
            expectedWithoutRules = new TreeMap<>(Map.of("guid", 0, "path", 0, "fingerprint", 0, "basename", 3 * UNIQUE,
                    "title", 0, "none", 6));
            assertThat(steps(report)).isEqualTo(expectedWithoutRules);
            assertThat(report.get("plex_unmatched").asInt()).isEqualTo(6);
            // The archive copies and the two unsorted scenes; the copies' originals were not matched either.
            assertThat(report.get("stash_unmatched").asInt()).isEqualTo(3 + 3 + 2);
            assertThat(report.get("stash_basis").asText()).isEqualTo("never-matched");
            assertThat(report.get("scenes").asInt()).isEqualTo(3 * (UNIQUE + 2) + 2);

            JsonNode plexGaps = plex.get("/library/gaps?side=plex&limit=4").json();
            assertThat(plexGaps.get("total").asInt()).isEqualTo(6);
            assertThat(plexGaps.get("items")).hasSize(4);
            JsonNode secondPage = plex.get("/library/gaps?side=plex&limit=4&offset=4").json();
            assertThat(secondPage.get("items")).hasSize(2);
            List<String> unmatched = new ArrayList<>();
            plexGaps.get("items").forEach(item -> unmatched.add(item.get("filename").asText()));
            secondPage.get("items").forEach(item -> unmatched.add(item.get("filename").asText()));
            assertThat(unmatched).containsExactlyInAnyOrder(
                    "/data/movies.4k/Alpha Films/copied 0.mp4", "/data/movies.4k/Beta (2020)/only in plex 0.mp4",
                    "Clips/Alpha Films/copied 1.mp4", "Clips/Beta (2020)/only in plex 1.mp4",
                    "D:/Media/Alpha Films/copied 2.mkv", "D:/Media/Beta (2020)/only in plex 2.mkv");
            assertThat(plex.get("/library/gaps?side=plex&q=ONLY%20IN").json().get("total").asInt()).isEqualTo(3);

            JsonNode stashGaps = plex.get("/library/gaps?side=stash&q=unsorted").json();
            assertThat(stashGaps.get("total").asInt()).isEqualTo(2);
            assertThat(stashGaps.get("items").get(0).get("path").asText()).isEqualTo("/stash/unsorted/one.mp4");

            JsonNode proposals = plex.get("/library/rules/proposals").json();
            Map<String, String> rules = new TreeMap<>();
            for (JsonNode p : proposals.get("proposals")) {
                rules.put(p.get("rule").get("plex_pattern").asText(), p.get("rule").get("stash_pattern").asText());
                assertThat(p.get("would_match").asInt()).as(p.toString()).isEqualTo(UNIQUE + 1);
                assertThat(p.get("self_test").asText()).isEqualTo("passed");
                proposed.add(JSON.treeToValue(p.get("rule"), PathRuleDefinition.class));
            }
            assertThat(rules).isEqualTo(Map.of(
                    "^/data/movies\\.4k/(.*)", "/mnt/nas/movies/\\1",
                    "^Clips/(.*)", "/volume1/clips/\\1",
                    "^D:/Media/(.*)", "/stash/library/\\1"));

            // The six unmatched files were logged as gaps once; a rescan logs none again.
            Instant rescan = Instant.now();
            scan(plex);
            Polling.until("the rescan is in the history", Duration.ofSeconds(20), () -> {
                List<Instant> seen = new ArrayList<>();
                plex.get("/library/files?limit=500").json().get("items")
                        .forEach(item -> seen.add(Instant.parse(item.get("seen_at").asText())));
                return seen.stream().allMatch(at -> !at.isBefore(rescan)) ? true : null;
            });
            assertThat(gapEvents(logs)).hasSize(6);
            assertThat(gapEvents(logs)).anySatisfy(line -> assertThat(line)
                    .contains("\"side\":\"plex\"", "\"filename\":\"Clips/Beta (2020)/only in plex 1.mp4\""));
        }
        providers.forEach(Provider::close);
        providers.clear();

        // The proposals added: the provider restarted with them, on the same index and history.
        ProviderClient plex = start(proposed);
        plex.post("/library/gaps/run", "");
        JsonNode run = Polling.until("the gap comparison ran", Duration.ofSeconds(30), () -> {
            JsonNode last = plex.get("/library/report").json().get("last_run");
            return last.isNull() ? null : last;
        });
        assertThat(run.get("rechecked").asInt()).isEqualTo(6);
        assertThat(run.get("now_matched").asInt()).isEqualTo(3);
        assertThat(run.get("plex_unmatched").asInt()).isEqualTo(3);

        scan(plex);
        JsonNode report = Polling.until("the rescan decided every file by its path", Duration.ofSeconds(20), () -> {
            JsonNode now = plex.get("/library/report").json();
            return now.get("by_step").get("path").asInt() == plexFiles.size() - 3 ? now : null;
        });
        assertThat(report.get("by_step").get("none").asInt()).isEqualTo(3);
        assertThat(report.get("by_step").get("basename").asInt()).isZero();
        assertThat(report.get("stash_unmatched").asInt()).isEqualTo(3 + 2);
        assertThat(plex.get("/library/rules/proposals").json().get("proposals")).isEmpty();
    }

    @Test
    void theLibraryEndpointsShowFilePathsOnlyToAdminsAndSayWhatIsWrongWithARequest() throws Exception {
        ProviderClient plex = start(List.of());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + providers.getFirst().port() + "/library/report"))
                .header("X-Forwarded-For", "192.0.2.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.statusCode()).isEqualTo(403);
        assertThat(proxied.body()).contains("admin-only").doesNotContain("/stash/");

        ProviderClient.Answer badSide = plex.get("/library/gaps?side=both");
        assertThat(badSide.status()).isEqualTo(400);
        assertThat(badSide.json().get("message").asText()).contains("side must be plex").contains("\"both\"");
        assertThat(plex.get("/library/files?limit=0").json().get("message").asText())
                .isEqualTo("limit must be a whole number from 1 to 500 (got \"0\")");
        assertThat(plex.get("/library/files?step=" + URLEncoder.encode("path'--", StandardCharsets.UTF_8)).status()).isEqualTo(400);
        assertThat(plex.get("/library/report").json().get("schedule").asText()).isEqualTo("manual");
    }

    @Test
    void withAPlexTokenTheStashSideIsTheScenesPlexHoldsNoItemForPagedAndSearchedAndWithoutOneTheScenesNeverMatched() {
        // Plex holds every scene but the three archive copies (6, 12, 18) and the two unsorted ones (19, 20);
        // scene 2 twice, in two sections; an item of ours for a scene Stash does not have, and another agent's.
        URI plexUrl;
        int itemsListed;
        try (FakePms plex = FakePms.start(PLEX_TOKEN).section("3", "Stash", "/plex/media").section("4", "More", "/plex/more")) {
            plexUrl = plex.baseUrl();
            for (int id = 1; id <= 17; id++) {
                if (id % 6 != 0) {
                    plex.item("3", Integer.toString(5000 + id), OUR_GUID + id, "/plex/media/" + id + ".mp4");
                }
            }
            plex.item("4", "6002", OUR_GUID + "2", "/plex/more/2.mp4");
            plex.item("4", "6999", OUR_GUID + "999", "/plex/more/999.mp4");
            plex.item("4", "6100", "plex://movie/5d776b59ad5437001f79c6f8", "/plex/more/other.mp4");

            // The sync is on but has never listed Plex (Plex is away): nothing to compare with but the matches.
            plex.down();
            ProviderClient unlisted = start(withSync(plexUrl));
            Polling.until("the sync finds Plex away", Duration.ofSeconds(30), () ->
                    unlisted.get("/health").json().get("sync").get("state").asText().equals("failing") ? true : null);
            assertThat(unlisted.get("/library/report").json().get("stash_basis").asText()).isEqualTo("never-matched");
            providers.forEach(Provider::close);
            providers.clear();
            plex.up();

            ProviderClient provider = start(withSync(plexUrl));
            JsonNode report = Polling.until("the Stash side compares with Plex's items", Duration.ofSeconds(30), () -> {
                JsonNode now = provider.get("/library/report").json();
                return now.get("stash_basis").asText().equals("plex-items") ? now : null;
            });
            assertThat(report.get("stash_unmatched").asInt()).isEqualTo(5);
            assertThat(report.get("scenes").asInt()).isEqualTo(20);

            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < 6; offset += 2) {
                JsonNode page = provider.get("/library/gaps?side=stash&limit=2&offset=" + offset).json();
                assertThat(page.get("total").asInt()).isEqualTo(5);
                assertThat(page.get("items").size()).isEqualTo(offset < 4 ? 2 : 1);
                page.get("items").forEach(item -> paged.add(item.get("scene_id").asText()));
            }
            assertThat(paged).containsExactly("6", "12", "18", "19", "20");
            JsonNode archive = provider.get("/library/gaps?side=stash&q=ARCHIVE").json();
            assertThat(archive.get("total").asInt()).isEqualTo(3);
            assertThat(archive.get("items").get(0).get("title").asText()).isEqualTo("Copied 0 (archive)");
            assertThat(archive.get("items").get(0).get("path").asText()).isEqualTo("/stash/archive/Alpha Films/copied 0.mp4");
            JsonNode byPath = provider.get("/library/gaps?side=stash&q=unsorted/two&limit=1").json();
            assertThat(byPath.get("total").asInt()).isEqualTo(1);
            assertThat(byPath.get("items").get(0).get("scene_id").asText()).isEqualTo("20");
            assertThat(provider.get("/library/gaps?side=stash&q=archive&offset=2").json().get("items"))
                    .extracting(item -> item.get("scene_id").asText()).containsExactly("18");

            // Plex matched scene 19 since: once the sync looks at Plex again, it is no gap.
            plex.item("3", "5019", OUR_GUID + "19", "/plex/media/19.mp4");
            assertThat(provider.post("/sync/now", "").status()).isEqualTo(202);
            JsonNode after = Polling.until("scene 19 is in Plex", Duration.ofSeconds(20), () -> {
                JsonNode gaps = provider.get("/library/gaps?side=stash").json();
                return gaps.get("total").asInt() == 4 ? gaps : null;
            });
            assertThat(after.get("items")).extracting(item -> item.get("scene_id").asText()).containsExactly("6", "12", "18", "20");
            itemsListed = provider.get("/health").json().get("sync").get("items_mapped").asInt();
            assertThat(itemsListed).as("Plex's items carrying our guid: 15 + 2 in section 4 + 19's").isEqualTo(18);
        }
        providers.forEach(Provider::close);
        providers.clear();

        // Restarted with Plex gone: the store says Plex was listed, so the sync says so before it reaches Plex again.
        ProviderClient restarted = start(withSync(plexUrl));
        JsonNode kept = Polling.until("the Stash side compares with the stored listing", Duration.ofSeconds(10), () -> {
            JsonNode now = restarted.get("/library/report").json();
            return now.get("stash_basis").asText().equals("plex-items") ? now : null;
        });
        assertThat(kept.get("stash_unmatched").asInt()).isEqualTo(4);
        assertThat(restarted.get("/health").json().get("sync").get("items_mapped").asInt())
                .as("the stored listing's items, though Plex is gone").isEqualTo(itemsListed);
        providers.forEach(Provider::close);
        providers.clear();

        // The same index and map without a token: no sync to keep the map current, so the scenes no match reached.
        ProviderClient provider = start(List.of());
        JsonNode report = provider.get("/library/report").json();
        assertThat(report.get("stash_basis").asText()).isEqualTo("never-matched");
        assertThat(report.get("stash_unmatched").asInt()).as("no match was asked for in this test").isEqualTo(20);
        assertThat(provider.get("/library/gaps?side=stash&limit=500").json().get("total").asInt()).isEqualTo(20);
    }

    private ProviderConfig withSync(URI plexUrl) {
        return TestProvider.indexed(stash.baseUrl(), KEY, List.of(), dataDir, REFRESH, Duration.ofMinutes(10), List.of())
                .withPlex(plexUrl, PLEX_TOKEN, new SyncSettings(20, Duration.ofHours(72), false, false, Duration.ofSeconds(1),
                        Duration.ofSeconds(1), Duration.ofSeconds(2)));
    }

    private static Map<String, Integer> steps(JsonNode report) {
        Map<String, Integer> steps = new TreeMap<>();
        report.get("by_step").properties().forEach(e -> steps.put(e.getKey(), e.getValue().asInt()));
        return steps;
    }

    private static List<String> gapEvents(CapturedLogs logs) {
        return logs.lines().stream().filter(line -> line.contains("\"event\":\"gap\"")).toList();
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
