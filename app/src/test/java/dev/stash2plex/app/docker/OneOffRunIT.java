package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.stash2plex.app.supervisor.Eventually;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-off container of the provider image on the real engine: made like the provider's (network name for
 * this computer, read-only root, no capabilities, not root, limits) but publishing no port and never
 * restarting; the secrets readable inside as files and nowhere in docker inspect; output and exit code read
 * back; removed, with its folders, however it ends, the time limit included.
 */
class OneOffRunIT {

    private static final String KEY = "test-only-one-off-stash-key";
    private static final String PLEX_TOKEN = "test-only-one-off-plex-token";
    private static final String PURPOSE = "it-one-off";

    private static RealEngine real;
    private static String image;

    @TempDir
    Path work;

    @BeforeAll
    static void image() throws Exception {
        real = RealEngine.assumeReady();
        image = real.image(progress -> { });
    }

    @AfterAll
    static void close() {
        if (real != null) {
            real.close();
        }
    }

    @Test
    void printsWhatTheCommandPrintsAndItsExitCodeAndTheKeyFileIsReadableInside() throws Exception {
        OneOffRun.Output output = new OneOffRun(real.engine, work).run(image, PURPOSE, environment(),
                List.of("cat", ProviderSecrets.KEY_FILE), Duration.ofSeconds(20));

        assertThat(output.exitCode()).isEqualTo(OptionalInt.of(0));
        assertThat(output.lines()).containsExactly(KEY);

        OneOffRun.Output failed = new OneOffRun(real.engine, work).run(image, PURPOSE, environment(), List.of("false"),
                Duration.ofSeconds(20));
        assertThat(failed.exitCode()).isEqualTo(OptionalInt.of(1));
        assertThatNothingIsLeft();
    }

    @Test
    void isMadeLikeTheProvidersContainerWithNoPortAndNoSecretInDockerInspect() throws Exception {
        CompletableFuture<OneOffRun.Output> run = CompletableFuture.supplyAsync(() -> {
            try {
                return new OneOffRun(real.engine, work).run(image, PURPOSE, environment(), List.of("sleep", "4"),
                        Duration.ofSeconds(20));
            } catch (EngineException e) {
                throw new IllegalStateException(e);
            }
        });
        Container running = awaitRunning();
        InspectContainerResponse inspected = real.docker().inspectContainerCmd(running.getId()).exec();
        HostConfig host = inspected.getHostConfig();

        assertThat(host.getExtraHosts()).containsExactly(ContainerCreation.HOST_GATEWAY);
        assertThat(host.getReadonlyRootfs()).isTrue();
        assertThat(Arrays.stream(host.getCapDrop()).map(Enum::name)).containsExactly("ALL");
        assertThat(host.getSecurityOpts()).containsExactly("no-new-privileges:true");
        assertThat(host.getTmpFs()).containsEntry("/tmp", "size=16m");
        assertThat(host.getMemory()).isEqualTo(ContainerLimits.PROVIDER.memoryBytes());
        assertThat(host.getPidsLimit()).isEqualTo(ContainerLimits.PROVIDER.pids());
        assertThat(host.getNetworkMode()).isIn("bridge", "default");
        assertThat(host.getPortBindings() == null || host.getPortBindings().getBindings().isEmpty()).isTrue();
        assertThat(host.getRestartPolicy().getName()).isIn(null, "", "no");
        assertThat(inspected.getConfig().getEntrypoint()).containsExactly("sleep", "4");
        assertThat(inspected.getConfig().getUser()).isNotIn(null, "", "0", "0:0", "root");
        assertThat(inspected.getConfig().getLabels()).containsEntry(Labels.MANAGED, "true")
                .containsEntry(OneOffRun.PURPOSE_LABEL, PURPOSE);
        assertThat(inspected.getMounts()).filteredOn(mount -> ProviderSecrets.MOUNT.equals(mount.getDestination().getPath()))
                .singleElement().satisfies(mount -> assertThat(mount.getRW()).isFalse());
        List<String> env = Arrays.asList(inspected.getConfig().getEnv());
        assertThat(env).contains("S2P_STASH_URL=http://host.docker.internal:9999", "S2P_PLEX_URL=http://host.docker.internal:32400",
                "S2P_STASH_API_KEY_FILE=" + ProviderSecrets.KEY_FILE);
        assertThat(rawInspect(running.getId())).doesNotContain(KEY, PLEX_TOKEN);

        assertThat(run.get(30, TimeUnit.SECONDS).exitCode()).isEqualTo(OptionalInt.of(0));
        assertThatNothingIsLeft();
    }

    @Test
    void theTimeLimitEndsTheRunAndTheContainerIsRemovedAnyway() throws Exception {
        long started = System.nanoTime();
        OneOffRun.Output output = new OneOffRun(real.engine, work).run(image, PURPOSE, environment(), List.of("sleep", "60"),
                Duration.ofSeconds(2));

        assertThat(output.exitCode()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThatNothingIsLeft();
    }

    private static List<String> environment() {
        return List.of("S2P_STASH_URL=http://localhost:9999", "S2P_STASH_API_KEY=" + KEY,
                "S2P_PLEX_URL=http://127.0.0.1:32400", "S2P_PLEX_TOKEN=" + PLEX_TOKEN);
    }

    private void assertThatNothingIsLeft() throws Exception {
        assertThat(real.docker().listContainersCmd().withShowAll(true).withLabelFilter(Map.of(OneOffRun.PURPOSE_LABEL, PURPOSE))
                .exec()).isEmpty();
        try (var left = Files.list(work)) {
            assertThat(left).as("the run's folders, secret files included").isEmpty();
        }
    }

    private static Container awaitRunning() {
        return Eventually.get("the one-off container running", Duration.ofSeconds(20), () -> real.docker().listContainersCmd()
                .withLabelFilter(Map.of(OneOffRun.PURPOSE_LABEL, PURPOSE)).withStatusFilter(List.of("running")).exec()
                .stream().findFirst().orElse(null), () -> "no running container labelled " + PURPOSE);
    }

    private static String rawInspect(String id) throws Exception {
        DockerHttpClient http = ((DockerClientImpl) real.docker()).getHttpClient();
        try (DockerHttpClient.Response response = http.execute(DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path("/containers/" + id + "/json").build())) {
            return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
