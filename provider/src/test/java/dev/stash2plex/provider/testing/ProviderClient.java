package dev.stash2plex.provider.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks to a running provider the way Plex does, over real HTTP, and keeps every answer it saw. */
public final class ProviderClient {

    /** One answer, with the raw body kept for "is it JSON / does it leak" checks. */
    public record Answer(int status, String contentType, String body, JsonNode json) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final URI base;
    private final StringBuilder everything = new StringBuilder();

    public ProviderClient(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The match call as Plex makes it, with the language and country as query parameters. */
    public Answer match(String json) {
        return post("/library/metadata/matches?X-Plex-Language=en-US&X-Plex-Country=US", json);
    }

    public HttpResponse<byte[]> getBytes(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + url + " failed", e);
        }
    }

    /** Every body and content type this client received, for leak checks. */
    public String everythingReceived() {
        return everything.toString();
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            synchronized (everything) {
                everything.append(response.headers().map()).append(response.body()).append('\n');
            }
            JsonNode json = contentType.startsWith("application/json") ? mapper.readTree(response.body()) : null;
            return new Answer(response.statusCode(), contentType, response.body(), json);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Request to the provider failed", e);
        }
    }
}
