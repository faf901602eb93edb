package dev.stash2plex.app.docker;

import dev.stash2plex.app.platform.OwnerOnly;
import dev.stash2plex.core.settings.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command once in a container of the provider image, created as the provider's container is
 * ({@link ContainerEngine#createOneOff}: same network, host-gateway name, user, read-only root, dropped
 * capabilities, limits) with the environment translated as the provider gets it ({@link ContainerEnvironment})
 * and the secrets as read-only mounted files ({@link ProviderSecrets}), never as variables. It waits up to a
 * time limit, reads what the command printed from the container's log, and always removes the container
 * and the folders it mounted.
 */
public final class OneOffRun {

    /** What the command printed (stdout and stderr, in order) and its exit code; empty when the time limit stopped it. */
    public record Output(List<String> lines, OptionalInt exitCode) {

        public Output {
            lines = List.copyOf(lines);
        }
    }

    /** What tells a one-off container from the provider's: {@code dev.stash2plex.purpose}. */
    public static final String PURPOSE_LABEL = "dev.stash2plex.purpose";
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int MAX_LINES = 200;
    private static final Logger LOG = LoggerFactory.getLogger(OneOffRun.class);

    private final ContainerEngine engine;
    private final Path workRoot;

    /**
     * @param workRoot a folder of the app's where each run makes (and removes) the folders it mounts: on an
     *                 engine in a VM, somewhere its file sharing reaches, as the provider's own folders are
     */
    public OneOffRun(ContainerEngine engine, Path workRoot) {
        this.engine = engine;
        this.workRoot = workRoot;
    }

    /**
     * Blocks up to about {@code timeLimit} plus the engine's own call limits: run it off the FX thread.
     *
     * @param purpose the {@link #PURPOSE_LABEL} value and part of the container's name
     * @param environment {@code NAME=value} entries as in the env file; secrets among them reach the container as files
     */
    public Output run(String image, String purpose, List<String> environment, List<String> entrypoint, Duration timeLimit)
            throws EngineException {
        String name = "stash2plex-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path work = workRoot.resolve(name);
        Map<String, String> labels = new HashMap<>(Map.of(Labels.MANAGED, "true", PURPOSE_LABEL, purpose));
        ContainerSpec spec = new ContainerSpec(name, image, Integer.parseInt(Setting.PROVIDER_PORT.defaultValue()), environment,
                work.resolve("config"), work.resolve("data"), RestartPolicy.NO, labels);
        try {
            prepare(spec);
            String id = engine.createOneOff(spec, entrypoint);
            try {
                engine.start(id);
                OptionalInt exit = awaitExit(id, timeLimit);
                List<String> lines = engine.logs(id, MAX_LINES);
                LOG.debug("One-off container {} ended with {}", name, exit);
                return new Output(lines, exit);
            } finally {
                engine.remove(id);
            }
        } finally {
            erase(work);
        }
    }

    private OptionalInt awaitExit(String id, Duration timeLimit) throws EngineException {
        Instant deadline = Instant.now().plus(timeLimit);
        while (true) {
            ContainerState state = engine.inspect(id);
            if (!state.running() && !"created".equals(state.status())) {
                return OptionalInt.of(state.exitCode());
            }
            if (Instant.now().isAfter(deadline)) {
                return OptionalInt.empty();
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException.ContainerFailed("Interrupted while waiting for " + id, e);
            }
        }
    }

    /** The mounted folders, owner-only, and the secret files, as {@code ManagedContainer} makes them for the provider. */
    private static void prepare(ContainerSpec spec) throws EngineException {
        try {
            OwnerOnly.createFolders(spec.configDir());
            OwnerOnly.createFolders(spec.dataDir());
            ProviderSecrets.write(spec);
        } catch (IOException e) {
            throw new EngineException.ContainerFailed("Cannot prepare the folders of " + spec.name() + " in "
                    + spec.dataDir().getParent() + ": " + e, e);
        }
    }

    private static void erase(Path work) {
        if (!Files.exists(work)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Cannot remove the one-off container's folder {}: {}", work, e.toString());
        }
    }
}
