package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.provider.testing.TestPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine wrapper against the real engine: what it says about itself, the event stream, the
 * log (read and followed), changing the restart policy, and "not found" as our own exception.
 */
class DockerJavaEngineIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RealEngine real;
    private static String image;
    private static Path configDir;

    @BeforeAll
    static void engine() throws Exception {
        real = RealEngine.assumeReady();
        image = real.image(line -> { });
        configDir = Files.createTempDirectory("s2p-engine-it");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (real != null) {
            real.close();
        }
        if (configDir != null) {
            Files.deleteIfExists(configDir);
        }
    }

    @Test
    void saysWhatItIs() throws Exception {
        EngineInfo info = real.engine.info();

        assertThat(info.kind()).isIn("Docker", "Podman", "Docker Desktop", "Colima", "Rancher Desktop");
        assertThat(info.endpoint()).matches("(unix|tcp|npipe)://.+");
        assertThat(info.version()).isNotBlank();
        assertThat(info.apiVersion()).matches("\\d+\\.\\d+");
    }

    @Test
    void eventsAndLogsFollowTheContainersLife() throws Exception {
        List<ContainerEvent> events = new CopyOnWriteArrayList<>();
        List<Throwable> ends = new CopyOnWriteArrayList<>();
        List<String> followed = new CopyOnWriteArrayList<>();
        ContainerSpec spec = real.spec(real.containerName("events"), image, TestPorts.free(),
                List.of("S2P_STASH_URL=http://127.0.0.1:9", "S2P_STASH_API_KEY=not-a-real-key"), configDir);

        try (AutoCloseable stream = real.engine.events(Map.of(RealEngine.RUN_LABEL, real.runId), events::add, ends::add)) {
            String id = real.engine.create(spec);
            real.engine.start(id);
            AtomicInteger logEnds = new AtomicInteger();
            try (AutoCloseable log = real.engine.followLogs(id, 100, followed::add, logEnds::incrementAndGet)) {
                await("a JSON log line", () -> followed.stream().anyMatch(DockerJavaEngineIT::isJsonLogLine));
                assertThat(real.engine.logs(id, 20)).isNotEmpty().allMatch(DockerJavaEngineIT::isJsonLogLine);

                real.engine.stop(id, Duration.ofSeconds(10));
                await("the die event", () -> events.stream().anyMatch(event -> event.action().equals("die")));
                await("the log stream to end with the container", () -> logEnds.get() > 0);
            }
            assertThat(logEnds).as("ended once, and not again when we close the handle").hasValue(1);

            assertThat(events).extracting(ContainerEvent::action).containsSubsequence("create", "start", "die");
            assertThat(events).allMatch(event -> event.containerId().equals(id)).noneMatch(e -> e.action().startsWith("exec_"));
            ContainerEvent died = events.stream().filter(event -> event.action().equals("die")).findFirst().orElseThrow();
            assertThat(died.exitCode()).isEqualTo(143);   // SIGTERM, handled: 128 + 15
            assertThat(died.time()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
            assertThat(real.engine.inspect(id).exitCode()).isEqualTo(143);
        }
        assertThat(ends).as("closing the stream ourselves is not an end to report").isEmpty();
    }

    @Test
    void theRestartPolicyCanBeChangedToStopACrashLoop() throws Exception {
        ContainerSpec spec = real.spec(real.containerName("policy"), image, TestPorts.free(), List.of(), configDir);
        String id = real.engine.create(spec);

        real.engine.setRestartPolicy(id, RestartPolicy.NO);

        assertThat(real.docker().inspectContainerCmd(id).exec().getHostConfig().getRestartPolicy().getName()).isIn("no", "");
    }

    @Test
    void aMissingContainerIsNotFoundAndRemovingItIsNoError() throws Exception {
        String missing = "stash2plex-provider-it-" + real.runId + "-missing";

        assertThatThrownBy(() -> real.engine.inspect(missing)).isInstanceOf(EngineException.NotFound.class)
                .hasMessageContaining(missing);
        assertThatThrownBy(() -> real.engine.start(missing)).isInstanceOf(EngineException.NotFound.class);
        assertThatThrownBy(() -> real.engine.followLogs(missing, 10, line -> { }, () -> { })).isInstanceOf(EngineException.NotFound.class);
        real.engine.remove(missing);
        assertThat(real.engine.imageLabels("stash2plex/provider:" + real.appVersion() + "-no-such-tag")).isEmpty();
    }

    private static boolean isJsonLogLine(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node.isObject() && node.has("msg") && node.has("level") && node.has("ts");
        } catch (Exception e) {
            return false;
        }
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        dev.stash2plex.app.supervisor.Eventually.get(what, Duration.ofSeconds(30),
                () -> condition.getAsBoolean() ? Boolean.TRUE : null, () -> what);
    }
}
