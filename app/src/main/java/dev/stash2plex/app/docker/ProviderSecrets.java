package dev.stash2plex.app.docker;

import dev.stash2plex.app.platform.AtomicFile;
import dev.stash2plex.app.platform.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Stash API key as a file the container mounts read-only, never as a variable:
 * {@code docker inspect} shows a container's environment to anyone allowed to ask the engine, but
 * not the content of its mounts. The folder ({@code provider-secrets/}, next to the provider's data
 * folder) is the app's and holds nothing else, so mounting it shows the container nothing else;
 * owner-only like the settings the key comes from.
 */
final class ProviderSecrets {

    /** Where the folder is mounted in the container. */
    static final String MOUNT = "/run/secrets/stash2plex";
    static final String KEY_FILE_NAME = "stash-api-key";
    /** What {@code S2P_STASH_API_KEY_FILE} names. */
    static final String KEY_FILE = MOUNT + "/" + KEY_FILE_NAME;

    private ProviderSecrets() {
    }

    /** The folder on the host for this spec: {@code provider-secrets/} beside its data folder. */
    static Path folder(ContainerSpec spec) {
        return spec.dataDir().toAbsolutePath().normalize().resolveSibling("provider-secrets");
    }

    /**
     * Writes the env file's key for the container about to be created (0600, atomically, in a 0700
     * folder), or deletes a key file left from before when the env file has none any more.
     */
    static void write(ContainerSpec spec) throws IOException {
        Path folder = folder(spec);
        OwnerOnly.folder(folder);
        Path file = folder.resolve(KEY_FILE_NAME);
        Optional<String> key = ContainerEnvironment.stashApiKey(spec);
        if (key.isPresent()) {
            AtomicFile.write(file, key.get());
        } else {
            Files.deleteIfExists(file);
        }
    }
}
