package dev.stash2plex.app.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * "Sync now": {@code POST /sync/now} to the provider on this machine's loopback, where the
 * container's port is published. The provider then looks at Plex at once (sections listed again,
 * back-off and a stop after a refused token lifted) and answers with its sync block.
 */
public final class SyncNowRequest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    public SyncNowRequest(HttpClient client) {
        this.client = client;
    }

    public static SyncNowRequest withDefaultClient() {
        return new SyncNowRequest(HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
    }

    /**
     * Blocks for at most a few seconds.
     *
     * @return the provider's words: its sync state, or why it refused (the sync is off, say)
     * @throws HealthProbe.ProbeException no answer, or one that is not the provider's
     */
    public Answer send(int port) throws HealthProbe.ProbeException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sync/now"))
                .timeout(TIMEOUT).header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build();
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
