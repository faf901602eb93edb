package dev.stash2plex.app.docker;

import java.time.Instant;

/**
 * One engine event about a container.
 *
 * @param action start, die, oom, kill, stop, destroy, health_status: healthy, …
 * @param exitCode the exit code on {@code die}, else null
 */
public record ContainerEvent(String containerId, String action, Integer exitCode, Instant time) {
}
