package dev.stash2plex.provider.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * {@code GET {plex}/identity}, the one Plex Media Server call that answers without sign-in: does a
 * Plex server answer at this address? With a token, it is sent (as a header, never in the URL) and a
 * 401 says the token is refused.
 */
final class PlexIdentity {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    sealed interface Answer {
    }

    record Answered(String version) implements Answer {
    }

    /** @param kind {@code unreachable}, {@code timeout}, {@code unauthorized} or {@code bad-answer}, as Stash's */
    record Failed(String kind, String message) implements Answer {
    }

    private final Duration timeout;

    PlexIdentity(Duration timeout) {
        this.timeout = timeout;
    }

    Answer ask(URI plexUrl, String token) {
        URI identity;
        try {
            String base = plexUrl.toString().replaceAll("/+$", "");
            identity = URI.create(base + "/identity");
        } catch (IllegalArgumentException e) {
            return new Failed("bad-answer", "the Plex address is not a valid URL");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(identity).timeout(timeout).header("Accept", "application/json").GET();
        if (token != null && !token.isBlank()) {
            request.header("X-Plex-Token", token.strip());
        }
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build()) {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                return new Failed("unauthorized", "Plex refused the token (HTTP " + response.statusCode() + ")");
            }
            if (response.statusCode() != 200) {
                return new Failed("bad-answer", "Plex answered HTTP " + response.statusCode() + " at " + identity);
            }
            JsonNode container = JSON.readTree(response.body()).path("MediaContainer");
            if (!container.has("machineIdentifier")) {
                return new Failed("bad-answer", "the answer at " + identity + " is not a Plex Media Server's");
            }
            return new Answered(container.path("version").asText(""));
        } catch (HttpTimeoutException e) {
            return new Failed("timeout", "Plex did not answer within " + timeout.toSeconds() + " s at " + identity);
        } catch (ConnectException e) {
            return new Failed("unreachable", "nothing answers at " + identity + " (" + describe(e) + ")");
        } catch (IOException e) {
            return new Failed(e instanceof com.fasterxml.jackson.core.JsonProcessingException ? "bad-answer" : "unreachable",
                    "cannot ask " + identity + " (" + describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("timeout", "interrupted while asking " + identity);
        }
    }

    /**
     * What the network said, in words: java.net.http wraps the cause, and some causes carry no message
     * (a connection closed at once reads as a bare ClosedChannelException), which the app shows a user.
     */
    static String describe(Throwable e) {
        Throwable root = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case UnresolvedAddressException unresolved -> {
                    return "unknown host";
                }
                case NoRouteToHostException noRoute -> {
                    return "no route to that host";
                }
                case ClosedChannelException closed -> {
                    return "the connection was closed before Plex answered: nothing listens there, or a firewall drops it";
                }
                default -> root = cause;
            }
        }
        return root.getMessage() == null || root.getMessage().isBlank() ? "the network gave no reason" : root.getMessage();
    }
}
