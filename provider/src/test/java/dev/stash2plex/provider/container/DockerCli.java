package dev.stash2plex.provider.container;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the real {@code docker} and {@code docker-compose} command-line tools, each call bounded by
 * a timeout, with stdout and stderr captured together so a failing test can show what the engine
 * said. Builds use the classic builder ({@code DOCKER_BUILDKIT=0}): the desktop app builds through
 * docker-java, which speaks only that one, so the Dockerfile must work with it.
 */
final class DockerCli {

    /** Every container the tests start carries this label, so a leftover is easy to find. */
    static final String TEST_LABEL = "dev.stash2plex.test=container-it";

    private final Path workingDirectory;
    private final Map<String, String> environment;

    DockerCli(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
    }

    DockerCli(Path workingDirectory) {
        this(workingDirectory, Map.of("DOCKER_BUILDKIT", "0"));
    }

    DockerCli in(Path directory) {
        return new DockerCli(directory, environment);
    }

    /** The outcome of one command; {@link #ok()} turns a failure into an assertion error with the output. */
    record Result(List<String> command, int exitCode, String output) {

        boolean succeeded() {
            return exitCode == 0;
        }

        Result ok() {
            if (!succeeded()) {
                throw new AssertionError(describe());
            }
            return this;
        }

        String describe() {
            return String.join(" ", command) + " -> exit " + exitCode + "\n" + output;
        }

        String trimmed() {
            return output.strip();
        }
    }

    Result docker(Duration timeout, String... args) {
        return run(timeout, "docker", args);
    }

    Result compose(Duration timeout, String... args) {
        return run(timeout, "docker-compose", args);
    }

    /** The docker0 bridge gateway: the address {@code host-gateway} stands for, where a relay to a host fake listens. */
    String bridgeGateway() {
        return docker(Duration.ofSeconds(30), "network", "inspect", "bridge", "-f",
                "{{range .IPAM.Config}}{{.Gateway}}{{end}}").ok().trimmed();
    }

    /** True when the tool is installed and answers (for {@code docker}: when the engine answers). */
    boolean answers(String tool, String... args) {
        try {
            return run(Duration.ofSeconds(20), tool, args).succeeded();
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    Result run(Duration timeout, String tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(tool);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + tool + ": " + e.getMessage(), e);
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout
                        + "\n" + output.getNow("(no output yet)"));
            }
            return new Result(command, process.exitValue(), output.get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("Interrupted while running " + command, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("Cannot read the output of " + command, e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }
}
