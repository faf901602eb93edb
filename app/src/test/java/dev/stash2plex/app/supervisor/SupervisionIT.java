package dev.stash2plex.app.supervisor;

import static dev.stash2plex.app.supervisor.RunningApp.docker;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.app.docker.EngineProblem;
import dev.stash2plex.app.docker.ProviderBundle;
import dev.stash2plex.app.health.ProviderStatus;
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
import dev.stash2plex.app.tray.TrayCommand;
import dev.stash2plex.app.tray.TrayMenu;
import dev.stash2plex.app.tray.TrayMenuFactory;
import dev.stash2plex.app.tray.TrayView;
import dev.stash2plex.provider.testing.BridgeRelay;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.TestPorts;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor against the real engine, one provider's life in order: built from nothing, healthy
 * with a fake Stash, degraded and back, killed (left stopped, as Docker does, until Start), adopted after
 * an app restart, recreated for new settings and for a new path rule alone, engine gone and back, and a
 * crash loop stopped. The engine is reached through a relay the
 * test can cut, so the machine's dockerd is never stopped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionIT {

    private static final String KEY = "it-key-" + UUID.randomUUID();
    private static final String RULED_SCENE = "77";
    private static final String PLEX_FILE = "/plex/films/orchard-77.mkv";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "s2p-it-" + run;
    private final String version = "it-" + run;
    private EngineRelay relay;
    private FakeStash stash;
    private BridgeRelay bridge;
    private AppDirs dirs;
    private SettingsStore store;
    private AppSettings settings;
    private RunningApp app;
    private String firstId;

    @BeforeAll
    void start() throws Exception {
        relay = RealEngineSetup.relayedEngine();
        stash = FakeStash.startWithApiKey(KEY);
        // Found only through a path rule: another name than Plex's file, and a title unlike it.
        stash.add(FakeScene.builder(RULED_SCENE).title("Quiet Orchard").file("/stash/films/orchard-77.mp4"));
        bridge = BridgeRelay.onDocker0(stash.port());
        dirs = new AppDirs(dir.resolve("config"), dir.resolve("logs"), dir.resolve("data"));
        store = new SettingsStore(dirs, Clock.systemUTC());
        settings = AppSettings.defaults().withStash("http://host.docker.internal:" + bridge.port(), new Secret(KEY))
                .withProvider(TestPorts.free(), LogLevel.INFO);
        store.save(settings);
        app = new RunningApp(RunningApp.relayed(relay.endpoint()), dirs, version, name);
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
        if (bridge != null) {
            bridge.close();
        }
        if (stash != null) {
            stash.close();
        }
    }

    @Test
    @Order(1)
    void buildsTheImageStartsTheContainerAndBecomesHealthy() {
        app.supervisor.apply(settings);
        app.await("building", Duration.ofSeconds(60), ProviderStatus.Building.class::isInstance);
        RunningApp.Seen healthy = app.await("healthy", Duration.ofMinutes(5), ProviderStatus.Healthy.class::isInstance);
        assertThat(((ProviderStatus.Healthy) healthy.status()).stashVersion()).isNotBlank();
        firstId = docker("inspect", "-f", "{{.Id}}", name);
        System.out.printf("[SupervisionIT] built and healthy; statuses %s%n", kinds());
    }

    @Test
    @Order(2)
    void stashStoppedIsDegradedWithin30sAndHealthyWhenBack() {
        Instant down = Instant.now();
        stash.down();
        RunningApp.Seen degraded = app.await("degraded", Duration.ofSeconds(30), ProviderStatus.Degraded.class::isInstance);
        assertThat(((ProviderStatus.Degraded) degraded.status()).reason()).isEqualTo(ProviderStatus.DegradedReason.STASH_UNREACHABLE);
        System.out.printf("[SupervisionIT] degraded %d ms after Stash went down%n", Duration.between(down, degraded.at()).toMillis());
        stash.up();
        app.await("healthy again", Duration.ofSeconds(30), ProviderStatus.Healthy.class::isInstance);
    }

    @Test
    @Order(3)
    void aKilledContainerIsNoticedWithin10sStaysStoppedAndStartBringsItBack() throws Exception {
        Instant killed = Instant.now();
        docker("kill", name);
        RunningApp.Seen crashed = app.await("crashed", Duration.ofSeconds(10), ProviderStatus.Crashed.class::isInstance);
        assertThat(((ProviderStatus.Crashed) crashed.status()).exitCode()).isEqualTo(137);
        System.out.printf("[SupervisionIT] kill noticed after %d ms%n", Duration.between(killed, crashed.at()).toMillis());

        // What the tray says is what Docker does: a kill counts as a manual stop, so no restart comes.
        TrayView tray = new TrayMenuFactory(UserMessages.forLocale(Locale.ENGLISH)).view(crashed.status(), Optional.empty());
        assertThat(tray.detail()).isEqualTo("The provider was stopped outside Stash2Plex (exit code 137), for example with"
                + " docker kill. Docker leaves it stopped; choose Start to run it again.");
        assertThat(tray.menu()).contains(new TrayMenu.Action(TrayCommand.START, "Start", true));
        // No restart comes: 30 times the engine's first restart delay (100 ms) is long enough for one to show.
        Thread.sleep(3000); // the behaviour under test: an absence, so there is no event to wait for
        assertThat(docker("inspect", "-f", "{{.State.Status}}", name)).isEqualTo("exited");
        assertThat(app.seen.getLast().status()).isEqualTo(crashed.status());

        app.supervisor.start();   // what the tray's Start runs
        app.await("healthy after start", Duration.ofSeconds(60), ProviderStatus.Healthy.class::isInstance);
    }

    @Test
    @Order(4)
    void anAppRestartAdoptsTheSameContainer() {
        app.close();
        app = new RunningApp(RunningApp.relayed(relay.endpoint()), dirs, version, name);
        app.supervisor.apply(settings);
        app.await("healthy", Duration.ofSeconds(60), ProviderStatus.Healthy.class::isInstance);
        assertThat(docker("inspect", "-f", "{{.Id}}", name)).isEqualTo(firstId);
        assertThat(app.seen).noneMatch(seen -> seen.status() instanceof ProviderStatus.Building);
    }

    @Test
    @Order(5)
    void changedSettingsRecreateTheContainerWithTheNewEnvironment() throws Exception {
        settings = settings.withProvider(settings.providerPort(), LogLevel.DEBUG);
        store.save(settings);
        int statusesBefore = app.seen.size();
        int notificationsBefore = app.notifications.size();
        app.supervisor.apply(settings);
        app.await("starting", Duration.ofSeconds(60), ProviderStatus.Starting.class::isInstance);
        app.await("healthy", Duration.ofSeconds(60), ProviderStatus.Healthy.class::isInstance);
        assertTheRecreationWasNoCrash(statusesBefore, notificationsBefore);
        assertThat(docker("inspect", "-f", "{{.Id}}", name)).isNotEqualTo(firstId);
        assertThat(docker("inspect", "-f", "{{range .Config.Env}}{{println .}}{{end}}", name)).contains("S2P_LOG_LEVEL=debug");
    }

    @Test
    @Order(6)
    void aSaveOfOnlyANewPathRuleRecreatesTheContainerAndTheProviderMatchesThroughIt() throws Exception {
        assertThat(matchedGuids(PLEX_FILE)).as("no rule maps the file yet").doesNotContain(GUID_PREFIX + RULED_SCENE);
        String before = docker("inspect", "-f", "{{.Id}}", name);
        String envBefore = Files.readString(dirs.envFile());

        settings = settings.withPathRules(List.of(PathRuleSetting.of("films", "^/plex/films/(.*)\\.mkv$", "/stash/films/\\1.mp4")));
        store.save(settings);
        assertThat(Files.readString(dirs.envFile())).as("only provider.yml changed").isEqualTo(envBefore);
        int statusesBefore = app.seen.size();
        int notificationsBefore = app.notifications.size();
        app.supervisor.apply(settings);
        app.await("starting", Duration.ofSeconds(60), ProviderStatus.Starting.class::isInstance);
        app.await("healthy", Duration.ofSeconds(60), ProviderStatus.Healthy.class::isInstance);
        assertTheRecreationWasNoCrash(statusesBefore, notificationsBefore);

        assertThat(docker("inspect", "-f", "{{.Id}}", name)).isNotEqualTo(before);
        assertThat(matchedGuids(PLEX_FILE)).contains(GUID_PREFIX + RULED_SCENE);
    }

    @Test
    @Order(7)
    void anEngineThatStopsIsReportedAndRecoveredFrom() throws Exception {
        relay.cut();
        RunningApp.Seen down = app.await("engine unavailable", Duration.ofSeconds(30),
                ProviderStatus.EngineUnavailable.class::isInstance);
        assertThat(((ProviderStatus.EngineUnavailable) down.status()).advice()).as(down.status().toString())
                .isEqualTo(ProviderStatus.EngineAdvice.START_ENGINE);
        assertThat(new TrayMenuFactory(UserMessages.forLocale(Locale.ENGLISH)).view(down.status(), Optional.empty()).detail())
                .isEqualTo("Docker is installed but not running. Start Docker Desktop (on Linux: sudo systemctl start docker);"
                        + " Stash2Plex connects by itself once it runs.");
        relay.restore();
        app.await("healthy after the engine is back", Duration.ofSeconds(60), ProviderStatus.Healthy.class::isInstance);
    }

    @Test
    @Order(8)
    void aCrashLoopStopsRestartsAndKeepsTheExitCodeAndLastLines() throws Exception {
        // A variable the form does not edit, which the provider refuses: saved as the user's own, kept by Save.
        AppSettings refused = new AppSettings(settings.stashUrl(), settings.stashApiKey(), settings.plexUrl(),
                settings.plexToken(), settings.providerPort(), settings.logLevel(), settings.pathRules(),
                Map.of("S2P_STASH_TIMEOUT_SECONDS", "soon"));
        store.save(refused);
        app.supervisor.apply(refused);
        RunningApp.Seen loop = app.await("crash loop stopped", Duration.ofSeconds(90),
                status -> status instanceof ProviderStatus.Crashed crashed && crashed.restartsStopped());
        ProviderStatus.Crashed crashed = (ProviderStatus.Crashed) loop.status();
        assertThat(crashed.exitCode()).isEqualTo(1);
        assertThat(String.join("\n", crashed.lastLogLines())).contains("S2P_STASH_TIMEOUT_SECONDS");
        assertThat(String.join("\n", crashed.lastLogLines())).doesNotContain(KEY);
        // The supervisor switches restarts off and stops the container on its own lane, after the status is out.
        String before = Eventually.get("the container stopped with restarts off", Duration.ofSeconds(30), () -> {
            String state = docker("inspect", "-f", "{{.State.Status}} {{.RestartCount}} {{.HostConfig.RestartPolicy.Name}}", name);
            return state.startsWith("exited") && state.endsWith(" no") ? state : null;
        }, () -> docker("inspect", "-f", "{{.State.Status}} {{.RestartCount}} {{.HostConfig.RestartPolicy.Name}}", name));
        // Restarts stay off: 3 s is long enough for several, were they still on.
        Thread.sleep(3000); // the behaviour under test: an absence, so there is no event to wait for
        assertThat(docker("inspect", "-f", "{{.State.Status}} {{.RestartCount}} {{.HostConfig.RestartPolicy.Name}}", name))
                .isEqualTo(before).startsWith("exited").endsWith(" no");
        System.out.printf("[SupervisionIT] crash loop stopped: %s; last line: %s%n", before, crashed.lastLogLines().getLast());
    }

    @Test
    @Order(9)
    void aPortHeldByAnotherProgramIsNamedAndUsePortNPlus1MovesTheProviderThereAndItTurnsHealthy() throws Exception {
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new java.net.InetSocketAddress("0.0.0.0", 0));
            int taken = squatter.getLocalPort();
            settings = settings.withProvider(taken, LogLevel.DEBUG);
            store.save(settings);
            app.supervisor.apply(settings);
            RunningApp.Seen failed = app.await("failed for the port", Duration.ofSeconds(60),
                    ProviderStatus.Failed.class::isInstance);
            ProviderStatus.Failed failure = (ProviderStatus.Failed) failed.status();
            assertThat(failure.problem()).as(failure.detail()).isEqualTo(new EngineProblem.PortInUse(taken));

            UserMessages messages = UserMessages.forLocale(Locale.ENGLISH);
            TrayView tray = new TrayMenuFactory(messages).view(failure, Optional.empty());
            assertThat(tray.detail()).isEqualTo("Port " + taken + " is already in use by another program, so the provider"
                    + " cannot listen on it. Choose \u201cUse port " + (taken + 1) + "\u201d to move the provider there, or stop"
                    + " the program that uses port " + taken + " and choose Start.");
            assertThat(tray.tooltip()).isEqualTo("Stash2Plex: Could not start: port " + taken + " is in use");
            assertThat(tray.menu()).contains(new TrayMenu.Action(TrayCommand.FIX, "Use port " + (taken + 1), true),
                    new TrayMenu.Action(TrayCommand.DETAILS, "Details\u2026", true));
            assertThat(new dev.stash2plex.app.health.StatusText(messages).technicalDetails(failure)).get(InstanceOfAssertFactories.STRING)
                    .contains(String.valueOf(taken)).contains("already");

            // The fix, as the tray's and the settings window's button run it: the form's own Save, then the supervisor.
            SettingsFormModel form = new SettingsFormModel(settings, false, store,
                    new ConnectionCheck((url, key) -> { throw new AssertionError("not used here"); }),
                    new ProviderPathTrial(), messages, Runnable::run, Runnable::run, app.supervisor::apply);
            form.provider().show(failure);
            assertThat(form.provider().fixLabel().get()).isEqualTo("Use port " + (taken + 1));
            form.provider().fix();
            assertThat(form.statusIsError().get()).as(form.status().get()).isFalse();
            assertThat(Files.readString(dirs.envFile())).contains("S2P_PROVIDER_PORT=" + (taken + 1));
            app.await("healthy on the next port", Duration.ofSeconds(90), ProviderStatus.Healthy.class::isInstance);
            settings = settings.withProvider(taken + 1, LogLevel.DEBUG);
            assertThat(docker("port", name)).contains(":" + (taken + 1));
        }
    }

    /**
     * The app stopped the old container itself to replace it: that stop is neither shown as a crash (nor as
     * "stopped", which would offer Start while the new one is on its way) nor announced.
     */
    private void assertTheRecreationWasNoCrash(int statusesBefore, int notificationsBefore) {
        List<ProviderStatus> statuses = app.seen.subList(statusesBefore, app.seen.size()).stream()
                .map(RunningApp.Seen::status).toList();
        assertThat(statuses).as(app.history())
                .noneMatch(status -> status instanceof ProviderStatus.Crashed || status instanceof ProviderStatus.Stopped);
        assertThat(app.notifications.subList(notificationsBefore, app.notifications.size())).isEmpty();
    }

    private static final String GUID_PREFIX = "tv.plex.agents.custom.stash2plex://movie/";

    /** The guids the provider answers Plex's match call with for this file, as Plex asks it. */
    private List<String> matchedGuids(String plexFile) throws Exception {
        String body = JSON.writeValueAsString(Map.of("type", 1, "filename", plexFile));
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + settings.providerPort() + "/library/metadata/matches"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<String> guids = new ArrayList<>();
            JSON.readTree(response.body()).at("/MediaContainer/Metadata").forEach(item -> guids.add(item.path("guid").asText()));
            return guids;
        }
    }

    private String kinds() {
        return app.seen.stream().map(seen -> seen.status().getClass().getSimpleName()).toList().toString();
    }
}
