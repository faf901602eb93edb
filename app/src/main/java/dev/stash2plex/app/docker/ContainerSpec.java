package dev.stash2plex.app.docker;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a provider container is created with — the same settings as {@code docker-compose.yml}
 * (published port, host-gateway mapping, environment, read-only config mount, restart policy,
 * read-only root filesystem, all capabilities dropped, no-new-privileges, a small /tmp tmpfs).
 *
 * @param environment {@code NAME=value} entries, as read from the env file
 * @param configDir mounted read-only at {@code /config}
 */
public record ContainerSpec(
        String name,
        String image,
        int port,
        List<String> environment,
        Path configDir,
        RestartPolicy restartPolicy,
        Map<String, String> labels) {

    public ContainerSpec {
        environment = List.copyOf(environment);
        labels = Map.copyOf(labels);
    }
}
