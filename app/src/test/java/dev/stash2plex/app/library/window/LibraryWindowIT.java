package dev.stash2plex.app.library.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.fx.DisplayRequired;
import dev.stash2plex.app.fx.FxThread;
import dev.stash2plex.app.fx.Screenshots;
import dev.stash2plex.app.fx.Themed;
import dev.stash2plex.app.library.LibraryClient;
import dev.stash2plex.app.library.LibraryData.Row;
import dev.stash2plex.app.library.LibraryData.Suggestion;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.LogLevel;
import dev.stash2plex.app.settings.PathRuleSetting;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.SettingsStore;
import dev.stash2plex.app.settings.form.ConnectionCheck;
import dev.stash2plex.app.settings.form.ProviderPathTrial;
import dev.stash2plex.app.settings.form.SettingsFormModel;
import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.provider.Provider;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.sync.SyncSettings;
import dev.stash2plex.provider.testing.FakePms;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.ProviderClient;
import dev.stash2plex.provider.testing.StashSchema;
import dev.stash2plex.provider.testing.TestProvider;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Library window in a real window, reading the real provider (scene index on a real SQLite file,
 * fake Stash over real HTTP) after a Plex scan of two folder layouts without path rules: the counts,
 * the list of Plex files without a scene, the explain trace of one, and a suggested rule added through
 * the settings (saved by the real SettingsStore), then the provider started on what was saved and Plex
 * scanning again: the window shows every file Stash has matched by its path. Without a Plex token "Refresh
 * in Plex" is off and says how to turn it on; with one (a fake Plex Media Server over real HTTP), the Stash
 * side lists the scenes Plex holds no item for, and "Refresh in Plex" on one of them has the provider's
 * sync ask Plex to scan its folder, after which the window no longer lists it.
 */
@ExtendWith({DisplayRequired.class, ApplicationExtension.class})
class LibraryWindowIT {

    private static final String KEY = "library-window-key";
    private static final String PLEX_TOKEN = "library-window-plex-token";
    /** Our provider's guid as Plex stores it on an item it matched with us. */
    private static final String OUR_GUID = "tv.plex.agents.custom.stash2plex://movie/";

    @TempDir
    Path dir;

    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger port = new AtomicInteger();
    private final AtomicReference<AppSettings> saved = new AtomicReference<>();
    private final List<String> plexFiles = new ArrayList<>();
    /** The scenes whose file Plex sees under /data/movies (the movies, not the clips or the archive copy), by id. */
    private final Map<Integer, String> plexMovies = new TreeMap<>();
    private FakeStash stash;
    private FakePms plex;
    private Provider provider;
    private SettingsStore store;
    private Path dataDir;
    private LibraryModel model;
    private SettingsFormModel form;

    @Start
    void start(Stage stage) {
        Themed.apply();   // light, or dark under -Dstash2plex.test.scheme=dark (the pictures of both)
        // The window opens in the test, once the provider has indexed and Plex scanned: slow work, not for the FX thread.
    }

    private void scannedLibraryAndWindow(FxRobot robot) throws Exception {
        library();
        startProvider(List.of());
        scan();
        openWindow(robot);
    }

    /** The fake Stash's scenes (ids 1–16: a movie then a clip per file name, 17 and 18 a copied file), and Plex's files. */
    private void library() throws Exception {
        stash = FakeStash.start(StashSchema.load(), KEY);
        List<FakeScene> scenes = new ArrayList<>();
        int id = 0;
        for (String studio : List.of("Alpha Films", "Beta Studio")) {
            for (int f = 0; f < 4; f++) {
                String name = studio.charAt(0) + " scene " + f + ".mp4";
                scenes.add(scene(++id, studio + " " + f, "/mnt/nas/movies/" + studio + "/" + name));
                plexFiles.add("/data/movies/" + studio + "/" + name);
                plexMovies.put(id, "/data/movies/" + studio + "/" + name);
                scenes.add(scene(++id, studio + " clip " + f, "/volume1/clips/" + studio + "/clip " + name));
                plexFiles.add("Clips/" + studio + "/clip " + name);
            }
        }
        // A name Stash holds twice (a copy in an archive), and files Stash does not have.
        scenes.add(scene(++id, "Copied", "/mnt/nas/movies/Alpha Films/copied.mp4"));
        plexMovies.put(id, "/data/movies/Alpha Films/copied.mp4");
        scenes.add(scene(++id, "Copied (archive)", "/archive/movies/Alpha Films/copied.mp4"));
        plexFiles.add("/data/movies/Alpha Films/copied.mp4");
        plexFiles.add("/data/movies/Beta Studio/only in plex.mp4");
        plexFiles.add("Clips/Beta Studio/only in plex too.mp4");
        stash.add(scenes);
        dataDir = Files.createDirectories(dir.resolve("provider-data"));
    }

