package dev.stash2plex.app.docker;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything a provider container is created with — the same settings as {@code docker-compose.yml}
 * (published port, host-gateway mapping, environment, read-only config mount, writable data mount,
 * restart policy, read-only root filesystem, all capabilities dropped, no-new-privileges, a small
 * /tmp tmpfs).
 *
 * <p>The environment holds the Stash API key: {@link #toString()} shows the variable names only.
 *
 * @param name the container's name: {@code stash2plex-provider} for the app, a unique one in tests
 * @param environment {@code NAME=value} entries, as read from the env file
 * @param configDir mounted read-only at {@code /config}
 * @param dataDir mounted read-write at {@code /data}: the provider's data (its scene index), kept
 *                when the container is recreated
 * @param labels extra labels; {@code ManagedContainer} adds {@link Labels#MANAGED} and {@link Labels#CONFIG_HASH}
 */
public record ContainerSpec(
        String name,
        String image,
        int port,
        List<String> environment,
        Path configDir,
        Path dataDir,
        RestartPolicy restartPolicy,
        Map<String, String> labels) {

    public ContainerSpec {
        environment = List.copyOf(environment);
        labels = Map.copyOf(labels);
    }

    /**
     * SHA-256 (hex) of what the container is made from: image, environment (sorted, so the env
     * file's line order does not matter), port, config and data folders and restart policy. A
     * different hash means the existing container no longer matches the settings and must be recreated.
     */
    String configHash() {
        ContentHash hash = new ContentHash().add("image").add(image).add("port").add(Integer.toString(port))
                .add("config").add(configDir.toAbsolutePath().normalize().toString())
                .add("data").add(dataDir.toAbsolutePath().normalize().toString())
                .add("restart").add(restartPolicy.name()).add("env");
        environment.stream().sorted().forEach(hash::add);
        return hash.hex();
    }

    /** Names only: the values may be secrets. */
    @Override
    public String toString() {
        String names = environment.stream().map(entry -> entry.contains("=") ? entry.substring(0, entry.indexOf('=')) : entry)
                .collect(Collectors.joining(", ", "[", "]"));
        return "ContainerSpec[name=" + name + ", image=" + image + ", port=" + port + ", environment=" + names
                + ", configDir=" + configDir + ", dataDir=" + dataDir + ", restartPolicy=" + restartPolicy
                + ", labels=" + labels + "]";
    }
}
