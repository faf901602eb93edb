package dev.stash2plex.app.supervisor;

import static dev.stash2plex.app.supervisor.RunningApp.docker;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.docker.ProviderBundle;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.health.SyncHealth;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.account.PlexTokenStore;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.LogLevel;
import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.tray.TrayMenu;
import dev.stash2plex.app.tray.TrayMenuFactory;
import dev.stash2plex.provider.testing.BridgeRelay;
import dev.stash2plex.provider.testing.FakePms;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.TestPorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Plex sync as an app user gets it: the app signed in to Plex (its token in the app's own token
 * file, not in the env file), the real provider container built and started by the app, a fake Stash
 * and a fake Plex on this host reached through the docker0 bridge. The container gets the token as a
 * read-only file, reports "up to date" in the tray's words, and an edit in Stash reaches Plex as a
 * refresh of exactly the item showing the scene; the token is in no variable {@code docker inspect} shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncThroughContainerIT {

    private static final String KEY = "it-key-" + UUID.randomUUID();
    private static final String PLEX_TOKEN = "it-plex-token-" + UUID.randomUUID();
    private static final String SCENE = "41";
    /** How Plex's items carry our provider's match: the agent's GUID scheme, written here as Plex stores it. */
    private static final String GUID = "tv.plex.agents.custom.stash2plex://movie/" + SCENE;

    @TempDir
    static Path dir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "s2p-sync-it-" + run;
    private final String version = "sync-it-" + run;
    private final List<SyncHealth> syncSeen = new CopyOnWriteArrayList<>();
    private EngineRelay relay;
    private FakeStash stash;
    private FakePms plex;
    private BridgeRelay stashBridge;
    private BridgeRelay plexBridge;
    private RunningApp app;

    @BeforeAll
    void start() throws Exception {
        relay = RealEngineSetup.relayedEngine();
        stash = FakeStash.startWithApiKey(KEY);
        stash.add(FakeScene.builder(SCENE).title("Harbour Lights").file("/stash/films/harbour-41.mp4"));
        plex = FakePms.start(PLEX_TOKEN).section("3", "Films", "/plex/films")
                .item("3", "9041", GUID, "/plex/films/harbour-41.mp4");
        stashBridge = BridgeRelay.onDocker0(stash.port());
        plexBridge = BridgeRelay.onDocker0(plex.baseUrl().getPort());
        AppDirs dirs = new AppDirs(dir.resolve("config"), dir.resolve("logs"), dir.resolve("data"));
        // What "Sign in with Plex" leaves behind: the token in the app's own file; the env file has none.
        new PlexTokenStore(dirs.configDir().resolve("plex-token")).save(new Secret(PLEX_TOKEN));
        app = new RunningApp(RunningApp.relayed(relay.endpoint()), dirs, version, name);
        app.supervisor.addSyncListener(syncSeen::add);
        AppSettings settings = new AppSettings("http://host.docker.internal:" + stashBridge.port(), new Secret(KEY),
                "http://host.docker.internal:" + plexBridge.port(), new Secret(""), TestPorts.free(), LogLevel.INFO, List.of(),
                // A short index refresh, so the edit below is seen in seconds rather than half a minute.
                Map.of("S2P_INDEX_REFRESH_SECONDS", "5"));
        app.supervisor.apply(settings);
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (relay != null) {
            docker("rm", "-f", name);
            docker("rmi", "-f", ProviderBundle.fromSystemProperty().tag(version));
            relay.close();
        }
        for (AutoCloseable closeable : new AutoCloseable[] {plexBridge, stashBridge, plex, stash}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void theSignedInTokenReachesTheContainerAsAFileAndAnEditInStashRefreshesItsPlexItem() throws Exception {
        app.await("healthy", Duration.ofMinutes(5), status -> status instanceof ProviderStatus.Healthy);
        SyncHealth upToDate = Eventually.get("the sync reported up to date", Duration.ofMinutes(2),
                () -> syncSeen.stream().filter(sync -> sync.state() == SyncHealth.State.UP_TO_DATE).findFirst().orElse(null),
                () -> "sync states seen: " + syncSeen.stream().map(SyncHealth::state).toList());

        // The tray's words for it, from what the running container reported.
        List<TrayMenu> menu = new TrayMenuFactory(UserMessages.forLocale(Locale.ENGLISH))
                .view(new ProviderStatus.Healthy("it", "it"), Optional.empty(), upToDate).menu();
        assertThat(menu).contains(new TrayMenu.StatusLine("\u21BB Plex up to date"));

        plex.clearRecords();
        stash.edit(SCENE, scene -> scene.title("Harbour Lights at Dusk"));
        Eventually.get("a refresh of the item showing the edited scene", Duration.ofSeconds(60),
                () -> plex.refreshed().contains("9041") ? true : null, () -> "Plex was asked: " + plex.requests());
        assertThat(plex.refreshed()).containsOnly("9041");

        assertThat(plex.requests()).isNotEmpty()
                .allSatisfy(request -> assertThat(request.header("X-Plex-Token")).isEqualTo(PLEX_TOKEN))
                .allSatisfy(request -> assertThat(request.query().values()).doesNotContain(PLEX_TOKEN));
        String environment = docker("inspect", "-f", "{{json .Config.Env}}", name);
        assertThat(environment).doesNotContain(PLEX_TOKEN, KEY)
                .contains("S2P_PLEX_TOKEN_FILE=/run/secrets/stash2plex/plex-token");
    }
}