    private void openWindow(FxRobot robot) throws Exception {
        UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
        store = new SettingsStore(new AppDirs(dir.resolve("stash2plex"), dir.resolve("logs"), dir.resolve("data")), Clock.systemUTC());
        AppSettings settings = AppSettings.defaults().withStash(stash.baseUrl().toString(), new Secret(KEY))
                .withProvider(provider.port(), LogLevel.INFO);
        store.save(settings);
        form = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<SettingsFormModel>) () -> new SettingsFormModel(settings, false, store,
                new ConnectionCheck((url, key) -> { throw new AssertionError("not used here"); }),
                new ProviderPathTrial(), messages, io, new FxThread(), saved::set)).get();
        LibraryClient client = new LibraryClient(HttpClient.newHttpClient(), port::get, Optional::empty);
        model = new LibraryModel(client, form::addRuleAndSave, messages, io, new FxThread(), timer);
        LibraryWindow window = new LibraryWindow(model, messages);
        robot.interact(window::show);
    }

    private static FakeScene scene(int id, String title, String path) {
        return FakeScene.builder(Integer.toString(id)).title(title).date("2024-03-01").file(path).build();
    }

    private void startProvider(List<PathRuleDefinition> rules) {
        ProviderConfig config = TestProvider.indexed(stash.baseUrl(), KEY, rules, dataDir, Duration.ofSeconds(5),
                Duration.ofMinutes(10), List.of());
        // With a Plex server, the provider's sync runs against it: new scenes' folders are not scanned by themselves.
        provider = TestProvider.start(plex == null ? config : config.withPlex(plex.baseUrl(), PLEX_TOKEN, new SyncSettings(20,
                Duration.ofHours(72), false, false, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2))));
        port.set(provider.port());
        ProviderClient client = new ProviderClient(provider.port());
        Polling.until("the index is usable", Duration.ofSeconds(60),
                () -> client.get("/health").json().get("index").get("usable").asBoolean() ? true : null);
    }

    private void scan() {
        ProviderClient plex = new ProviderClient(provider.port());
        for (String file : plexFiles) {
            plex.match("{\"type\":1,\"filename\":\"" + file + "\"}");
        }
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
        io.shutdownNow();
        if (provider != null) {
            provider.close();
        }
        if (stash != null) {
            stash.close();
        }
        if (plex != null) {
            plex.close();
        }
    }

    @Test
    void showsTheGapsAndATraceAndAddsASuggestedRuleThatTheProviderThenMatchesWith(FxRobot robot) throws Exception {
        scannedLibraryAndWindow(robot);
        Label counts = robot.lookup("#library-gap-counts").queryAs(Label.class);
        Label status = robot.lookup("#library-status").queryAs(Label.class);
        Polling.until("the counts of the scan", Duration.ofSeconds(30), Duration.ofMillis(100),
                () -> counts.getText().startsWith("Plex asked about 19 file(s); 3 matched no scene.") ? true : null,
                () -> counts.getText() + " / " + status.getText());
        TableView<Row> rows = robot.lookup("#library-rows").queryTableView();
        Polling.until("the unmatched files are listed", Duration.ofSeconds(10), () -> rows.getItems().size() == 3 ? true : null);
        assertThat(rows.getItems()).extracting(Row::file).containsExactlyInAnyOrder("/data/movies/Alpha Films/copied.mp4",
                "/data/movies/Beta Studio/only in plex.mp4", "Clips/Beta Studio/only in plex too.mp4");

        int copied = rows.getItems().stream().map(Row::file).toList().indexOf("/data/movies/Alpha Films/copied.mp4");
        robot.interact(() -> rows.getSelectionModel().select(copied));
        ListView<String> trace = robot.lookup("#library-trace").queryListView();
        Polling.until("the explain trace", Duration.ofSeconds(10),
                () -> trace.getItems().stream().anyMatch(line -> line.startsWith("basename: ambiguous")) ? true : null);
        assertThat(trace.getItems()).contains("\u21D2 no match");

        ListView<Suggestion> suggestions = robot.lookup("#library-suggestions").queryListView();
        Polling.until("two suggested rules", Duration.ofSeconds(10), () -> suggestions.getItems().size() == 2 ? true : null);
        assertThat(suggestions.getItems()).extracting(s -> s.rule().plexPattern() + " -> " + s.rule().stashPattern())
                .containsExactlyInAnyOrder("^/data/(.*) -> /mnt/nas/\\1", "^Clips/(.*) -> /volume1/clips/\\1");
        screenshot(robot, "library-window");

        robot.interact(() -> suggestions.getSelectionModel().select(0));
        robot.clickOn("#library-add-rule");
        Polling.until("the first rule is saved", Duration.ofSeconds(10),
                () -> saved.get() != null && saved.get().pathRules().size() == 1 ? true : null);
        // The form takes the next rule once its save has come back (a rule added during a save is refused).
        Polling.until("the settings form to be ready to save again", Duration.ofSeconds(10),
                () -> WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Boolean>) () -> form.canSave().get()).get() ? true : null);
        robot.interact(() -> suggestions.getSelectionModel().select(0));
        robot.clickOn("#library-add-rule");
        Polling.until("both rules are saved", Duration.ofSeconds(10),
                () -> saved.get().pathRules().size() == 2 ? true : null);
        assertThat(status.getText()).startsWith("Added ");

        // What the app saved is what the provider is started with (in the app, the supervisor recreates the container).
        List<PathRuleSetting> onDisk = store.load().orElseThrow().pathRules();
        assertThat(onDisk).isEqualTo(saved.get().pathRules());
        provider.close();
        startProvider(onDisk.stream().map(rule -> new PathRuleDefinition(rule.name(), rule.plexPattern(), rule.stashPattern(),
                rule.caseInsensitive(), blankToNull(rule.plexLibraryRoot()), blankToNull(rule.testPlexPath()),
                blankToNull(rule.testStashPath()))).toList());
        scan();
        // The window reads again by itself every few seconds.
        Polling.until("the rescan shows in the window", Duration.ofSeconds(30), Duration.ofMillis(100),
                () -> counts.getText().startsWith("Plex asked about 19 file(s); 2 matched no scene.") ? true : null,
                () -> counts.getText() + " / " + status.getText());
        Polling.until("no suggestion is left", Duration.ofSeconds(10), () -> suggestions.getItems().isEmpty() ? true : null);
        robot.interact(() -> rows.getSelectionModel().clearSelection());
        screenshot(robot, "library-window-rules-applied");

        // Export: what the button's file chooser would hand the model (a native dialog is not driven here).
        Path csv = dir.resolve("export.csv");
        robot.interact(() -> model.exportCsv(csv));
        Polling.until("the CSV is written", Duration.ofSeconds(10), () -> Files.exists(csv) ? true : null);
        assertThat(Files.readAllLines(csv)).containsExactlyInAnyOrder("plex_file,title,scene_id",
                "/data/movies/Beta Studio/only in plex.mp4,,", "Clips/Beta Studio/only in plex too.mp4,,");

        // This provider has no Plex token: a scene cannot be refreshed in Plex, and the window says how to change that.
        robot.clickOn("#library-side-stash");
        Polling.until("the scenes are listed", Duration.ofSeconds(10),
                () -> !rows.getItems().isEmpty() && rows.getItems().getFirst().sceneId() != null ? true : null);
        robot.interact(() -> rows.getSelectionModel().select(0));
        assertThat(robot.lookup("#library-refresh-plex").queryButton().isDisabled()).isTrue();
        Label hint = robot.lookup("#library-refresh-hint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).startsWith("Refresh in Plex needs the provider's Plex sync: sign in with Plex");
    }

    @Test
    void refreshInPlexAsksTheProvidersSyncForTheSelectedSceneAndSaysWhatCameOfIt(FxRobot robot) throws Exception {
        library();
        // Plex holds every file under /data/movies but scene 11's, which lies on disk until its folder is scanned.
        plex = FakePms.start(PLEX_TOKEN).section("1", "Movies", "/data/movies");
        plexMovies.forEach((scene, file) -> {
            if (scene == 11) {
                plex.fileOnDisk("1", "7011", OUR_GUID + scene, file);
            } else {
                plex.item("1", Integer.toString(7000 + scene), OUR_GUID + scene, file);
            }
        });
        startProvider(List.of(PathRuleDefinition.of("movies", "^/data/(.*)", "/mnt/nas/\\1")));
        openWindow(robot);

        // The clips (2, 4 … 16), scene 11 and the archive copy (18) are not in Plex, by Plex's own items.
        Label counts = robot.lookup("#library-gap-counts").queryAs(Label.class);
        Label status = robot.lookup("#library-status").queryAs(Label.class);
        Polling.until("the counts from Plex's items", Duration.ofSeconds(30), Duration.ofMillis(100),
                () -> counts.getText().endsWith("10 of 18 Stash scene(s) have no item in Plex.") ? true : null,
                () -> counts.getText() + " / " + status.getText());
        Button refresh = robot.lookup("#library-refresh-plex").queryButton();
        Label hint = robot.lookup("#library-refresh-hint").queryAs(Label.class);
        assertThat(hint.isVisible()).as("the sync is on").isFalse();
        assertThat(refresh.isDisabled()).as("nothing selected").isTrue();

        robot.clickOn("#library-side-stash");
        TableView<Row> rows = robot.lookup("#library-rows").queryTableView();
        Polling.until("the scenes Plex lacks are listed", Duration.ofSeconds(10), Duration.ofMillis(100),
                () -> rows.getItems().size() == 10 ? true : null,
                () -> "side " + model.side().get() + ", rows " + rows.getItems() + ", status " + status.getText());
        assertThat(rows.getItems()).extracting(Row::sceneId)
                .containsExactly("2", "4", "6", "8", "10", "11", "12", "14", "16", "18");
        int eleven = rows.getItems().stream().map(Row::sceneId).toList().indexOf("11");
        robot.interact(() -> rows.getSelectionModel().select(eleven));
        assertThat(refresh.isDisabled()).isFalse();
        robot.clickOn("#library-refresh-plex");

        Polling.until("the answer in the status line", Duration.ofSeconds(10), Duration.ofMillis(100),
                () -> status.getText().startsWith("Scene 11 is queued, but Plex had no item for it") ? true : null,
                () -> "status \"" + status.getText() + "\", button disabled " + refresh.isDisabled() + ", selected "
                        + rows.getSelectionModel().getSelectedItem() + ", button at " + refresh.localToScreen(refresh.getBoundsInLocal()));
        assertThat(status.getStyleClass()).doesNotContain("status-error");
        // The sync asked Plex to scan the scene's folder, as Plex sees it, though new folders are not scanned by themselves.
        Polling.until("Plex scanned the folder", Duration.ofSeconds(10), () -> plex.scans().isEmpty() ? null : true);
        assertThat(plex.scans()).containsExactly("1:/data/movies/Beta Studio");
        screenshot(robot, "library-window-refresh-in-plex");
        // The scan found the file; once the sync has looked at Plex again, the window no longer lists the scene.
        Polling.until("scene 11 is in Plex", Duration.ofSeconds(30), Duration.ofMillis(100),
                () -> counts.getText().endsWith("9 of 18 Stash scene(s) have no item in Plex.")
                        && rows.getItems().stream().noneMatch(row -> "11".equals(row.sceneId())) ? true : null,
                () -> counts.getText());
        assertThat(plex.refreshed()).isEmpty();
    }

    /** Screenshots.take waits, when screenshots are on, for the window to be painted and settled. */
    private static void screenshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take(name, robot.lookup("#library-header").query().getScene().getWindow());
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
