package dev.stash2plex.app.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineLocatorTest {

    @TempDir
    Path home;

    private final List<String> attempts = new ArrayList<>();

    @Test
    void linuxTriesDockerHostThenRootfulRootlessDesktopColimaPodman() {
        EngineLocator locator = locator("Linux", Map.of("DOCKER_HOST", "tcp://10.0.0.5:2375", "XDG_RUNTIME_DIR", "/run/user/1000"),
                Set.of(), Set.of());

        assertThat(locator.candidates()).extracting(EngineCandidate::location).containsExactly(
                "tcp://10.0.0.5:2375",
                "unix:///var/run/docker.sock",
                "unix:///run/user/1000/docker.sock",
                "unix://" + home.resolve(".docker/desktop/docker.sock"),
                "unix://" + home.resolve(".colima/default/docker.sock"),
                "unix://" + home.resolve(".colima/docker.sock"),
                "unix://" + home.resolve(".rd/docker.sock"),
                "unix:///run/user/1000/podman/podman.sock",
                "unix:///run/podman/podman.sock");
    }

    @Test
    void withoutXdgRuntimeDirTheRootlessSocketsAreNotGuessed() {
        assertThat(locator("Linux", Map.of(), Set.of(), Set.of()).candidates()).extracting(EngineCandidate::location)
                .doesNotContain("unix:///docker.sock").noneMatch(location -> location.contains("/run/user/"))
                .first().isEqualTo("unix:///var/run/docker.sock");
    }

    @Test
    void macHasDockerDesktopsUserSocketAndNoLinuxOnes() {
        List<String> locations = locator("Mac OS X", Map.of("XDG_RUNTIME_DIR", "/tmp/xdg"), Set.of(), Set.of())
                .candidates().stream().map(EngineCandidate::location).toList();

        assertThat(locations).contains("unix://" + home.resolve(".docker/run/docker.sock"),
                "unix://" + home.resolve(".colima/default/docker.sock"));
        assertThat(locations).noneMatch(location -> location.contains("/docker/desktop/") || location.contains("/run/podman/")
                || location.contains("/tmp/xdg"));
    }

    @Test
    void windowsUsesNamedPipesWithFourSlashes() {
        assertThat(locator("Windows 11", Map.of(), Set.of(), Set.of()).candidates()).extracting(EngineCandidate::location)
                .containsExactly("npipe:////./pipe/docker_engine", "npipe:////./pipe/podman-machine-default");
    }

    @Test
    void onlyExistingSocketsAreTriedAndTheFirstThatAnswersWins() throws Exception {
        Path desktop = home.resolve(".docker/desktop/docker.sock");
        Path colima = home.resolve(".colima/default/docker.sock");
        EngineLocator locator = locator("Linux", Map.of(), Set.of(desktop, colima), Set.of(colima));

        try (ContainerEngine engine = locator.locate()) {
            assertThat(engine).isNotNull();
        }
        assertThat(attempts).containsExactly("unix://" + desktop, "unix://" + colima);
    }

    @Test
    void noEngineSaysWhatWasTriedAndWhy() {
        Path desktop = home.resolve(".docker/desktop/docker.sock");
        EngineLocator locator = locator("Linux", Map.of("DOCKER_HOST", "tcp://127.0.0.1:1"), Set.of(desktop), Set.of());

        assertThatThrownBy(locator::locate).isInstanceOf(EngineException.Unavailable.class)
                .hasMessageContaining("DOCKER_HOST at tcp://127.0.0.1:1: refused")
                .hasMessageContaining("Docker Desktop at unix://" + desktop + ": refused")
                .hasMessageContaining("Not present: unix:///var/run/docker.sock");
    }

    @Test
    void nothingPresentAnywhereIsAMissingEngine() {
        EngineException failure = catchThrowableOfType(EngineException.Unavailable.class,
                () -> locator("Linux", Map.of(), Set.of(), Set.of()).locate());

        assertThat(failure.problem()).isEqualTo(new EngineProblem.EngineMissing());
        assertThat(attempts).isEmpty();
    }

    @Test
    void aSocketThatExistsButDoesNotAnswerIsAStoppedEngineNamedByTheFirstSuch() {
        Path desktop = home.resolve(".docker/desktop/docker.sock");
        Path colima = home.resolve(".colima/default/docker.sock");
        EngineException failure = catchThrowableOfType(EngineException.Unavailable.class,
                () -> locator("Linux", Map.of(), Set.of(desktop, colima), Set.of()).locate());

        assertThat(failure.problem()).isEqualTo(new EngineProblem.EngineStopped("unix://" + desktop));
    }

    @Test
    void aSocketThatRefusesThisUserWinsOverOthersThatDoNotAnswer() {
        Path rootful = Path.of("/var/run/docker.sock");
        Path colima = home.resolve(".colima/default/docker.sock");
        EngineLocator locator = new EngineLocator("Linux", Map.of(), home, Set.of(rootful, colima)::contains, candidate -> {
            if (candidate.socketFile().orElseThrow().equals(rootful)) {
                throw new EngineException.Unavailable("ping unix:///var/run/docker.sock: IOException: Permission denied", null,
                        new EngineProblem.NoPermission(""));
            }
            throw new EngineException.Unavailable("refused", null);
        });

        EngineException failure = catchThrowableOfType(EngineException.Unavailable.class, locator::locate);

        assertThat(failure.problem()).isEqualTo(new EngineProblem.NoPermission("/var/run/docker.sock"));
    }

    @Test
    void onWindowsPipesThatNobodyServesAreAMissingEngine() {
        EngineLocator locator = new EngineLocator("Windows 11", Map.of(), home, path -> false, candidate -> {
            attempts.add(candidate.location());
            throw new EngineException.Unavailable("ping " + candidate.location()
                    + ": FileNotFoundException: \\\\.\\pipe\\docker_engine (The system cannot find the file specified)", null);
        });

        EngineException failure = catchThrowableOfType(EngineException.Unavailable.class, locator::locate);

        assertThat(attempts).containsExactly("npipe:////./pipe/docker_engine", "npipe:////./pipe/podman-machine-default");
        assertThat(failure.problem()).isEqualTo(new EngineProblem.EngineMissing());
    }

    /** A socket file nobody listens on any more (the engine stopped), through the real docker-java connector. */
    @Test
    void aDeadSocketFileIsAStoppedEngineThroughTheRealConnector() throws Exception {
        Path socket = home.resolve(".docker/desktop/docker.sock");
        java.nio.file.Files.createDirectories(socket.getParent());
        try (var channel = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            channel.bind(java.net.UnixDomainSocketAddress.of(socket));
        }   // closed: the file stays, nobody answers
        EngineLocator locator = new EngineLocator("Linux", Map.of(), home, socket::equals, DockerJavaEngine::connect);

        EngineException failure = catchThrowableOfType(EngineException.Unavailable.class, locator::locate);

        assertThat(failure.problem()).isEqualTo(new EngineProblem.EngineStopped("unix://" + socket));
    }

    @Test
    void aDockerHostThatIsNoAddressIsReported() {
        EngineLocator locator = locator("Linux", Map.of("DOCKER_HOST", "tcp://bad host"), Set.of(), Set.of());

        assertThat(locator.candidates()).extracting(EngineCandidate::description).doesNotContain("DOCKER_HOST");
        assertThatThrownBy(locator::locate).hasMessageContaining("DOCKER_HOST: not an address (tcp://bad host)");
    }

    @Test
    void tlsSettingsComeWithDockerHost() {
        EngineCandidate candidate = locator("Linux", Map.of("DOCKER_HOST", "tcp://nas:2376", "DOCKER_TLS_VERIFY", "1"),
                Set.of(), Set.of()).candidates().getFirst();

        assertThat(candidate.tlsCertDir()).isEqualTo(home.resolve(".docker"));
    }

    /** The real docker-java connector against a closed port: no engine needed, and it must fail fast. */
    @Test
    void aClosedPortIsUnavailableQuicklyWithTheEndpointNamed() {
        EngineLocator locator = new EngineLocator("Linux", Map.of("DOCKER_HOST", "tcp://127.0.0.1:1"), home,
                path -> false, DockerJavaEngine::connect);
        Instant start = Instant.now();

        assertThatThrownBy(locator::locate).isInstanceOf(EngineException.Unavailable.class)
                .hasMessageContaining("tcp://127.0.0.1:1").hasMessageContaining("Connect")
                .satisfies(failure -> assertThat(((EngineException) failure).problem())
                        .isEqualTo(new EngineProblem.EngineStopped("tcp://127.0.0.1:1")));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void socketPathsWithSpacesSurviveTheUri() {
        EngineCandidate candidate = EngineCandidate.socket("Docker Desktop", Path.of("/Users/Ann Lee/.docker/run/docker.sock"), "Docker Desktop");

        assertThat(candidate.socketFile()).contains(Path.of("/Users/Ann Lee/.docker/run/docker.sock"));
        assertThat(candidate.location()).isEqualTo("unix:///Users/Ann Lee/.docker/run/docker.sock");
    }

    private EngineLocator locator(String os, Map<String, String> env, Set<Path> existing, Set<Path> answering) {
        return new EngineLocator(os, env, home, existing::contains, candidate -> {
            attempts.add(candidate.location());
            if (candidate.socketFile().filter(answering::contains).isPresent()) {
                return new NoEngine();
            }
            throw new EngineException.Unavailable("refused", null);
        });
    }
}
