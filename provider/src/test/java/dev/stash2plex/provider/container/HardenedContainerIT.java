package dev.stash2plex.provider.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The provider container run the way docker-compose.yml runs it (read-only root filesystem, no
 * capabilities, no-new-privileges; and no tmpfs, to show the JVM needs none) with Stash pointing
 * nowhere: it still starts, serves /health and turns healthy; it is not root and keeps no
 * capability; SQLite runs from the library the image ships and writes to a new data volume; and
 * {@code docker stop} ends it gracefully, well within Docker's 10 s grace period.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HardenedContainerIT {

    private static ProviderImages images;
    private static String image;
    private static ProviderContainer container;

    @BeforeAll
    static void start() {
        images = ProviderImages.assumeReady();
        image = images.fromPrebuilt().tag();
        container = ProviderContainer.start(images.docker(), image,
                List.of("S2P_STASH_URL=http://127.0.0.1:9", "S2P_STASH_API_KEY=change-me"),
                ProviderContainer.HARDENING);
        container.awaitHealthy(Duration.ofSeconds(90));
    }

    @AfterAll
    static void remove() {
        if (container != null) {
            container.close();
        }
        if (images != null) {
            images.close();
        }
    }

    @Test
    @Order(1)
    void servesHealthOnThePublishedPortAlthoughStashIsUnreachable() throws Exception {
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            response = client.send(HttpRequest.newBuilder(container.baseUri().resolve("/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(container.health()).contains("healthy: http://127.0.0.1:9090/health answered HTTP 200");
    }

    @Test
    @Order(2)
    void processIsNotRootAndKeepsNoCapability() {
        String status = container.exec("cat", "/proc/1/status").ok().output();
        assertThat(field(status, "Uid")).isEqualTo("10001\t10001\t10001\t10001");
        assertThat(field(status, "Gid")).isEqualTo("10001\t10001\t10001\t10001");
        assertThat(field(status, "CapEff")).isEqualTo("0000000000000000");
        assertThat(field(status, "CapPrm")).isEqualTo("0000000000000000");
        assertThat(field(status, "CapBnd")).isEqualTo("0000000000000000");
        assertThat(field(status, "NoNewPrivs")).isEqualTo("1");
        assertThat(container.exec("cat", "/proc/1/cmdline").ok().output()).startsWith("java\0");
    }

    @Test
    @Order(3)
    void rootFilesystemIsReadOnly() {
        // /data too: it is writable only where a volume is mounted on it (compose, the desktop app).
        for (String path : List.of("/app/written-by-test", "/tmp/written-by-test", "/written-by-test", "/data/written-by-test")) {
            DockerCli.Result touch = container.exec("touch", path);
            assertThat(touch.exitCode()).as(touch.describe()).isNotZero();
            assertThat(touch.output()).contains("Read-only file system");
        }
    }

    @Test
    @Order(4)
    void logsAreJsonLines() {
        List<String> lines = container.logs().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
    }

    @Test
    @Order(5)
    void sqliteLoadsTheShippedLibraryAndWritesToANewDataVolume() {
        String volume = "stash2plex-it-data-" + images.runId();
        images.docker().docker(Duration.ofSeconds(30), "volume", "create", "--label", DockerCli.TEST_LABEL, volume).ok();
        try {
            DockerCli.Result bundled = probe(volume, "bundled");
            assertThat(bundled.exitCode()).as(bundled.describe()).isZero();
            assertThat(bundled.output()).contains("using /app/native/Linux/", "wrote /data/probe.db (1 rows)");

            // The control: sqlite-jdbc's own way, unpacking its library into /tmp, fails in this container
            // (a noexec tmpfs, as compose mounts it): without the shipped library there would be no index.
            DockerCli.Result unpacked = probe(volume, "from-jar");
            assertThat(unpacked.exitCode()).as(unpacked.describe()).isNotZero();
            assertThat(unpacked.output()).contains("Failed to load native library").doesNotContain("wrote /data/probe.db");

            // A new volume takes the owner of the image's /data: the provider's user, no capability needed.
            String owners = images.docker().docker(Duration.ofMinutes(1), "run", "--rm", "--label", DockerCli.TEST_LABEL,
                    "-v", volume + ":/data", "--entrypoint", "stat", image, "-c", "%u:%g %n", "/data", "/data/probe.db")
                    .ok().trimmed();
            assertThat(owners).isEqualTo("10001:10001 /data\n10001:10001 /data/probe.db");
        } finally {
            images.docker().docker(Duration.ofSeconds(30), "volume", "rm", "-f", volume);
        }
    }

    @Test
    @Order(6)
    void dockerStopEndsItGracefullyWithinTheGracePeriod() {
        Duration took = container.stop();
        int exitCode = container.exitCode();
        // 143 = the JVM's exit after SIGTERM once its shutdown hooks ran; 137 would mean SIGKILL.
        assertThat(exitCode).as("exit code after docker stop\n" + container.logs()).isIn(0, 143);
        assertThat(took).as("time docker stop took").isLessThan(Duration.ofSeconds(10));
    }

    /** {@link SqliteProbe} in a container of the image, hardened like compose's (tmpfs included), the volume on /data. */
    private static DockerCli.Result probe(String volume, String library) {
        Path testClasses = images.repository().resolve("provider/target/test-classes");
        List<String> args = new ArrayList<>(List.of("run", "--rm", "--label", DockerCli.TEST_LABEL));
        args.addAll(ProviderContainer.HARDENING);
        args.addAll(List.of("--tmpfs", "/tmp:size=16m", "-v", volume + ":/data", "-v", testClasses + ":/probe:ro",
                "--entrypoint", "java", image, "-XX:-UsePerfData", "--enable-native-access=ALL-UNNAMED",
                "-cp", "/probe:/app/provider.jar:/app/lib/*", SqliteProbe.class.getName(), "/data", library));
        return images.docker().docker(Duration.ofMinutes(1), args.toArray(String[]::new));
    }

    private static String field(String procStatus, String name) {
        return procStatus.lines().filter(line -> line.startsWith(name + ":"))
                .map(line -> line.substring(name.length() + 1).strip())
                .findFirst().orElseThrow(() -> new AssertionError("No " + name + " in\n" + procStatus));
    }
}
