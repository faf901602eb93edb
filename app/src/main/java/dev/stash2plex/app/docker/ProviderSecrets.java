package dev.stash2plex.app.docker;

import dev.stash2plex.app.platform.AtomicFile;
import dev.stash2plex.app.platform.OwnerOnly;
import dev.stash2plex.core.settings.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The provider's secrets — the Stash API key, the Plex token its sync uses, the admin token the
 * app's Library window and "Sync now" present — as files the container mounts read-only, never as
 * variables: {@code docker inspect} shows a container's environment to anyone allowed to ask the
 * engine, but not the content of its mounts. The folder ({@code provider-secrets/}, next to the
 * provider's data folder) is the app's and holds nothing else, so mounting it shows the container
 * nothing else; owner-only like the settings the secrets come from.
 */
final class ProviderSecrets {

    /** One secret: the variable the environment holds it in, the one naming its file, the file's name. */
    record Secret(Setting value, Setting fileVariable, String fileName) {

        /** Where the provider reads it, in the container. */
        String path() {
            return MOUNT + "/" + fileName;
        }
    }

    /** Where the folder is mounted in the container. */
    static final String MOUNT = "/run/secrets/stash2plex";
    static final Secret STASH_API_KEY = new Secret(Setting.STASH_API_KEY, Setting.STASH_API_KEY_FILE, "stash-api-key");
    static final Secret PLEX_TOKEN = new Secret(Setting.PLEX_TOKEN, Setting.PLEX_TOKEN_FILE, "plex-token");
    static final Secret ADMIN_TOKEN = new Secret(Setting.ADMIN_TOKEN, Setting.ADMIN_TOKEN_FILE, "admin-token");
    static final List<Secret> ALL = List.of(STASH_API_KEY, PLEX_TOKEN, ADMIN_TOKEN);
    /** What {@code S2P_STASH_API_KEY_FILE} names. */
    static final String KEY_FILE = STASH_API_KEY.path();
    static final String KEY_FILE_NAME = STASH_API_KEY.fileName();

    private ProviderSecrets() {
    }

    /** The folder on the host for this spec: {@code provider-secrets/} beside its data folder. */
    static Path folder(ContainerSpec spec) {
        return spec.dataDir().toAbsolutePath().normalize().resolveSibling("provider-secrets");
    }

    /**
     * Writes each secret the environment holds for the container about to be created (0600,
     * atomically, in a 0700 folder), and deletes a file left from before whose secret is gone.
     */
    static void write(ContainerSpec spec) throws IOException {
        Path folder = folder(spec);
        OwnerOnly.folder(folder);
        for (Secret secret : ALL) {
            Path file = folder.resolve(secret.fileName());
            Optional<String> value = ContainerEnvironment.secret(spec, secret);
            if (value.isPresent()) {
                AtomicFile.write(file, value.get());
            } else {
                Files.deleteIfExists(file);
            }
        }
    }
}
