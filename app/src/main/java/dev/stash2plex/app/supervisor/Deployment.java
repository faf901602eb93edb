package dev.stash2plex.app.supervisor;

import dev.stash2plex.app.docker.ContainerEngine;
import dev.stash2plex.app.docker.ContainerState;
import dev.stash2plex.app.docker.EngineException;
import dev.stash2plex.app.docker.ImageProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the supervisor needs from the Docker layer to put the provider in place: the image, then the
 * container for the current settings. Both calls block and are idempotent, so the supervisor can
 * simply call them again after any failure.
 */
public interface Deployment {

    /** Builds the provider image when it is missing or older than the bundled one; returns its tag. */
    String image(ContainerEngine engine, Consumer<ImageProgress> progress) throws EngineException;

    /**
     * The managed container for these settings, not started: adopted when one with the same settings
     * exists (also after an app restart), otherwise created, replacing an older one.
     *
     * @param environment {@code NAME=value} entries from the env file
     * @param pathRules the saved path rules as {@code provider.yml} holds them ({@link dev.stash2plex.app.settings.AppSettings#pathRulesYaml})
     * @param configDir mounted read-only at {@code /config}
     * @param dataDir mounted read-write at {@code /data}
     * @param beforeReplacing told the id of a container about to be stopped and removed for these settings, before
     *                        the stop, so that stop is known as the app's own
     */
    ContainerState container(ContainerEngine engine, String image, List<String> environment, String pathRules, int port,
                             Path configDir, Path dataDir, Consumer<String> beforeReplacing) throws EngineException;
}
