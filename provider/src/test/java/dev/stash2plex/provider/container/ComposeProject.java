package dev.stash2plex.provider.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A throw-away copy of the repository as a fresh clone has it (no target/, no .env), in which a
 * test writes its own {@code .env} and runs docker-compose with a unique project name, so it never
 * touches a developer's own .env, config/ or running stack. {@link #close()} takes the stack down
 * (containers, network, built image and its stage images) and deletes the copy.
 */
final class ComposeProject implements AutoCloseable {

    /** Top-level entries a fresh clone does not have (or that hold a developer's own settings). */
    private static final Set<String> NOT_IN_A_CLONE = Set.of(".git", ".env", "config", ".idea", ".vscode");

    private final DockerCli docker;
    private final Path directory;
    private final String name = "stash2plexit" + UUID.randomUUID().toString().substring(0, 8);
    private final BuildLeftovers leftovers = new BuildLeftovers();
    private boolean started;

    private ComposeProject(DockerCli docker, Path directory) {
        this.docker = docker;
        this.directory = directory;
    }

    /** Copies the repository and writes {@code .env} with exactly these lines. */
    static ComposeProject copyOf(Path repository, DockerCli docker, List<String> envLines) {
        try {
            Path directory = Files.createTempDirectory("stash2plex-compose");
            copyTree(repository, directory);
            Files.createDirectories(directory.resolve("config"));
            Files.write(directory.resolve(".env"), envLines);
            return new ComposeProject(docker.in(directory), directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the repository for a compose test", e);
        }
    }

    Path directory() {
        return directory;
    }

    String name() {
        return name;
    }

    /** docker-compose (1.29 here; v2 accepts the same file) with {@code -p <unique name>}. */
    DockerCli.Result compose(Duration timeout, String... args) {
        List<String> all = new ArrayList<>(List.of("-p", name));
        all.addAll(List.of(args));
        if (args.length > 0 && (args[0].equals("up") || args[0].equals("build"))) {
            started = true;
            DockerCli.Result result = docker.compose(timeout, all.toArray(String[]::new));
            leftovers.collect(result.output());
            return result;
        }
        return docker.compose(timeout, all.toArray(String[]::new));
    }

    /** The id of the service's container. */
    String containerId(String service) {
        return compose(Duration.ofSeconds(30), "ps", "-q", service).ok().trimmed();
    }

    @Override
    public void close() {
        if (started) {
            compose(Duration.ofMinutes(3), "down", "-v", "--rmi", "local", "--remove-orphans");
            leftovers.remove(docker);
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.filter(path -> inClone(from.relativize(path))).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static boolean inClone(Path relative) {
        if (relative.getNameCount() > 0 && NOT_IN_A_CLONE.contains(relative.getName(0).toString())) {
            return false;
        }
        for (Path part : relative) {
            if (part.toString().equals("target")) {
                return false;
            }
        }
        return true;
    }
}
