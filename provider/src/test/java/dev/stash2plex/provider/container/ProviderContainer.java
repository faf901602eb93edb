package dev.stash2plex.provider.container;

import dev.stash2plex.provider.testing.Polling;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One provider container started with {@code docker run}, with the hardening docker-compose.yml
 * applies (read-only root filesystem, no capabilities, no-new-privileges) and its port published
 * on a free loopback port. Removed, whatever state it is in, by {@link #close()}.
 */
final class ProviderContainer implements AutoCloseable {

    /** The flags docker-compose.yml sets, limits included; kept here so the tests exercise the same container. */
    static final List<String> HARDENING = List.of(
            "--read-only", "--cap-drop", "ALL", "--security-opt", "no-new-privileges:true",
            "--memory", "512m", "--memory-swap", "512m", "--pids-limit", "256");

    private final DockerCli docker;
    private final String name;

    private ProviderContainer(DockerCli docker, String name) {
        this.docker = docker;
        this.name = name;
    }

    /** Starts the image detached with the given {@code KEY=value} environment and extra run flags. */
    static ProviderContainer start(DockerCli docker, String image, List<String> environment, List<String> runFlags) {
        String name = "stash2plex-it-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> args = new ArrayList<>(List.of("run", "-d", "--name", name, "--label", DockerCli.TEST_LABEL,
                "-p", "127.0.0.1::9090"));
        args.addAll(runFlags);
        for (String variable : environment) {
            args.addAll(List.of("-e", variable));
        }
        args.add(image);
        docker.docker(Duration.ofMinutes(1), args.toArray(String[]::new)).ok();
        return new ProviderContainer(docker, name);
    }

    /** {@code running healthy}, {@code exited}, …: the state and, when the image has one, the health. */
    String state() {
        return docker.docker(Duration.ofSeconds(30), "inspect", "-f",
                "{{.State.Status}}{{if .State.Health}} {{.State.Health.Status}}{{end}}", name).ok().trimmed();
    }

    /** Waits until Docker reports the container healthy; fails early, with the log, when it exits. */
    void awaitHealthy(Duration timeout) {
        AtomicReference<String> state = new AtomicReference<>("");
        Polling.until("container healthy", timeout, Duration.ofMillis(500), () -> {
            state.set(state());
            if (state.get().startsWith("exited") || state.get().startsWith("dead")) {
                throw new Polling.GiveUp("Container exited before becoming healthy (" + state.get() + ")\n" + logs());
            }
            return state.get().equals("running healthy") ? true : null;
        }, () -> "(" + state.get() + ")\n" + health() + "\n" + logs());
    }

    /** Waits for the container to stop by itself and returns its exit code. */
    int awaitExit(Duration timeout) {
        String code = docker.docker(timeout, "wait", name).ok().trimmed();
        return Integer.parseInt(code);
    }

    /** The host URL of the published provider port, e.g. {@code http://127.0.0.1:49153}. */
    URI baseUri() {
        String hostPort = docker.docker(Duration.ofSeconds(30), "port", name, "9090/tcp").ok().trimmed().lines()
                .filter(line -> line.startsWith("127.0.0.1:")).findFirst()
                .orElseThrow(() -> new AssertionError("Port 9090 is not published for " + name));
        return URI.create("http://" + hostPort);
    }

    /** Runs a command inside the running container (the local runtime base ships coreutils). */
    DockerCli.Result exec(String... command) {
        List<String> args = new ArrayList<>(List.of("exec", name));
        args.addAll(List.of(command));
        return docker.docker(Duration.ofSeconds(30), args.toArray(String[]::new));
    }

    String logs() {
        return docker.docker(Duration.ofSeconds(30), "logs", name).output();
    }

    String health() {
        return docker.docker(Duration.ofSeconds(30), "inspect", "-f", "{{json .State.Health}}", name).output();
    }

    /** {@code docker stop} with Docker's default 10 s grace period; returns how long it took. */
    Duration stop() {
        Instant started = Instant.now();
        docker.docker(Duration.ofSeconds(30), "stop", name).ok();
        return Duration.between(started, Instant.now());
    }

    int exitCode() {
        return Integer.parseInt(docker.docker(Duration.ofSeconds(30), "inspect", "-f", "{{.State.ExitCode}}", name)
                .ok().trimmed());
    }

    @Override
    public void close() {
        docker.docker(Duration.ofMinutes(1), "rm", "-f", "-v", name);
    }
}
