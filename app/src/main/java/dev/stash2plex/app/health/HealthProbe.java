package dev.stash2plex.app.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Asks the provider for {@code GET /health} on this machine's loopback, where the container's port is
 * published. Short timeouts: a provider that does not answer within them counts as not answering.
 */
public final class HealthProbe implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    public HealthProbe(HttpClient client) {
        this.client = client;
    }

    public static HealthProbe withDefaultClient() {
        return new HealthProbe(HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
    }

    /** Blocks for at most about two timeouts. */
    @Override
    public ProviderHealth check(int port) throws ProbeException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(TIMEOUT).GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProbeException(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new ProbeException("HTTP " + response.statusCode(), null);
        }
        return parse(response.body());
    }

    ProviderHealth parse(String body) throws ProbeException {
        try {
            JsonNode root = json.readTree(body);
            JsonNode stash = root.path("stash");
            return new ProviderHealth("ok".equals(root.path("status").asText()), text(root.path("version")),
                    text(stash.path("version")), text(stash.path("last_error")), index(root.path("index")), sync(root.path("sync")));
        } catch (IOException e) {
            throw new ProbeException("not a health answer: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The {@code index} block; numbers the provider sends as null (not known yet) stay null. */
    private static IndexHealth index(JsonNode index) {
        if (!index.isObject()) {
            return IndexHealth.NOT_REPORTED;
        }
        JsonNode total = index.path("total");
        JsonNode percent = index.path("percent");
        return new IndexHealth(IndexHealth.State.of(text(index.path("state"))), Math.max(0, index.path("loaded").asLong()),
                total.isIntegralNumber() ? total.asLong() : null,
                percent.isNumber() ? Math.clamp(Math.round(percent.asDouble()), 0, 100) : null);
    }

    /** The {@code sync} block; a timestamp that does not parse is left out rather than failing the probe. */
    private static SyncHealth sync(JsonNode sync) {
        if (!sync.isObject()) {
            return SyncHealth.NOT_REPORTED;
        }
        Instant since = null;
        try {
            since = text(sync.path("failing_since")) == null ? null : Instant.parse(sync.path("failing_since").asText());
        } catch (DateTimeParseException ignored) {
            // shown without "since"
        }
        return new SyncHealth(SyncHealth.State.of(text(sync.path("state"))), text(sync.path("reason")),
                Math.max(0, sync.path("waiting").asInt()), Math.max(0, sync.path("parked").asInt()), since);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    /** The provider did not answer, or not with a health document. */
    public static final class ProbeException extends Exception {
        public ProbeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
