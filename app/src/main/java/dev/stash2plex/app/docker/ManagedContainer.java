package dev.stash2plex.app.docker;

import dev.stash2plex.app.platform.OwnerOnly;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider container the app owns, found by name and by our labels. {@link #ensure} adopts the
 * container a previous run of the app made when it still matches the settings (same id, never a
 * second container), and recreates it when they changed ({@link Labels#CONFIG_HASH}). A container
 * of that name without our {@link Labels#MANAGED} label is the user's: it is never touched.
 * Every method blocks on the engine: run them off the FX thread.
 */
public final class ManagedContainer {

    /** The container's name for the app (tests use their own, in the spec). */
    public static final String NAME = "stash2plex-provider";
    /** Time for the provider to finish its requests after SIGTERM before the engine kills it. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(ManagedContainer.class);

    private final ContainerEngine engine;

    public ManagedContainer(ContainerEngine engine) {
        this.engine = engine;
    }

    /** Our container of that name, running or not. */
    public Optional<ContainerState> find(String name) throws EngineException {
        return engine.containers(Map.of(Labels.MANAGED, "true")).stream()
                .filter(state -> name.equals(state.name()))
                .findFirst();
    }

    /**
     * A container made from this spec exists afterwards (not necessarily running): the existing
     * one if its settings hash matches, else a new one in place of the old.
     *
     * @throws EngineException.Conflict a container of that name exists and is not ours
     */
    public ContainerState ensure(ContainerSpec spec) throws EngineException {
        return ensure(spec, replaced -> { });
    }

    /**
     * {@link #ensure(ContainerSpec)}, telling {@code beforeReplacing} the id of the container it is about to stop
     * and remove, before the stop: whoever watches that container learns the exit is ours, not a crash.
     */
    public ContainerState ensure(ContainerSpec spec, Consumer<String> beforeReplacing) throws EngineException {
        String hash = spec.configHash();
        Optional<ContainerState> existing = find(spec.name());
        if (existing.isPresent() && hash.equals(existing.get().labels().get(Labels.CONFIG_HASH))) {
            LOG.info("Adopting container {} ({})", spec.name(), shortId(existing.get().id()));
            return existing.get();
        }
        if (existing.isPresent()) {
            LOG.info("Settings changed: recreating container {} ({})", spec.name(), shortId(existing.get().id()));
            beforeReplacing.accept(existing.get().id());
            engine.stop(existing.get().id(), STOP_GRACE);
            engine.remove(existing.get().id());
        }
        createMountedFolders(spec);
        Map<String, String> labels = new HashMap<>(spec.labels());
        labels.put(Labels.MANAGED, "true");
        labels.put(Labels.CONFIG_HASH, hash);
        try {
            String id = engine.create(spec.withLabels(labels));
            LOG.info("Created container {} ({}) from {}", spec.name(), shortId(id), spec.image());
            return engine.inspect(id);
        } catch (EngineException.Conflict e) {
            throw new EngineException.Conflict("A container named " + spec.name()
                    + " exists and was not made by Stash2Plex: rename or remove it (docker rm " + spec.name() + ")", e);
        }
    }

    /** {@link #ensure}, then started if it is not running; returns its state after the start. */
    public ContainerState start(ContainerSpec spec) throws EngineException {
        ContainerState state = ensure(spec);
        if (!state.running()) {
            engine.start(state.id());
            LOG.info("Started container {} ({})", spec.name(), shortId(state.id()));
        }
        return engine.inspect(state.id());
    }

    /** Stops our container of that name, with {@link #STOP_GRACE}; nothing to do when there is none. */
    public void stop(String name) throws EngineException {
        Optional<ContainerState> existing = find(name);
        if (existing.isPresent()) {
            engine.stop(existing.get().id(), STOP_GRACE);
            LOG.info("Stopped container {} ({})", name, shortId(existing.get().id()));
        }
    }

    /** Stop, then {@link #start}: picks up changed settings on the way. */
    public ContainerState restart(ContainerSpec spec) throws EngineException {
        stop(spec.name());
        return start(spec);
    }

    /** Stops and removes our container of that name; nothing to do when there is none. */
    public void remove(String name) throws EngineException {
        Optional<ContainerState> existing = find(name);
        if (existing.isPresent()) {
            engine.stop(existing.get().id(), STOP_GRACE);
            engine.remove(existing.get().id());
            LOG.info("Removed container {} ({})", name, shortId(existing.get().id()));
        }
    }

    /**
     * The engine creates a missing bind source as root; made here, it belongs to the user, whom
     * {@link ContainerUser} runs the provider as where owners matter. Both folders are made
     * owner-only like the settings (the config folder holds {@code provider.yml}, the index lists the
     * user's library); folders that exist are left as they are. The Stash API key is written here,
     * for the container about to be made from the spec ({@link ProviderSecrets}): this class alone
     * creates the container, so the key file always matches the container's configuration hash.
     */
    private static void createMountedFolders(ContainerSpec spec) throws EngineException.ContainerFailed {
        try {
            OwnerOnly.createFolders(spec.configDir());
        } catch (IOException e) {
            throw new EngineException.ContainerFailed("Cannot create the config folder " + spec.configDir() + ": " + e, e);
        }
        try {
            OwnerOnly.createFolders(spec.dataDir());
        } catch (IOException e) {
            throw new EngineException.ContainerFailed("Cannot create the data folder " + spec.dataDir() + ": " + e, e);
        }
        try {
            ProviderSecrets.write(spec);
        } catch (IOException e) {
            throw new EngineException.ContainerFailed("Cannot write the Stash API key file in "
                    + ProviderSecrets.folder(spec) + ": " + e, e);
        }
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
