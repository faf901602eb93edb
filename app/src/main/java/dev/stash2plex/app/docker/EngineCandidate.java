package dev.stash2plex.app.docker;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One place a Docker-compatible engine may answer, as {@link EngineLocator} tries it.
 *
 * @param description what it is, in words, for the "tried …" list: {@code Podman (rootless)}
 * @param endpoint {@code unix:///…}, {@code npipe:////./pipe/…} or {@code tcp://host:port}
 * @param kind what answers there if anything does (Docker, Docker Desktop, Colima, Podman…); empty
 *             when only the engine can tell ({@code DOCKER_HOST})
 * @param tlsCertDir client certificates for a {@code tcp} endpoint with {@code DOCKER_TLS_VERIFY}; else null
 */
public record EngineCandidate(String description, URI endpoint, String kind, Path tlsCertDir) {

    static EngineCandidate socket(String description, Path socket, String kind) {
        try {
            // Built from parts so a home folder with spaces becomes a valid URI (getPath() decodes it back).
            return new EngineCandidate(description, new URI("unix", "", socket.toString(), null), kind, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a socket path: " + socket, e);
        }
    }

    static EngineCandidate pipe(String description, String pipeName, String kind) {
        // Four slashes: npipe://./pipe/x would be read as a host "." (docker-java#1464).
        return new EngineCandidate(description, URI.create("npipe:////./pipe/" + pipeName), kind, null);
    }

    /** The socket file a {@code unix} endpoint needs; empty for pipes and TCP. */
    public Optional<Path> socketFile() {
        return "unix".equals(endpoint.getScheme()) ? Optional.of(Path.of(endpoint.getPath())) : Optional.empty();
    }

    /** {@code unix:///var/run/docker.sock}, with the path decoded: for messages. */
    public String location() {
        return socketFile().map(socket -> "unix://" + socket).orElse(endpoint.toString());
    }
}
