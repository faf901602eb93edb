package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.stash2plex.app.supervisor.Eventually;
import dev.stash2plex.provider.testing.BridgeRelay;
import dev.stash2plex.provider.testing.FakeScene;
import dev.stash2plex.provider.testing.FakeStash;
import dev.stash2plex.provider.testing.TestPorts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The app's container on the real engine, one life story in order: created and started from the
 * bundle's image, healthy because it reaches a fake Stash on the host through
 * host.docker.internal (it requires the API key, which the container reads from a read-only file);
 * made with compose's settings and limits, never as root, without the Plex token or the key in docker inspect;
 * adopted (same id) by a new app instance;
 * recreated when the settings change, the Stash key, or the data folder; a same-named container that is not ours left alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManagedContainerIT {

    private static final String KEY = "eyJhbGciOiJIUzI1NiJ9.managed-container-it";
    /** Test data: the env file holds a Plex token for the app's Plex window, never for the container. */
    private static final String PLEX_TOKEN = "test-only-plex-token";
    /** Test data: a second key, which the fake Stash does not accept; only its file and the hash see it. */
    private static final String OTHER_KEY = "test-only-other-stash-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RealEngine real;
    private static FakeStash stash;
    private static BridgeRelay relay;
    private static Path configDir;
    private static ContainerSpec spec;
    private static String firstId;

    @BeforeAll
    static void provider() throws Exception {
        real = RealEngine.assumeReady();
        stash = FakeStash.startWithApiKey(KEY);
        stash.add(FakeScene.builder("42").title("Some Film").file("/stash/media/Some Film.mkv"));
        relay = BridgeRelay.onDockerBridge(real.bridgeGateway(), stash.port());
        // Owner-only, as the app's SettingsStore writes them: the container must still read provider.yml.
        configDir = Files.createTempDirectory("s2p-config", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.writeString(configDir.resolve("provider.yml"), """
                path_rules:
                  - name: nas
                    plex_library_root: /plex/media/
                    plex_pattern: '^/plex/media/(.*)'
                    stash_pattern: '/stash/media/\\1'
                """);
        Files.setPosixFilePermissions(configDir.resolve("provider.yml"), PosixFilePermissions.fromString("rw-------"));
        spec = real.spec(real.containerName("managed"), real.image(line -> { }), TestPorts.free(),
                List.of("S2P_STASH_URL=http://host.docker.internal:" + relay.port(), "S2P_STASH_API_KEY=" + KEY,
                        "S2P_PLEX_TOKEN=" + PLEX_TOKEN), configDir);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (real != null) {
            real.close();
        }
        if (relay != null) {
            relay.close();
        }
        if (stash != null) {
            stash.close();
        }
        if (configDir != null) {
            try (var files = Files.walk(configDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void startsAndTurnsHealthyReachingTheFakeStashThroughTheHostGateway() throws Exception {
        ManagedContainer managed = new ManagedContainer(real.engine);
        List<ContainerEvent> events = new CopyOnWriteArrayList<>();

        try (AutoCloseable stream = real.engine.events(Map.of(Labels.MANAGED, "true", RealEngine.RUN_LABEL, real.runId),
                events::add, failure -> { })) {
            ContainerState started = managed.start(spec);
            firstId = started.id();

            assertThat(started.running()).isTrue();
            assertThat(awaitHealth(firstId, Duration.ofSeconds(90))).isEqualTo("healthy");
            // The event may trail the state by a moment.
            Eventually.get("the healthy event", Duration.ofSeconds(10), () -> events.stream()
                    .anyMatch(event -> event.action().equals("health_status: healthy")) ? Boolean.TRUE : null, () -> events);
        }
        assertThat(events).extracting(ContainerEvent::action).containsSubsequence("create", "start", "health_status: healthy");
        JsonNode health = awaitStashOk(Duration.ofSeconds(30));
        assertThat(health.at("/path_rules/loaded").asInt()).as(health.toString()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void isMadeWithTheComposeFilesSettingsAndOurLabels() {
        InspectContainerResponse inspected = real.docker().inspectContainerCmd(firstId).exec();
        HostConfig host = inspected.getHostConfig();

        assertThat(host.getReadonlyRootfs()).isTrue();
        assertThat(Arrays.stream(host.getCapDrop()).map(Enum::name)).containsExactly("ALL");
        assertThat(host.getSecurityOpts()).containsExactly("no-new-privileges:true");
        assertThat(host.getExtraHosts()).containsExactly("host.docker.internal:host-gateway");
        assertThat(host.getTmpFs()).containsEntry("/tmp", "size=16m");
        assertThat(host.getRestartPolicy().getName()).isEqualTo("unless-stopped");
        assertThat(host.getBinds()).extracting(bind -> bind.getVolume().getPath())
                .containsExactlyInAnyOrder("/config", "/data", ProviderSecrets.MOUNT);
        Bind config = bind(host, "/config");
        assertThat(config.getPath()).isEqualTo(configDir.toString());
        assertThat(config.getAccessMode().name()).isEqualTo("ro");
        Bind data = bind(host, "/data");
        assertThat(data.getPath()).isEqualTo(spec.dataDir().toString());
        assertThat(data.getAccessMode().name()).isEqualTo("rw");
        Bind secrets = bind(host, ProviderSecrets.MOUNT);
        assertThat(secrets.getPath()).isEqualTo(ProviderSecrets.folder(spec).toString());
        assertThat(secrets.getAccessMode().name()).isEqualTo("ro");
        Ports.Binding[] published = host.getPortBindings().getBindings().get(com.github.dockerjava.api.model.ExposedPort.tcp(spec.port()));
        assertThat(published).hasSize(1);
        assertThat(published[0].getHostIp()).isIn(null, "", "0.0.0.0");
        assertThat(published[0].getHostPortSpec()).isEqualTo(Integer.toString(spec.port()));
        assertThat(inspected.getConfig().getEnv()).contains("S2P_PROVIDER_PORT=" + spec.port(), "S2P_DATA_DIR=/data");
        assertThat(inspected.getConfig().getLabels()).containsEntry(Labels.MANAGED, "true")
                .containsEntry(Labels.CONFIG_HASH, spec.configHash())
                .containsEntry(RealEngine.RUN_LABEL, real.runId);
    }

    @Test
    @Order(2)
    void hasTheComposeFilesMemoryPidAndLogLimits() {
        HostConfig host = real.docker().inspectContainerCmd(firstId).exec().getHostConfig();

        assertThat(host.getMemory()).isEqualTo(512L * 1024 * 1024);
        assertThat(host.getMemorySwap()).as("no swap on top").isEqualTo(512L * 1024 * 1024);
        assertThat(host.getPidsLimit()).isEqualTo(256L);
        assertThat(host.getLogConfig().getType()).hasToString(LogConfig.LoggingType.JSON_FILE.toString());
        assertThat(host.getLogConfig().getConfig()).containsOnly(Map.entry("max-size", "10m"), Map.entry("max-file", "3"));
    }

    @Test
    @Order(2)
    void runsAsAUserThatIsNotRootEvenWhenTheAppIs() throws Exception {
        String user = real.docker().inspectContainerCmd(firstId).exec().getConfig().getUser();

        assertThat(user).isNotIn(null, "", "0", "0:0", "root");
        String uid = user.substring(0, user.indexOf(':'));
        if ("root".equals(System.getProperty("user.name"))) {
            assertThat(user).as("the app runs as root: the image's user").isEqualTo("10001:10001");
        }
        // The provider itself (PID 1), and what docker exec runs, as that user.
        assertThat(execInContainer(firstId, "stat", "-c", "%u", "/proc/1").strip()).isEqualTo(uid);
        assertThat(execInContainer(firstId, "id", "-u").strip()).isEqualTo(uid);
    }

    @Test
    @Order(2)
    void getsTheStashKeyAndThePlexTokenAsReadOnlyFilesNeverAsVariables() throws Exception {
        InspectContainerResponse inspected = real.docker().inspectContainerCmd(firstId).exec();
        List<String> env = Arrays.asList(inspected.getConfig().getEnv());

        assertThat(env).contains("S2P_STASH_API_KEY_FILE=/run/secrets/stash2plex/stash-api-key",
                        "S2P_PLEX_TOKEN_FILE=/run/secrets/stash2plex/plex-token")
                .noneMatch(entry -> entry.startsWith("S2P_STASH_API_KEY="))
                .noneMatch(entry -> entry.startsWith("S2P_PLEX_TOKEN="));
        assertThat(String.join("\n", env)).doesNotContain(KEY, PLEX_TOKEN);
        assertThat(ProviderSecrets.folder(spec).resolve("plex-token")).hasContent(PLEX_TOKEN);
        assertThat(inspected.getMounts()).filteredOn(mount -> ProviderSecrets.MOUNT.equals(mount.getDestination().getPath()))
                .singleElement().satisfies(mount -> assertThat(mount.getRW()).isFalse());
        Path keyFile = ProviderSecrets.folder(spec).resolve("stash-api-key");
        assertThat(keyFile).hasContent(KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent()))).isEqualTo("rwx------");
    }

    @Test
    @Order(2)
    void neitherSecretIsAnywhereInDockerInspect() throws Exception {
        // The engine's own JSON, as docker inspect prints it: environment, labels, host config, mounts.
        assertThat(rawInspect(firstId)).contains("S2P_STASH_API_KEY_FILE").doesNotContain(KEY, PLEX_TOKEN);
    }

    @Test
    @Order(3)
    void aNewAppInstanceAdoptsTheSameContainer() throws Exception {
        try (ContainerEngine again = EngineLocator.forCurrentUser().locate()) {
            ManagedContainer afterRestart = new ManagedContainer(again);

            assertThat(afterRestart.start(spec).id()).isEqualTo(firstId);
            assertThat(again.containers(Map.of(RealEngine.RUN_LABEL, real.runId))).extracting(ContainerState::name)
                    .containsOnlyOnce(spec.name());
        }
    }

    @Test
    @Order(4)
    void changedSettingsRecreateTheContainer() throws Exception {
        ContainerSpec changed = new ContainerSpec(spec.name(), spec.image(), spec.port(),
                List.of(spec.environment().get(0), spec.environment().get(1), spec.environment().get(2), "S2P_LOG_LEVEL=debug"),
                spec.configDir(), spec.dataDir(), spec.restartPolicy(), spec.labels());

        ContainerState recreated = new ManagedContainer(real.engine).start(changed);

        assertThat(recreated.id()).isNotEqualTo(firstId);
        assertThat(real.docker().inspectContainerCmd(recreated.id()).exec().getConfig().getEnv()).contains("S2P_LOG_LEVEL=debug");
        assertThatThrownBy(() -> real.engine.inspect(firstId)).isInstanceOf(EngineException.NotFound.class);
        assertThat(real.engine.containers(Map.of(RealEngine.RUN_LABEL, real.runId))).hasSize(1);
    }

    @Test
    @Order(5)
    void aNewStashKeyRecreatesTheContainerWithoutShowingIt() throws Exception {
        ManagedContainer managed = new ManagedContainer(real.engine);
        String before = managed.start(spec).id();
        ContainerSpec newKey = new ContainerSpec(spec.name(), spec.image(), spec.port(),
                List.of(spec.environment().get(0), "S2P_STASH_API_KEY=" + OTHER_KEY, spec.environment().get(2)),
                spec.configDir(), spec.dataDir(), spec.restartPolicy(), spec.labels());

        ContainerState recreated = managed.start(newKey);

        assertThat(newKey.configHash()).isNotEqualTo(spec.configHash());
        assertThat(recreated.id()).isNotEqualTo(before);
        assertThat(ProviderSecrets.folder(spec).resolve("stash-api-key")).hasContent(OTHER_KEY);
        assertThat(rawInspect(recreated.id())).doesNotContain(OTHER_KEY, KEY);
    }

    @Test
    @Order(6)
    void anotherDataFolderRecreatesTheContainerAndTheProviderCanWriteThere() throws Exception {
        ManagedContainer managed = new ManagedContainer(real.engine);
        String before = managed.start(spec).id();
        Path moved = real.dataDir("moved");   // missing: made by ManagedContainer, as the app's first start does
        ContainerSpec elsewhere = new ContainerSpec(spec.name(), spec.image(), spec.port(), spec.environment(),
                spec.configDir(), moved, spec.restartPolicy(), spec.labels());

        ContainerState recreated = managed.start(elsewhere);

        assertThat(elsewhere.configHash()).isNotEqualTo(spec.configHash());
        assertThat(recreated.id()).isNotEqualTo(before);
        assertThat(bind(real.docker().inspectContainerCmd(recreated.id()).exec().getHostConfig(), "/data").getPath())
                .isEqualTo(moved.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(moved))).isEqualTo("rwx------");
        // As the user the provider runs as (ContainerUser): the owner-only folder is still its own.
        execInContainer(recreated.id(), "touch", "/data/written-in-the-container");
        assertThat(moved.resolve("written-in-the-container")).exists();
        assertThat(Files.getAttribute(moved.resolve("written-in-the-container"), "unix:uid"))
                .isEqualTo(Files.getAttribute(moved, "unix:uid"));
    }

    @Test
    @Order(7)
    void stopAndRemoveCanBeRepeated() throws Exception {
        ManagedContainer managed = new ManagedContainer(real.engine);
        String id = managed.find(spec.name()).orElseThrow().id();

        managed.stop(spec.name());
        managed.stop(spec.name());
        real.engine.stop(id, Duration.ofSeconds(1));
        assertThat(real.engine.inspect(id).status()).isEqualTo("exited");

        managed.remove(spec.name());
        managed.remove(spec.name());
        real.engine.remove(id);
        assertThat(managed.find(spec.name())).isEmpty();
    }

    @Test
    @Order(8)
    void aContainerOfThatNameThatIsNotOursIsLeftAlone() throws Exception {
        String name = real.containerName("users-own");
        String usersOwn = real.docker().createContainerCmd(RealEngine.RUNTIME_BASE).withName(name)
                .withLabels(Map.of(RealEngine.RUN_LABEL, real.runId)).withCmd("true").exec().getId();
        ContainerSpec clash = real.spec(name, spec.image(), TestPorts.free(), spec.environment(), configDir);

        assertThatThrownBy(() -> new ManagedContainer(real.engine).ensure(clash)).isInstanceOf(EngineException.Conflict.class)
                .hasMessageContaining("not made by Stash2Plex").hasMessageNotContaining(KEY);
        assertThat(real.engine.inspect(usersOwn).id()).isEqualTo(usersOwn);
    }

    @Test
    @Order(9)
    void aManagedContainerOfThatNameFromAnotherVersionIsReplaced() throws Exception {
        String name = real.containerName("older");
        String older = real.docker().createContainerCmd(RealEngine.RUNTIME_BASE).withName(name).withCmd("true")
                .withLabels(Map.of(Labels.MANAGED, "true", RealEngine.RUN_LABEL, real.runId)).exec().getId();

        ContainerState replaced = new ManagedContainer(real.engine)
                .ensure(real.spec(name, spec.image(), TestPorts.free(), spec.environment(), configDir));

        assertThat(replaced.id()).isNotEqualTo(older);
        assertThat(replaced.image()).isEqualTo(spec.image());
    }

    private static Bind bind(HostConfig host, String containerPath) {
        return Arrays.stream(host.getBinds()).filter(bind -> bind.getVolume().getPath().equals(containerPath)).findFirst()
                .orElseThrow(() -> new AssertionError("No bind on " + containerPath + ": " + Arrays.toString(host.getBinds())));
    }

    /** {@code GET /containers/{id}/json}: the engine's answer as it is, what {@code docker inspect} prints. */
    private static String rawInspect(String id) throws Exception {
        DockerHttpClient http = ((DockerClientImpl) real.docker()).getHttpClient();
        try (DockerHttpClient.Response response = http.execute(DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path("/containers/" + id + "/json").build())) {
            String body = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(response.getStatusCode()).as(body).isEqualTo(200);
            return body;
        }
    }

    /** Runs a command (the runtime base has coreutils) as the container's user; it must succeed. Returns its output. */
    private static String execInContainer(String id, String... command) throws Exception {
        String exec = real.docker().execCreateCmd(id).withCmd(command).withAttachStdout(true).withAttachStderr(true)
                .exec().getId();
        StringBuilder output = new StringBuilder();
        try (ResultCallback.Adapter<Frame> done = real.docker().execStartCmd(exec).exec(new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                output.append(new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8));
            }
        })) {
            assertThat(done.awaitCompletion(30, TimeUnit.SECONDS)).as("exec finished").isTrue();
        }
        assertThat(real.docker().inspectExecCmd(exec).exec().getExitCodeLong()).as(String.join(" ", command) + ": " + output)
                .isZero();
        return output.toString();
    }

    private static String awaitHealth(String id, Duration timeout) throws Exception {
        return Eventually.get("container " + id + " healthy", timeout, () -> {
            ContainerState state = real.engine.inspect(id);
            return "healthy".equals(state.health()) ? state.health() : null;
        }, () -> {
            try {
                return real.engine.inspect(id) + "\n" + String.join("\n", real.engine.logs(id, 50));
            } catch (EngineException e) {
                return e.getMessage();
            }
        });
    }

    private static JsonNode awaitStashOk(Duration timeout) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
            java.util.concurrent.atomic.AtomicReference<JsonNode> last = new java.util.concurrent.atomic.AtomicReference<>();
            return Eventually.get("Stash reachable from the container", timeout, () -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + spec.port() + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode health = JSON.readTree(response.body());
                last.set(health);
                return "ok".equals(health.path("status").asText()) ? health : null;
            }, last::get);
        }
    }
}
