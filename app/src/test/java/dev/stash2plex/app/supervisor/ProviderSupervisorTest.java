package dev.stash2plex.app.supervisor;

import static dev.stash2plex.app.supervisor.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.ContainerState;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.docker.EngineProblem;
import dev.stash2plex.app.docker.ImageProgress;
import dev.stash2plex.app.health.Backoff;
import dev.stash2plex.app.health.CrashLoopGuard;
import dev.stash2plex.app.health.HealthMonitor;
import dev.stash2plex.app.health.IndexHealth;
import dev.stash2plex.app.health.ProbeSchedule;
import dev.stash2plex.app.health.ProviderHealth;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.settings.AppSettings;
import dev.stash2plex.app.settings.PathRuleSetting;
import dev.stash2plex.app.settings.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor's decisions against an in-memory engine: deploy, adopt, stop, recreate, engine loss. */
class ProviderSupervisorTest {

    @TempDir
    Path dir;

    private final FakeEngine engine = new FakeEngine();
    private final List<String> deployed = new CopyOnWriteArrayList<>();
    private final List<ProviderStatus> seen = new CopyOnWriteArrayList<>();
    private ExecutorService lane;
    private ExecutorService monitorLane;
    private ScheduledExecutorService timer;
    private HealthMonitor monitor;
    private ProviderSupervisor supervisor;
    private AppSettings settings;

    /**
     * One container per distinct environment, as ManagedContainer does with its settings hash: a new one replaces
     * the old, which is announced, then stopped (with the events the engine sends for it) and removed.
     */
    private final Deployment deployment = new Deployment() {
        @Override
        public String image(ContainerEngine used, Consumer<ImageProgress> progress) throws EngineException {
            engine.info();
            progress.accept(ImageProgress.line("Step 1/2 : FROM runtime"));
            return "stash2plex/provider:test";
        }

        @Override
        public ContainerState container(ContainerEngine used, String image, List<String> environment, String pathRules,
                                        int port, Path configDir, Path dataDir, Consumer<String> beforeReplacing)
                throws EngineException {
            engine.info();
            String id = "c" + Math.abs(Objects.hash(environment, pathRules));
            deployed.add(id + " " + environment);
            for (String old : List.copyOf(engine.containers.keySet())) {
                if (!old.equals(id)) {
                    beforeReplacing.accept(old);
                    engine.stop(old, Duration.ofSeconds(10));
                    engine.emit(old, "kill", null);
                    engine.emit(old, "die", 143);
                    engine.remove(old);
                    engine.emit(old, "destroy", null);
                }
            }
            return engine.containers.computeIfAbsent(id, key -> FakeEngine.state(key, "created", 0));
        }
    };

    @BeforeEach
    void start() throws Exception {
        settings = AppSettings.defaults().withStash("http://stash:9999", new Secret("k1"));
        lane = Executors.newSingleThreadExecutor();
        monitorLane = Executors.newSingleThreadExecutor();
        timer = Executors.newSingleThreadScheduledExecutor();
        monitor = new HealthMonitor(port -> new ProviderHealth(true, "0.1.0", "v1", null, IndexHealth.NOT_REPORTED),
                ProbeSchedule.standard(),
                new CrashLoopGuard(3, Duration.ofMinutes(1)), monitorLane, timer, Runnable::run, Clock.systemUTC());
        EngineConnection engines = new EngineConnection(() -> {
            engine.info();   // throws Unavailable while the fake engine is "down"
            return engine;
        });
        supervisor = new ProviderSupervisor(engines, deployment, monitor,
                dir.resolve("config"), dir.resolve("data"), new Backoff(Duration.ofMillis(20), Duration.ofMillis(50), 2), lane, timer,
                Clock.systemUTC());
        supervisor.addListener(seen::add);
    }

    @AfterEach
    void stop() throws InterruptedException {
        monitor.close();
        lane.shutdownNow();
        monitorLane.shutdownNow();
        timer.shutdownNow();
        timer.awaitTermination(1, TimeUnit.SECONDS);
    }

    private void awaitStatus(Class<? extends ProviderStatus> kind) {
        await(kind.getSimpleName(), () -> kind.isInstance(monitor.current()), () -> seen + " " + engine.calls);
    }

    @Test
    void savedSettingsBuildCreateStartAndWatchTheContainerWithTheSavedRecordsVariables() {
        supervisor.apply(settings);
        awaitStatus(ProviderStatus.Healthy.class);
        assertThat(deployed).singleElement().asString().endsWith(settings.environment().toString())
                .contains("S2P_STASH_URL=http://stash:9999, S2P_STASH_API_KEY=k1, ");
        assertThat(engine.calls).contains("events").anyMatch(call -> call.startsWith("start c"));
        assertThat(seen).first().isEqualTo(new ProviderStatus.Building("Step 1/2 : FROM runtime"));
    }

    @Test
    void aRunningContainerIsAdoptedWithoutBeingStartedAgain() {
        supervisor.apply(settings);
        awaitStatus(ProviderStatus.Healthy.class);
        engine.calls.clear();
        supervisor.apply(settings);   // as after an app restart: same settings, same container
        await("re-watched", () -> engine.calls.contains("events"), () -> engine.calls);
        assertThat(engine.calls).noneMatch(call -> call.startsWith("start") || call.startsWith("stop"));
        assertThat(deployed).hasSize(2).extracting(line -> line.split(" ")[0]).containsOnly(deployed.getFirst().split(" ")[0]);
    }

