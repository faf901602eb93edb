package dev.stash2plex.app.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.access.AdminHeader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Sync now": {@code POST /sync/now} to the provider on this machine's loopback, where the
 * container's port is published. The provider then looks at Plex at once (sections listed again,
 * back-off and a stop after a refused token lifted) and answers with its sync block. It answers only
 * admins, and a container sees this app arrive through Docker's port forwarding, not on loopback, so
 * the admin token goes in its header, as the Library window's requests send it.
 */
public final class SyncNowRequest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client;
    private final Supplier<Optional<String>> adminToken;
    private final ObjectMapper json = new ObjectMapper();

    /** @param adminToken the admin token the provider answers (read at each request: it may change with the settings) */
    public SyncNowRequest(HttpClient client, Supplier<Optional<String>> adminToken) {
        this.client = client;
        this.adminToken = adminToken;
    }

    public static SyncNowRequest withDefaultClient(Supplier<Optional<String>> adminToken) {
        return new SyncNowRequest(HttpClient.newBuilder().connectTimeout(TIMEOUT).build(), adminToken);
    }

    /**
     * Blocks for at most a few seconds.
     *
     * @return the provider's words: its sync state, or why it refused (the sync is off, say)
     * @throws HealthProbe.ProbeException no answer, or one that is not the provider's
     */
    public Answer send(int port) throws HealthProbe.ProbeException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sync/now"))
                .timeout(TIMEOUT).header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody());
        adminToken.get().filter(token -> !token.isBlank()).ifPresent(token -> builder.header(AdminHeader.NAME, token));
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = json.readTree(response.body());
            return response.statusCode() == 202 ? new Answer(true, body.path("state").asText())
                    : new Answer(false, body.path("message").asText("HTTP " + response.statusCode()));
        } catch (IOException e) {
            throw new HealthProbe.ProbeException(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HealthProbe.ProbeException("interrupted", e);
        }
    }

    /** @param accepted the provider took it; {@code said} is then its sync state, otherwise its reason */
    public record Answer(boolean accepted, String said) {
    }
}
