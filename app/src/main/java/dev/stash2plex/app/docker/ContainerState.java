package dev.stash2plex.app.docker;

import java.time.Instant;
import java.util.Map;

/**
 * A container as the engine reports it.
 *
 * @param status created, running, restarting, exited, paused, dead
 * @param health starting, healthy, unhealthy, or null when the image has no health check
 * @param exitCode the last exit code; meaningful once the container has stopped
 * @param startedAt null if never started
 * @param finishedAt null if it never stopped
 */
public record ContainerState(
        String id,
        String name,
        String image,
        String status,
        String health,
        int exitCode,
        boolean oomKilled,
        int restartCount,
        Instant startedAt,
        Instant finishedAt,
        Map<String, String> labels) {

    public ContainerState {
        labels = Map.copyOf(labels);
    }

    public boolean running() {
        return "running".equals(status);
    }
}
