package dev.stash2plex.provider.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, read by the docker-compose 1.29 Debian ships (the oldest Compose we
 * support) with the user's {@code .env} made from {@code .env.example}: the file parses, and the
 * resolved service has the port, host mapping, config mount, data volume and hardening the SPEC
 * asks for.
 */
class ComposeFileIT {

    @Test
    void resolvesWithEnvExampleAndKeepsTheHardening() throws IOException {
        String config = resolve(List.of());

        assertThat(config)
                .contains("published: 9090", "target: 9090")
                .contains("S2P_PROVIDER_PORT: '9090'")
                .contains("S2P_STASH_URL: http://host.docker.internal:9999")
                .contains("host.docker.internal:host-gateway")
                .contains("/config:/config:ro")
                .contains("data:/data:rw", "S2P_DATA_DIR: /data", "\nvolumes:\n  data: {}")
                .contains("read_only: true")
                .contains("cap_drop:\n    - ALL")
                .contains("no-new-privileges:true")
                .contains("restart: unless-stopped")
                .contains("healthcheck: {}")
                .doesNotContain("NONE");
    }

    @Test
    void limitsMemoryPidsAndTheLogFiles() throws IOException {
        String config = resolve(List.of());

        assertThat(config)
                .contains("mem_limit: 512m", "memswap_limit: 512m", "pids_limit: 256")
                .contains("logging:\n      driver: json-file\n      options:\n        max-file: '3'\n        max-size: 10m");
    }

    @Test
    void portAndBaseImagesComeFromTheEnvFile() throws IOException {
        String config = resolve(List.of("S2P_PROVIDER_PORT=9191", "S2P_RUNTIME_BASE_IMAGE=stash2plex/runtime-base:25"));

        assertThat(config)
                .contains("published: 9191", "target: 9191")
                .contains("S2P_PROVIDER_PORT: '9191'")
                .contains("S2P_RUNTIME_BASE_IMAGE: stash2plex/runtime-base:25");
    }

    @Test
    void theDataFolderIsTheVolumeWhateverTheEnvFileSays() throws IOException {
        String config = resolve(List.of("S2P_DATA_DIR=/elsewhere"));

        assertThat(config).contains("S2P_DATA_DIR: /data", "data:/data:rw").doesNotContain("/elsewhere");
    }

    /** {@code docker-compose config} in a copy of the repository whose .env is .env.example plus extra lines. */
    private static String resolve(List<String> extraEnvLines) throws IOException {
        Path repository = ProviderImages.repositoryRoot();
        DockerCli docker = new DockerCli(repository);
        assumeTrue(docker.answers("docker-compose", "version"),
                "docker-compose is not installed: compose file test skipped (.ci/run installs it)");
        List<String> env = new ArrayList<>(Files.readAllLines(repository.resolve(".env.example")));
        env.addAll(extraEnvLines);
        try (ComposeProject project = ComposeProject.copyOf(repository, docker, env)) {
            return project.compose(Duration.ofMinutes(1), "config").ok().output();
        }
    }
}
