package dev.stash2plex.app.docker;

import dev.stash2plex.provider.config.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The environment a provider container gets from the env file's entries. Two rules:
 * <ul>
 *   <li>What only the app uses stays out: the Plex token (the app's Plex window registers the
 *       provider with it; the provider itself never calls Plex with it). Anyone who may run
 *       {@code docker inspect} reads a container's environment, and this token is Plex's admin key.</li>
 *   <li>The port the provider must listen on and the folder it must keep its data in are set here,
 *       as compose's {@code environment:} sets them: a value in the env file cannot point them elsewhere.</li>
 * </ul>
 */
final class ContainerEnvironment {

    static final String PORT_VARIABLE = Setting.PROVIDER_PORT.envName();
    static final String DATA_DIR_VARIABLE = Setting.DATA_DIR.envName();
    /** Where the data folder is mounted, and so where the provider must keep its data (compose sets the same). */
    static final String DATA_MOUNT = "/data";
    /** Variables the env file holds for the app alone. */
    static final Set<String> APP_ONLY = Set.of(Setting.PLEX_TOKEN.envName());

    private ContainerEnvironment() {
    }

    /** {@code NAME=value} entries, in the env file's order, then the port and the data folder. */
    static List<String> of(ContainerSpec spec) {
        List<String> env = new ArrayList<>();
        spec.environment().stream()
                .filter(entry -> !APP_ONLY.contains(name(entry)))
                .filter(entry -> !name(entry).equals(PORT_VARIABLE) && !name(entry).equals(DATA_DIR_VARIABLE))
                .forEach(env::add);
        env.add(PORT_VARIABLE + "=" + spec.port());
        env.add(DATA_DIR_VARIABLE + "=" + DATA_MOUNT);
        return List.copyOf(env);
    }

    private static String name(String entry) {
        int equals = entry.indexOf('=');
        return equals < 0 ? entry : entry.substring(0, equals);
    }
}
