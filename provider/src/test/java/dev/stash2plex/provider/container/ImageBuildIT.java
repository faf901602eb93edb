package dev.stash2plex.provider.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both ways the Dockerfile fills the image produce the same runtime image: compiled from source
 * by Maven inside the build, and copied from a context that holds only the built provider (what
 * the desktop app does through docker-java, so no Maven, no JDK image, classic builder). Prints
 * the size the provider adds on top of its base image.
 */
class ImageBuildIT {

    private static ProviderImages images;
    private static ProviderImages.Build fromSource;
    private static ProviderImages.Build fromPrebuilt;

    @BeforeAll
    static void build() {
        images = ProviderImages.assumeReady();
        fromPrebuilt = images.fromPrebuilt();
        fromSource = images.fromSource();
    }

    @AfterAll
    static void removeImages() {
        if (images != null) {
            images.close();
        }
    }

    @Test
    void sourceBuildCompilesTheProviderWithMaven() {
        assertThat(fromSource.output()).contains("./mvnw -B -q -ntp -pl provider -am package -DskipTests");
        assertThat(layout(fromSource.tag())).isEqualTo(layout(fromPrebuilt.tag()));
    }

    @Test
    void prebuiltBuildUsesNeitherMavenNorTheBuildBase() {
        assertThat(fromPrebuilt.output())
                .doesNotContain("mvnw")
                .doesNotContain(ProviderImages.BUILD_BASE)
                .doesNotContain("eclipse-temurin:25-jdk");
    }

    @Test
    void bothImagesCarryTheRuntimeSettingsOfTheDockerfile() {
        for (String tag : new String[] {fromSource.tag(), fromPrebuilt.tag()}) {
            assertThat(inspect(tag, "{{.Config.User}}")).isEqualTo("10001:10001");
            assertThat(inspect(tag, "{{json .Config.ExposedPorts}}")).isEqualTo("{\"9090/tcp\":{}}");
            assertThat(inspect(tag, "{{json .Config.Entrypoint}}"))
                    .startsWith("[\"java\",").endsWith("\"-jar\",\"/app/provider.jar\"]");
            assertThat(inspect(tag, "{{json .Config.Healthcheck.Test}}"))
                    .startsWith("[\"CMD\",\"java\",")
                    .endsWith("\"dev.stash2plex.provider.health.HealthCheckCommand\"]");
            assertThat(inspect(tag, "{{index .Config.Labels \"org.opencontainers.image.title\"}}"))
                    .isEqualTo("Stash2Plex provider");
        }
    }

    @Test
    void bothImagesShipSqlitesNativeLibraryAndADataFolderTheProviderOwns() {
        for (String tag : new String[] {fromSource.tag(), fromPrebuilt.tag()}) {
            // The jar's own layout (org/sqlite/native/<OS>/<arch>/) under /app/native: what SqliteNative looks for.
            run(tag, "ls", "-l", "/app/native/Linux/x86_64/libsqlitejdbc.so", "/app/native/Linux/aarch64/libsqlitejdbc.so");
            assertThat(run(tag, "stat", "-c", "%u:%g %A", "/data").trimmed()).as(tag).isEqualTo("10001:10001 drwxr-xr-x");
            assertThat(run(tag, "ls", "-A", "/data").trimmed()).as("an empty /data in " + tag).isEmpty();
        }
    }

    @Test
    void noProgramInTheImageIsSetuidOrSetgid() {
        for (String tag : new String[] {fromSource.tag(), fromPrebuilt.tag()}) {
            // As root, so that no folder is out of find's reach.
            DockerCli.Result found = images.docker().docker(Duration.ofMinutes(1), "run", "--rm", "--label",
                    DockerCli.TEST_LABEL, "--user", "0", "--entrypoint", "find", tag, "/", "-xdev", "-perm", "/6000", "-type", "f");
            assertThat(found.exitCode()).as(found.describe()).isZero();
            assertThat(found.trimmed()).as("setuid/setgid files in " + tag).isEmpty();
        }
    }

    @Test
    void theLocalRuntimeBaseHasNoShellNorPackageManager() {
        String madeBy = inspect(ProviderImages.RUNTIME_BASE, "{{index .Config.Labels \"dev.stash2plex.base\"}}");
        assumeTrue(madeBy.equals("runtime"), ProviderImages.RUNTIME_BASE + " was not made by docker/base-images.sh");
        DockerCli.Result listed = images.docker().docker(Duration.ofMinutes(1), "run", "--rm", "--label", DockerCli.TEST_LABEL,
                "--entrypoint", "ls", fromPrebuilt.tag(), "/usr/bin/sh", "/usr/bin/bash", "/usr/bin/dash", "/usr/bin/apt-get",
                "/usr/bin/dpkg", "/usr/bin/perl", "/usr/bin/su");
        assertThat(listed.output()).as("remake the base: sudo docker/base-images.sh")
                .contains("cannot access '/usr/bin/sh'", "cannot access '/usr/bin/bash'", "cannot access '/usr/bin/dash'",
                        "cannot access '/usr/bin/apt-get'", "cannot access '/usr/bin/dpkg'", "cannot access '/usr/bin/perl'");
    }

