package dev.stash2plex.app.docker;

import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.transport.DockerHttpClient;

/**
 * What kind of engine answered, as far as it can be told: Podman (its Docker-compatible API also
 * answers {@code /libpod/_ping}, which Docker does not: Podman Desktop's "disguised Podman" check),
 * Docker Desktop (it says so in its OperatingSystem), else what the socket's location suggests.
 */
final class EngineKind {

    private EngineKind() {
    }

    static String of(DockerConnection connection, Info info) {
        if (answersLibpod(connection)) {
            return "Podman";
        }
        if (info.getOperatingSystem() != null && info.getOperatingSystem().contains("Docker Desktop")) {
            return "Docker Desktop";
        }
        String hint = connection.candidate().kind();
        return hint.isEmpty() ? "Docker" : hint;
    }

    private static boolean answersLibpod(DockerConnection connection) {
        DockerHttpClient.Request ping = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path("/libpod/_ping").build();
        try (DockerHttpClient.Response response = connection.quickHttp().execute(ping)) {
            return response.getStatusCode() == 200;
        } catch (Exception e) {
            return false;   // no answer to this one is "not Podman", not a failure
        }
    }
}
