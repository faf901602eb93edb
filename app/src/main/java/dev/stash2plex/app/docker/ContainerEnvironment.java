package dev.stash2plex.app.docker;

import dev.stash2plex.app.settings.ThisComputerAddress;
import dev.stash2plex.core.settings.Setting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The environment a provider container gets from the env file's entries. Anyone who may run
 * {@code docker inspect} reads a container's environment, so no secret is in it. The rules:
 * <ul>
 *   <li>The secrets stay out: the Stash API key, the Plex token (Plex's admin key, which the
 *       provider's sync uses) and the admin token reach the provider as files the app writes and
 *       mounts read-only ({@link ProviderSecrets}); the environment only names those files.</li>
 *   <li>The port the provider must listen on, the folder it must keep its data in and the secret
 *       files it must read are set here, as compose's {@code environment:} sets them: a value in the
 *       env file cannot point them elsewhere.</li>
 *   <li>Addresses of this computer are what the user copied from the browser ({@code localhost}); in
 *       the container that is the container, so they become {@code host.docker.internal}
 *       ({@link ThisComputerAddress#forContainer}). The env file keeps what the user typed.</li>
 * </ul>
 */
final class ContainerEnvironment {

    static final String PORT_VARIABLE = Setting.PROVIDER_PORT.envName();
    static final String DATA_DIR_VARIABLE = Setting.DATA_DIR.envName();
    /** Where the data folder is mounted, and so where the provider must keep its data (compose sets the same). */
    static final String DATA_MOUNT = "/data";
    /** Addresses the provider calls out to, so they must be reachable from inside the container. */
    static final Set<String> OUTBOUND_URLS = Set.of(Setting.STASH_URL.envName(), Setting.PLEX_URL.envName());
    /** Variables the app sets itself, whatever the env file says; the secrets go in files instead. */
    private static final Set<String> SET_HERE = setHere();

    private ContainerEnvironment() {
    }

    /**
     * {@code NAME=value} entries, in the env file's order, then the port, the data folder and,
     * for each secret the environment holds, the file the provider reads it from.
     */
    static List<String> of(ContainerSpec spec) {
        List<String> env = new ArrayList<>();
        spec.environment().stream()
                .filter(entry -> !SET_HERE.contains(name(entry)))
                .map(ContainerEnvironment::asSeenFromContainer)
                .forEach(env::add);
        env.add(PORT_VARIABLE + "=" + spec.port());
        env.add(DATA_DIR_VARIABLE + "=" + DATA_MOUNT);
        for (ProviderSecrets.Secret secret : ProviderSecrets.ALL) {
            if (secret(spec, secret).isPresent()) {
                env.add(secret.fileVariable().envName() + "=" + secret.path());
            }
        }
        return List.copyOf(env);
    }

    /** The env file's Stash API key, if it holds one that is not blank. */
    static Optional<String> stashApiKey(ContainerSpec spec) {
        return secret(spec, ProviderSecrets.STASH_API_KEY);
    }

    /** The environment's value of this secret, if it holds one that is not blank. */
    static Optional<String> secret(ContainerSpec spec, ProviderSecrets.Secret secret) {
        return EnvEntries.last(spec.environment(), secret.value().envName());
    }

    private static Set<String> setHere() {
        Set<String> names = new HashSet<>(Set.of(PORT_VARIABLE, DATA_DIR_VARIABLE));
        for (ProviderSecrets.Secret secret : ProviderSecrets.ALL) {
            names.add(secret.value().envName());
            names.add(secret.fileVariable().envName());
        }
        return Set.copyOf(names);
    }

    private static String asSeenFromContainer(String entry) {
        String name = name(entry);
        if (!OUTBOUND_URLS.contains(name) || !entry.contains("=")) {
            return entry;
        }
        return name + "=" + ThisComputerAddress.forContainer(entry.substring(entry.indexOf('=') + 1));
    }

    private static String name(String entry) {
        int equals = entry.indexOf('=');
        return equals < 0 ? entry : entry.substring(0, equals);
    }
}
