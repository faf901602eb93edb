package dev.stash2plex.app.docker;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything a provider container is created with — the same settings as {@code docker-compose.yml}
 * (published port, host-gateway mapping, environment, read-only config mount, writable data mount,
 * read-only mount of the Stash API key file ({@link ProviderSecrets}),
 * restart policy, read-only root filesystem, all capabilities dropped, no-new-privileges, a small
 * /tmp tmpfs, memory, PID and log limits).
 *
 * <p>The environment holds the Stash API key: {@link #toString()} shows the variable names only, and
 * the container gets the key as a file ({@link ContainerEnvironment}).
 *
 * @param name the container's name: {@code stash2plex-provider} for the app, a unique one in tests
 * @param environment {@code NAME=value} entries, as read from the env file; {@link ContainerEnvironment}
 *                    decides which of them the container gets
 * @param pathRules the path rules as the provider reads them from {@code /config/provider.yml}; only
 *                  hashed here (the settings store writes the file), so that new rules make a new container
 * @param configDir mounted read-only at {@code /config}
 * @param dataDir mounted read-write at {@code /data}: the provider's data (its scene index), kept
 *                when the container is recreated
 * @param limits memory, PIDs and log files
 * @param labels extra labels; {@code ManagedContainer} adds {@link Labels#MANAGED} and {@link Labels#CONFIG_HASH}
 */
public record ContainerSpec(
        String name,
        String image,
        int port,
        List<String> environment,
        String pathRules,
        Path configDir,
        Path dataDir,
        RestartPolicy restartPolicy,
        ContainerLimits limits,
        Map<String, String> labels) {

    public ContainerSpec {
        environment = List.copyOf(environment);
        labels = Map.copyOf(labels);
    }

    /** With no path rules and the provider's limits ({@link ContainerLimits#PROVIDER}). */
    public ContainerSpec(String name, String image, int port, List<String> environment, Path configDir, Path dataDir,
                         RestartPolicy restartPolicy, Map<String, String> labels) {
        this(name, image, port, environment, "", configDir, dataDir, restartPolicy, ContainerLimits.PROVIDER, labels);
    }

    /** With no path rules. */
    public ContainerSpec(String name, String image, int port, List<String> environment, Path configDir, Path dataDir,
                         RestartPolicy restartPolicy, ContainerLimits limits, Map<String, String> labels) {
        this(name, image, port, environment, "", configDir, dataDir, restartPolicy, limits, labels);
    }

    public ContainerSpec withPathRules(String rules) {
        return new ContainerSpec(name, image, port, environment, rules, configDir, dataDir, restartPolicy, limits, labels);
    }

    ContainerSpec withLabels(Map<String, String> replaced) {
        return new ContainerSpec(name, image, port, environment, pathRules, configDir, dataDir, restartPolicy, limits,
                replaced);
    }

    /**
     * SHA-256 (hex) of what the container is made from: image, the environment it gets (sorted, so
     * the env file's line order does not matter), the secrets it reads from files, the path rules
     * it reads from {@code provider.yml}, port, config and data folders, restart policy and limits: all
     * the provider reads, once, at its start. A different hash means the existing container no longer matches the settings and must
     * be recreated; so a container from a version of the app that set other limits, or none, is too.
     */
    String configHash() {
        ContentHash hash = new ContentHash().add("image").add(image).add("port").add(Integer.toString(port))
                .add("config").add(configDir.toAbsolutePath().normalize().toString())
                .add("data").add(dataDir.toAbsolutePath().normalize().toString())
                .add("restart").add(restartPolicy.name());
        limits.addTo(hash);
        hash.add("env");
        ContainerEnvironment.of(this).stream().sorted().forEach(hash::add);
        // The secrets are in files, not in the environment, yet a new one must make a new container;
        // only this digest of them reaches the container's label.
        for (ProviderSecrets.Secret secret : ProviderSecrets.ALL) {
            hash.add(secret.fileName()).add(ContainerEnvironment.secret(this, secret).orElse(""));
        }
        // The rules live in the mounted file, not in the environment; the provider reads them only at its start.
        hash.add("path-rules").add(pathRules);
        return hash.hex();
    }

    /** Names only: the values may be secrets. */
    @Override
    public String toString() {
        String names = environment.stream().map(entry -> entry.contains("=") ? entry.substring(0, entry.indexOf('=')) : entry)
                .collect(Collectors.joining(", ", "[", "]"));
        return "ContainerSpec[name=" + name + ", image=" + image + ", port=" + port + ", environment=" + names
                + ", pathRules=" + pathRules.length() + " chars, configDir=" + configDir + ", dataDir=" + dataDir + ", restartPolicy=" + restartPolicy
                + ", limits=" + limits + ", labels=" + labels + "]";
    }
}
