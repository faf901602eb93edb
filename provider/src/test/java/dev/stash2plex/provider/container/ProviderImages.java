package dev.stash2plex.provider.container;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds the provider image the two ways the Dockerfile offers (from source; from a context
 * holding the already built provider, as the desktop app does) on the local base images, under
 * unique tags, and removes afterwards every image a build left behind.
 */
final class ProviderImages implements AutoCloseable {

    static final String BUILD_BASE = envOr("S2P_BUILD_BASE_IMAGE", "stash2plex/build-base:25");
    static final String RUNTIME_BASE = envOr("S2P_RUNTIME_BASE_IMAGE", "stash2plex/runtime-base:25");
    /** provider.jar + lib/ + native/, as Maven's package phase zips them for the desktop app. */
    static final String RUNTIME_ZIP = "provider/target/provider-runtime.zip";

    private final DockerCli docker;
    private final Path repository;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> tags = new ArrayList<>();
    private final BuildLeftovers leftovers = new BuildLeftovers();
    private final List<Path> contexts = new ArrayList<>();

    private ProviderImages(DockerCli docker, Path repository) {
        this.docker = docker;
        this.repository = repository;
    }

    /**
     * Skips the calling test class, with the reason, unless a Docker engine answers, the local
     * base images exist and Maven has packaged the provider.
     */
    static ProviderImages assumeReady() {
        Path repository = repositoryRoot();
        DockerCli docker = new DockerCli(repository);
        assumeTrue(docker.answers("docker", "info"),
                "No Docker engine answers `docker info`: container tests skipped (.ci/run starts one)");
        for (String base : List.of(RUNTIME_BASE, BUILD_BASE)) {
            assumeTrue(docker.answers("docker", "image", "inspect", base),
                    "Base image " + base + " is missing: container tests skipped (make it with `sudo docker/base-images.sh`)");
        }
        assumeTrue(Files.isRegularFile(repository.resolve(RUNTIME_ZIP)),
                RUNTIME_ZIP + " is missing: run the container tests with `./mvnw verify`");
        return new ProviderImages(docker, repository);
    }

    DockerCli docker() {
        return docker;
    }

    Path repository() {
        return repository;
    }

    String runId() {
        return runId;
    }

    /** {@code docker build .} in the repository: Maven compiles the provider inside the build. */
    Build fromSource() {
        return build(repository, "from-source",
                "--build-arg", "S2P_BUILD_BASE_IMAGE=" + BUILD_BASE);
    }

    /**
     * {@code docker build --target from-prebuilt} in a context made only of the Dockerfile,
     * .dockerignore and Maven's output (provider/provider.jar, provider/lib/, provider/native/):
     * what the desktop app bundles. The build base is not even named, so any use of it would fail
     * the build.
     */
    Build fromPrebuilt() {
        Path context = prebuiltContext();
        return build(context, "from-prebuilt", "--target", "from-prebuilt");
    }

    private Build build(Path context, String kind, String... extraArgs) {
        String tag = "stash2plex-it/provider:" + kind + "-" + runId;
        List<String> args = new ArrayList<>(List.of("build", "--force-rm", "-t", tag,
                "--build-arg", "S2P_RUNTIME_BASE_IMAGE=" + RUNTIME_BASE,
                "--label", DockerCli.TEST_LABEL));
        args.addAll(List.of(extraArgs));
        args.add(".");
        DockerCli.Result result = docker.in(context).docker(Duration.ofMinutes(15), args.toArray(String[]::new));
        leftovers.collect(result.output());
        result.ok();
        tags.add(tag);
        return new Build(tag, result.output());
    }

    /** A built image and what the build printed. */
    record Build(String tag, String output) {
    }

    /** The image's size minus its base image's size: what the provider adds. */
    long addedBytes(String tag) {
        return size(tag) - size(RUNTIME_BASE);
    }

    long size(String image) {
        return Long.parseLong(docker.docker(Duration.ofSeconds(30), "image", "inspect", "-f", "{{.Size}}", image).ok().trimmed());
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }

    /**
     * The context the desktop app bundles: the Dockerfile, .dockerignore and {@code provider/}
     * unpacked from the provider's runtime zip (provider.jar, lib/, native/), so a file the zip
     * leaves out is missing here too.
     */
    private Path prebuiltContext() {
        try {
            Path context = Files.createTempDirectory("stash2plex-prebuilt-context");
            contexts.add(context);
            Files.copy(repository.resolve("Dockerfile"), context.resolve("Dockerfile"));
            Files.copy(repository.resolve(".dockerignore"), context.resolve(".dockerignore"));
            unzip(repository.resolve(RUNTIME_ZIP), Files.createDirectories(context.resolve("provider")));
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot assemble the prebuilt build context", e);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("Entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }

    /** Removes the tagged images, then the stage images their builds left behind. */
    @Override
    public void close() {
        for (String tag : tags) {
            docker.docker(Duration.ofMinutes(2), "image", "rm", tag);
        }
        leftovers.remove(docker);
        for (Path context : contexts) {
            deleteTree(context);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not delete " + root + ": " + e.getMessage());
        }
    }

    /** The repository's top folder: the first folder upwards holding the Dockerfile and mvnw. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("Dockerfile")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No Dockerfile + mvnw above " + Path.of("").toAbsolutePath());
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
