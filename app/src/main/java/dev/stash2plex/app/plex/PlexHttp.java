package dev.stash2plex.app.plex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exchange with Plex Media Server: JSON asked for with {@code Accept}, the token sent only in the
 * {@code X-Plex-Token} header (never in a URL, so it cannot end up in a log line or a proxy's access
 * log), transport failures and refused tokens turned into {@link PlexException}s. Everything else
 * about the status is the caller's business, because what a 400 or 409 means depends on the call.
 */
final class PlexHttp implements AutoCloseable {

    /** A status and body; {@link #json()} reads the body the way PMS sends it with {@code Accept: application/json}. */
    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json(String what) throws PlexException {
            try {
                JsonNode node = JSON.readTree(body);
                if (node == null || !node.isObject()) {
                    throw new PlexException.Rejected(what + ": the answer is not a JSON object");
                }
                return node;
            } catch (JsonProcessingException e) {
                throw new PlexException.Rejected(what + ": the answer is not JSON (" + shortBody() + ")");
            }
        }

        /** The start of the body on one line, for a log or an error detail (PMS sends short HTML error pages). */
        String shortBody() {
            String flat = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
            return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PlexHttp.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlexTarget target;
    private final HttpClient client;

    PlexHttp(PlexTarget target, Duration connectTimeout) {
        this.target = target;
        // Plex's admin API answers on the address it was asked; a redirect would be something else.
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static String query(String name, String value) {
        return name + "=" + encode(value);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Sends without the token: for {@code /identity}, which PMS answers to anyone. */
    Answer anonymous(String method, String pathAndQuery, Duration timeout) throws PlexException {
        return send(method, pathAndQuery, false, timeout);
    }

    Answer authorized(String method, String pathAndQuery, Duration timeout) throws PlexException {
        return send(method, pathAndQuery, true, timeout);
    }

    private Answer send(String method, String pathAndQuery, boolean withToken, Duration timeout) throws PlexException {
        URI uri = target.resolve(pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("X-Plex-Product", "Stash2Plex")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (withToken) {
            request.header("X-Plex-Token", target.token().reveal());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.info("Plex {} {} failed: {}", method, pathAndQuery, e.toString());
            Failure failure = reason(e, timeout);
            throw new PlexException.Unreachable(target.url().toString(), failure.why(), failure.text(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlexException.Unreachable(target.url().toString(), PlexException.Unreachable.Why.OTHER, "interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new PlexException.Unreachable(target.url().toString(), PlexException.Unreachable.Why.INVALID_ADDRESS,
                    "the address is not a valid URL", e);
        }
        Answer answer = new Answer(response.statusCode(), response.body() == null ? "" : response.body());
        LOG.info("Plex {} {} answered {}", method, pathAndQuery, answer.status());
        if (answer.status() == 401 || answer.status() == 403) {
            throw new PlexException.Unauthorized("Plex answered " + answer.status() + " to " + method + " " + uri.getPath());
        }
        return answer;
    }

    private record Failure(PlexException.Unreachable.Why why, String text) {
    }

    private static Failure reason(IOException e, Duration timeout) {
        Throwable cause = e;
        while (cause != null) {
            switch (cause) {
                case HttpTimeoutException _ -> {
                    return new Failure(PlexException.Unreachable.Why.TIMEOUT, "no answer within " + timeout.toSeconds() + " s");
                }
                case ConnectException c when c.getCause() instanceof UnresolvedAddressException -> {
                    return new Failure(PlexException.Unreachable.Why.UNKNOWN_HOST, "unknown host name");
                }
                case UnknownHostException _ -> {
                    return new Failure(PlexException.Unreachable.Why.UNKNOWN_HOST, "unknown host name");
                }
                case ConnectException _ -> {
                    return new Failure(PlexException.Unreachable.Why.REFUSED, "connection refused");
                }
                case SSLException s -> {
                    return new Failure(PlexException.Unreachable.Why.OTHER, "the HTTPS connection failed (" + s.getMessage() + ")");
                }
                default -> cause = cause.getCause();
            }
        }
        return new Failure(PlexException.Unreachable.Why.OTHER, e.toString());
    }

    @Override
    public void close() {
        client.close();
    }
}
