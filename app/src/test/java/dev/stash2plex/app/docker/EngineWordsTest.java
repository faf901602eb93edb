package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's words, as Docker 29 and Docker Desktop write them, read into the problem the user can act on. */
class EngineWordsTest {

    @Test
    void aPortHeldByAnotherProgramOrContainerIsNamed() {
        assertThat(EngineWords.container("start container 3f2a: driver failed programming external connectivity on endpoint"
                + " s2p (64dc…): Error starting userland proxy: listen tcp4 0.0.0.0:45111: bind: address already in use (HTTP 500)"))
                .isEqualTo(new EngineProblem.PortInUse(45111));
        assertThat(EngineWords.container("driver failed programming external connectivity on endpoint s2p (a1e9…):"
                + " Bind for 0.0.0.0:9090 failed: port is already allocated"))
                .isEqualTo(new EngineProblem.PortInUse(9090));
        assertThat(EngineWords.container("Ports are not available: exposing port TCP 0.0.0.0:9090 -> 0.0.0.0:0: listen tcp"
                + " 0.0.0.0:9090: bind: Only one usage of each socket address (protocol/network address/port) is normally permitted."))
                .isEqualTo(new EngineProblem.PortInUse(9090));
        assertThat(EngineWords.container("listen tcp6 [::]:8080: bind: address already in use"))
                .isEqualTo(new EngineProblem.PortInUse(8080));
    }

    @Test
    void aMountOrOtherFailureIsNotGuessedToBeAPort() {
        assertThat(EngineWords.container("invalid mount config for type \"bind\": bind source path does not exist: /x"))
                .isEqualTo(new EngineProblem.Unclassified());
        assertThat(EngineWords.container("Bind for 0.0.0.0:9090 refused for another reason"))
                .isEqualTo(new EngineProblem.Unclassified());
    }

    @Test
    void aFullDiskIsNamedWhereverItHappens() {
        assertThat(EngineWords.container("failed to create shim task: write /var/lib/docker/x: no space left on device"))
                .isEqualTo(new EngineProblem.DiskFull());
        assertThat(EngineWords.build("failed to register layer: write /usr/lib/jvm/lib/modules: no space left on device", "x"))
                .isEqualTo(new EngineProblem.DiskFull());
    }

    @Test
    void aBaseImageThatCannotBeDownloadedNamesTheImageAndTheRegistry() {
        assertThat(EngineWords.build("Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on"
                + " 10.255.255.53:53: no such host", "eclipse-temurin:25-jre"))
                .isEqualTo(new EngineProblem.RegistryUnreachable("eclipse-temurin:25-jre", "registry-1.docker.io"));
        assertThat(EngineWords.build("Get \"https://ghcr.io/v2/\": net/http: TLS handshake timeout", "ghcr.io/x/y:1"))
                .isEqualTo(new EngineProblem.RegistryUnreachable("ghcr.io/x/y:1", "ghcr.io"));
    }

    @Test
    void aBaseImageTheRegistryDoesNotHaveIsUnavailable() {
        assertThat(EngineWords.build("pull access denied for stash2plex/nope, repository does not exist or may require"
                + " 'docker login': denied: requested access to the resource is denied", "stash2plex/nope:1"))
                .isEqualTo(new EngineProblem.ImageUnavailable("stash2plex/nope:1"));
        assertThat(EngineWords.build("manifest for eclipse-temurin:99-jre not found: manifest unknown: manifest unknown",
                "eclipse-temurin:99-jre")).isEqualTo(new EngineProblem.ImageUnavailable("eclipse-temurin:99-jre"));
    }

    @Test
    void aFailingRunStepIsNoDownloadProblem() {
        assertThat(EngineWords.build("The command '/bin/sh -c curl https://example.org' returned a non-zero code: 6", "x"))
                .isEqualTo(new EngineProblem.Unclassified());
    }

    @Test
    void aSocketThatRefusesThisUserIsAPermissionProblem() {
        assertThat(EngineWords.permissionDenied("ping unix:///var/run/docker.sock: IOException: connect: Permission denied")).isTrue();
        assertThat(EngineWords.permissionDenied("ping npipe:////./pipe/docker_engine: Access is denied.")).isTrue();
        assertThat(EngineWords.permissionDenied("ping unix:///var/run/docker.sock: ConnectException: Connection refused")).isFalse();
    }
}