    @Test
    void changedSettingsGiveANewContainerWithTheNewEnvironment() throws Exception {
        supervisor.apply(settings);
        awaitStatus(ProviderStatus.Healthy.class);
        seen.clear();
        supervisor.apply(settings.withStash("http://stash:9999", new Secret("k2")));
        // Healthy alone may still be the old container's status: the new one passes through Starting first.
        await("new container healthy", () -> deployed.size() == 2 && seen.contains(new ProviderStatus.Starting())
                && monitor.current() instanceof ProviderStatus.Healthy, () -> seen);
        assertThat(deployed.get(1)).contains("S2P_STASH_API_KEY=k2,");
        assertThat(seen).as("the app's own stop of the old container").containsExactly(
                new ProviderStatus.Building("Step 1/2 : FROM runtime"), new ProviderStatus.Starting(),
                new ProviderStatus.Healthy("0.1.0", "v1"));
    }

    @Test
    void aSaveThatChangesOnlyThePathRulesGivesANewContainer() {
        supervisor.apply(settings);
        awaitStatus(ProviderStatus.Healthy.class);
        seen.clear();
        // The env file stays as it is: only the rules, which the provider reads from provider.yml, change.
        supervisor.apply(settings.withPathRules(List.of(PathRuleSetting.of("films", "^/plex/(.*)$", "/stash/\\1"))));
        // Healthy alone may still be the old container's status: the new one passes through Starting first.
        await("new container healthy", () -> deployed.size() == 2 && seen.contains(new ProviderStatus.Starting())
                && monitor.current() instanceof ProviderStatus.Healthy, () -> seen);
        assertThat(deployed.get(1).split(" ")[0]).isNotEqualTo(deployed.getFirst().split(" ")[0]);
        assertThat(seen).as("the app's own stop of the old container")
                .noneMatch(status -> status instanceof ProviderStatus.Crashed || status instanceof ProviderStatus.Stopped);
    }

    @Test
    void noEngineMeansEngineUnavailableAndAQuietRetryUntilItIsBack() {
        engine.available = false;
        supervisor.apply(settings);
        awaitStatus(ProviderStatus.EngineUnavailable.class);
        assertThat(((ProviderStatus.EngineUnavailable) monitor.current()).tried()).contains("docker.sock");
        engine.available = true;
        awaitStatus(ProviderStatus.Healthy.class);
    }

    @Test
    void aLostEventStreamIsFollowedByAFreshLookAtTheEngine() {
        supervisor.apply(settings);
        awaitStatus(ProviderStatus.Healthy.class);
        engine.available = false;
        engine.endEvents(new java.io.IOException("EOF"));
        awaitStatus(ProviderStatus.EngineUnavailable.class);
        engine.available = true;
        awaitStatus(ProviderStatus.Healthy.class);
    }

    @Test
    void stopAndStartFromTheUser() throws Exception {
        supervisor.apply(settings);
        awaitStatus(ProviderStatus.Healthy.class);
        supervisor.stop().get(5, TimeUnit.SECONDS);
        awaitStatus(ProviderStatus.Stopped.class);
        assertThat(engine.calls).anyMatch(call -> call.startsWith("stop c"));
        supervisor.start();
        awaitStatus(ProviderStatus.Healthy.class);
    }

    @Test
    void theContainerGetsTheRecordSaveHandedOverAndNeverReadsTheEnvFileBack() throws Exception {
        // Whatever lies in the folder (a file being written, a damaged one, another app's): the record is the input.
        Files.writeString(dir.resolve("provider.env"), "S2P_STASH_URL=\"unterminated\n");
        supervisor.apply(settings);
        awaitStatus(ProviderStatus.Healthy.class);
        assertThat(deployed).singleElement().asString().endsWith(settings.environment().toString());
    }

    @Test
    void aCrashLoopTheMonitorReportsIsStoppedByTheSupervisorTheContainersOneCommander() {
        supervisor.apply(settings);
        awaitStatus(ProviderStatus.Healthy.class);
        String id = deployed.getFirst().split(" ")[0];
        for (int i = 0; i < 3; i++) {   // the guard here counts 3 exits in a minute as a loop
            engine.emit(id, "start", null);
            engine.emit(id, "die", 1);
        }
        await("restarts switched off", () -> engine.calls.contains("restart-policy " + id + " NO")
                && engine.calls.indexOf("restart-policy " + id + " NO") < engine.calls.lastIndexOf("stop " + id),
                () -> seen + " " + engine.calls);
        // The monitor publishes the crash on its own thread, after the supervisor's commands.
        await("the crash shown with restarts stopped", () -> monitor.current() instanceof ProviderStatus.Crashed crashed
                && crashed.restartsStopped(), () -> seen + " " + monitor.current());
    }

    @Test
    void adviceSeparatesAMissingEngineFromAStoppedOneAndARefusedSocket() {
        assertThat(ProviderSupervisor.advice(new EngineProblem.NoPermission("/var/run/docker.sock")))
                .isEqualTo(ProviderStatus.EngineAdvice.SOCKET_PERMISSION);
        assertThat(ProviderSupervisor.advice(new EngineProblem.EngineStopped("unix:///var/run/docker.sock")))
                .isEqualTo(ProviderStatus.EngineAdvice.START_ENGINE);
        assertThat(ProviderSupervisor.advice(new EngineProblem.EngineMissing()))
                .isEqualTo(ProviderStatus.EngineAdvice.INSTALL_ENGINE);
    }
}
