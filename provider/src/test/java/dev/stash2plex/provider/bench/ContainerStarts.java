package dev.stash2plex.provider.bench;

import dev.stash2plex.provider.testing.Polling;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The provider image started as the desktop app and compose start it, for {@link StartupBenchmark}:
 * built once from {@code target/} (the Dockerfile's {@code from-prebuilt} layout, as the app builds
 * it) unless an image is given; every container it makes carries a label and is removed.
 */
final class ContainerStarts implements AutoCloseable {

    private static final String LABEL = "dev.stash2plex.test=startup-bench";
    private static final String CACHE_FLAG = "-XX:AOTCache=/app/provider.aot";
    private static final Duration LIMIT = Duration.ofSeconds(90);

    private final String image;
    private final boolean built;
    private final List<String> entrypoint;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private ContainerStarts(String image, boolean built) throws IOException, InterruptedException {
        this.image = image;
        this.built = built;
        String json = docker("image", "inspect", "-f", "{{json .Config.Entrypoint}}", image).strip();
        List<String> words = new ArrayList<>();
        for (String word : json.substring(1, json.length() - 1).split(",")) {
            words.add(word.substring(1, word.length() - 1));
        }
        if (!words.contains(CACHE_FLAG)) {
            throw new IllegalStateException(image + "'s entry point does not use the AOT cache: " + words);
        }
        this.entrypoint = List.copyOf(words);
    }

    /** The given image, or one built from {@code jar}'s folder ({@code lib/}, {@code native/}) on {@code runtimeBase}. */
    static ContainerStarts open(Path jar, Path context, String image, String runtimeBase) throws IOException, InterruptedException {
        if (image != null && !image.isBlank()) {
            return new ContainerStarts(image, false);
        }
        Path target = jar.getParent();
        Path repository = target.getParent().getParent();
        Files.copy(repository.resolve("Dockerfile"), context.resolve("Dockerfile"));
        Files.copy(repository.resolve(".dockerignore"), context.resolve(".dockerignore"));
        Path provider = Files.createDirectories(context.resolve("provider"));
        Files.copy(jar, provider.resolve("provider.jar"));
        for (String folder : List.of("lib", "native")) {
            copyTree(target.resolve(folder), provider.resolve(folder));
        }
        String tag = "stash2plex/provider:startup-bench-" + UUID.randomUUID().toString().substring(0, 8);
        System.out.println("Building " + tag + " (--target from-prebuilt, on " + runtimeBase + ", with the training run)…");
        docker(List.of("DOCKER_BUILDKIT=0"), "build", "-q", "--force-rm", "--target", "from-prebuilt",
                "--build-arg", "S2P_RUNTIME_BASE_IMAGE=" + runtimeBase, "-t", tag, context.toString());
        return new ContainerStarts(tag, true);
    }

    String image() {
        return image;
    }

    long imageBytes() throws IOException, InterruptedException {
        return Long.parseLong(docker("image", "inspect", "-f", "{{.Size}}", image).strip());
    }

    /** One container from create to removal; the clock starts at {@code docker start}. */
    StartupBenchmark.Start start(boolean withCache, String stashUrl, String apiKey) throws Exception {
        String name = "s2p-startup-bench-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> create = new ArrayList<>(List.of("create", "--name", name, "--label", LABEL,
                "--memory", "512m", "--memory-swap", "512m", "--pids-limit", "256", "--read-only",
                "--tmpfs", "/tmp:size=16m", "--tmpfs", "/data:size=64m,uid=10001,gid=10001", "--cap-drop", "ALL",
                "--security-opt", "no-new-privileges", "-p", "127.0.0.1::9090",
                "--add-host", "host.docker.internal:host-gateway",
                "-e", "S2P_STASH_URL=" + stashUrl, "-e", "S2P_STASH_API_KEY=" + apiKey, "-e", "S2P_LOG_LEVEL=warn"));
        if (withCache) {
            create.add(image);
        } else {
            create.addAll(List.of("--entrypoint", entrypoint.getFirst(), image));
            entrypoint.stream().skip(1).filter(word -> !word.equals(CACHE_FLAG)).forEach(create::add);
        }
        docker(create.toArray(String[]::new));
        try {
            long started = System.nanoTime();
            docker("start", name);
            String published = docker("port", name, "9090/tcp").lines().findFirst().orElseThrow().strip();
            URI health = URI.create("http://" + published + "/health");
            long deadline = started + LIMIT.toNanos();
            Polling.until(name + " answers /health with 200", LIMIT, Duration.ofMillis(10),
                    () -> status(health) == 200 ? true : null, () -> "its log:\n" + logs(name));
            double toHealth = (System.nanoTime() - started) / 1e6;
            long pid = Long.parseLong(docker("inspect", "-f", "{{.State.Pid}}", name).strip());
            long rss = residentKib(pid);
            double cpu = cpuSeconds(pid);
            Polling.until(name + " healthy", Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), Duration.ofMillis(100),
                    () -> docker("inspect", "-f", "{{.State.Health.Status}}", name).strip().equals("healthy") ? true : null,
                    () -> "not healthy yet");
            return new StartupBenchmark.Start(toHealth, (System.nanoTime() - started) / 1e6, rss, cpu);
        } finally {
            docker("rm", "-f", name);
        }
    }

    private int status(URI health) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long residentKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String logs(String container) {
        try {
            return docker("logs", container);
        } catch (IOException | InterruptedException | IllegalStateException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String docker(String... args) throws IOException, InterruptedException {
        return docker(List.of(), args);
    }

    private static String docker(List<String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment.forEach(pair -> builder.environment().put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1)));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        http.close();
        if (built) {
            docker("rmi", image);
        }
    }
}
