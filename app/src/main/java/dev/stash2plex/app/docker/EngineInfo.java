package dev.stash2plex.app.docker;

/**
 * @param endpoint where the engine answered, e.g. {@code unix:///var/run/docker.sock}
 * @param kind Docker, Docker Desktop, Podman, Colima… as far as can be told
 */
public record EngineInfo(String endpoint, String kind, String version, String apiVersion, String os) {
}
