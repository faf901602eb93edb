package dev.stash2plex.provider.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.provider.testing.Polling;
import dev.stash2plex.provider.testing.TestPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * The packaged provider ({@code provider.jar}, {@code lib/} on its manifest class path) run as a
 * process of its own, started the way {@code ProviderProcessIT} and the container start it: its
 * resident memory is then the provider's alone, not shared with the fake Stash and the clients.
 */
final class ProviderProcess implements AutoCloseable {

    /** From {@code /proc/<pid>/status}, in KiB: the peak resident set so far and the current one. */
    record Memory(long peakKib, long residentKib) {
    }

    /** The container's JVM flags that do not choose a heap (see the Dockerfile's ENTRYPOINT). */
    private static final List<String> CONTAINER_FLAGS = List.of("-XX:-UsePerfData", "-XX:+ExitOnOutOfMemoryError");

    /** USER_HZ, which the kernel fixes at 100 on every architecture Linux runs the provider on. */
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final long startedNanos;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private ProviderProcess(Process process, int port, long startedNanos, Path log) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    /**
     * Starts {@code java [heap] -jar jar} with only these {@code S2P_} settings (and a free port);
     * its output goes to {@code <workDir>/<name>.log}, where sqlite-jdbc also unpacks its library.
     */
    static ProviderProcess start(Path jar, List<String> heapOptions, Map<String, String> settings, Path workDir, String name)
            throws IOException {
        int port = TestPorts.free();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CONTAINER_FLAGS);
        command.addAll(heapOptions);
        command.add("-Djava.io.tmpdir=" + workDir);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("S2P_") || variable.equals("JAVA_TOOL_OPTIONS"));
        // No provider.yml: the settings are exactly the ones given here.
        builder.environment().put("S2P_CONFIG_FILE", workDir.resolve("absent-provider.yml").toString());
        builder.environment().put("S2P_PROVIDER_PORT", Integer.toString(port));
        builder.environment().putAll(settings);
        Path log = workDir.resolve(name + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        return new ProviderProcess(builder.start(), port, started, log);
    }

    int port() {
        return port;
    }

    /** Seconds since the process was started. */
    double secondsSinceStart() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** {@code /health}'s HTTP status, or -1 while the provider does not answer yet. */
    int healthStatus() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** {@code /health}'s answer, or null while the provider does not answer yet. */
    JsonNode health() {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Asks {@code /health} every 100 ms until {@code until} holds and returns that answer; fails
     * when the process exits or the limit passes, with the end of its log.
     */
    JsonNode awaitHealth(String what, Duration limit, Predicate<JsonNode> until) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        return Polling.until(what, limit, Duration.ofMillis(100), () -> {
            if (!process.isAlive()) {
                throw new Polling.GiveUp("the provider exited with code " + process.exitValue() + " before " + what
                        + "; its log ends:\n" + logTail());
            }
            JsonNode health = health();
            if (health != null) {
                last.set(health);
            }
            return health != null && until.test(health) ? health : null;
        }, () -> "/health " + (last.get() == null ? "none" : last.get().path("index")) + "; log ends:\n" + logTail());
    }

    Memory memory() {
        try {
            long peak = 0;
            long resident = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    peak = kib(line);
                } else if (line.startsWith("VmRSS:")) {
                    resident = kib(line);
                }
            }
            return new Memory(peak, resident);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the provider's memory (Linux /proc only)", e);
        }
    }

    /** CPU time the provider has used so far, user and system, from {@code /proc/<pid>/stat}. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // After the command name in parentheses: state is field 3, utime 14 and stime 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks / (double) CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the provider's CPU time (Linux /proc only)", e);
        }
    }

    /** SIGTERM, as {@code docker stop} sends, so the provider closes its store as in production. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("the provider did not stop within 30 s of SIGTERM");
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        http.close();
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static long kib(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }
}