    @Test
    void runtimeHasNoBuildTools() {
        String modules = images.docker().docker(Duration.ofMinutes(1), "run", "--rm", "--label", DockerCli.TEST_LABEL,
                "--entrypoint", "java", fromSource.tag(), "--list-modules").ok().output();
        assertThat(modules).contains("java.base@25").doesNotContain("jdk.compiler").doesNotContain("jdk.jlink");
        DockerCli.Result mvn = images.docker().docker(Duration.ofMinutes(1), "run", "--rm", "--label",
                DockerCli.TEST_LABEL, "--entrypoint", "ls", fromSource.tag(), "/root/.m2", "/src");
        assertThat(mvn.exitCode()).as(mvn.describe()).isNotZero();
    }

    @Test
    void healthCheckCommandRunsInTheImageAndSaysWhatItFound() {
        // Nothing listens: the command must answer with one line and exit 1, not hang or crash.
        DockerCli.Result result = images.docker().docker(Duration.ofMinutes(1), "run", "--rm", "--label",
                DockerCli.TEST_LABEL, "--read-only", "-e", "S2P_STASH_URL=http://127.0.0.1:9", "-e", "S2P_STASH_API_KEY=k",
                "--entrypoint", "java", fromPrebuilt.tag(),
                "-XX:-UsePerfData", "-cp", "/app/provider.jar", "dev.stash2plex.provider.health.HealthCheckCommand");
        assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
        assertThat(result.trimmed()).startsWith("unhealthy: http://127.0.0.1:9090/health did not answer");
    }

    @Test
    void printsTheSizeTheProviderAddsToItsBase() {
        for (String tag : new String[] {fromSource.tag(), fromPrebuilt.tag()}) {
            long added = images.addedBytes(tag);
            long cache = aotCacheBytes(tag);
            System.out.println("provider layer size (" + tag + "): " + ProviderImages.megabytes(added) + " MB, of which the AOT cache "
                    + ProviderImages.megabytes(cache) + " MB (on " + ProviderImages.RUNTIME_BASE + ", "
                    + ProviderImages.megabytes(images.size(ProviderImages.RUNTIME_BASE)) + " MB)");
            assertThat(added - cache).as("bytes the provider adds (jar + lib/ + native/)").isPositive().isLessThan(40_000_000L);
            assertThat(cache).as("bytes of /app/provider.aot").isLessThan(100_000_000L);
        }
    }

    @Test
    void theEntrypointsJvmUsesTheAotCacheTheBuildRecorded() {
        for (String tag : new String[] {fromSource.tag(), fromPrebuilt.tag()}) {
            List<String> entrypoint = entrypoint(tag);
            assertThat(entrypoint).as("the ENTRYPOINT of " + tag).contains("-XX:AOTCache=/app/provider.aot");
            // The entry point's own command line with -XX:AOTMode=on: a cache the JVM cannot use is then an error,
            // not a warning. Without settings the provider itself stops at once with its one line.
            List<String> command = new ArrayList<>(List.of("run", "--rm", "--label", DockerCli.TEST_LABEL, "--read-only",
                    "--memory", "512m", "--entrypoint", "java", tag, "-XX:AOTMode=on"));
            command.addAll(entrypoint.subList(1, entrypoint.size()));
            DockerCli.Result result = images.docker().docker(Duration.ofMinutes(1), command.toArray(String[]::new));
            assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
            assertThat(result.trimmed()).as(result.describe()).startsWith("Missing required configuration: S2P_STASH_URL");
        }
    }

    /** The ENTRYPOINT's words: a JSON array of plain strings (no quotes inside). */
    private static List<String> entrypoint(String tag) {
        String json = inspect(tag, "{{json .Config.Entrypoint}}");
        List<String> words = new ArrayList<>();
        for (String word : json.substring(1, json.length() - 1).split(",")) {
            words.add(word.substring(1, word.length() - 1));
        }
        return words;
    }

    private static long aotCacheBytes(String tag) {
        return Long.parseLong(run(tag, "stat", "-c", "%s", "/app/provider.aot").trimmed());
    }

    private static String layout(String tag) {
        return images.docker().docker(Duration.ofMinutes(1), "run", "--rm", "--label", DockerCli.TEST_LABEL,
                "--entrypoint", "ls", tag, "-1R", "/app").ok().output();
    }

    /** Runs a command of the runtime base (coreutils) in a throw-away container of the image; it must succeed. */
    private static DockerCli.Result run(String tag, String... command) {
        List<String> args = new ArrayList<>(List.of("run", "--rm", "--label", DockerCli.TEST_LABEL,
                "--entrypoint", command[0], tag));
        args.addAll(List.of(command).subList(1, command.length));
        return images.docker().docker(Duration.ofMinutes(1), args.toArray(String[]::new)).ok();
    }

    private static String inspect(String tag, String format) {
        return images.docker().docker(Duration.ofSeconds(30), "image", "inspect", "-f", format, tag).ok().trimmed();
    }
}
