package dev.stash2plex.app.plex.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.app.plex.PlexException;
import dev.stash2plex.app.settings.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Plex account service's calls the app makes: create a sign-in PIN, read it back, list the
 * account's servers. Every request carries the app's {@link ClientIdentity} headers and asks for JSON;
 * a token travels only in the {@code X-Plex-Token} header, never in a URL or a log line. Blocks: never
 * on the FX thread.
 */
public final class PlexTv implements AutoCloseable {

    static final String PINS = "/api/v2/pins";
    static final String RESOURCES = "/api/v2/resources";

    private static final Logger LOG = LoggerFactory.getLogger(PlexTv.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlexTvEndpoints endpoints;
    private final ClientIdentity identity;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient client;

    public PlexTv(PlexTvEndpoints endpoints, ClientIdentity identity, Duration timeout, Clock clock) {
        this.endpoints = endpoints;
        this.identity = identity;
        this.timeout = timeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public PlexTvEndpoints endpoints() {
        return endpoints;
    }

    public ClientIdentity identity() {
        return identity;
    }

    /** {@code POST /api/v2/pins?strong=true}: a long PIN meant for a sign-in page, not for typing. */
    public Pin createPin() throws PlexException {
        JsonNode pin = object(send("POST", PINS + "?strong=true", Optional.empty()), 201, "POST " + PINS);
        return pin(pin);
    }

    /**
     * {@code GET /api/v2/pins/{id}}: the PIN, with the token once the user approved it; empty when
     * plex.tv no longer knows it (expired).
     */
    public Optional<Pin> checkPin(Pin pin) throws PlexException {
        HttpResponse<String> answer = send("GET", PINS + "/" + pin.id(), Optional.empty());
        if (answer.statusCode() == 404) {
            return Optional.empty();
        }
        JsonNode node = object(answer, 200, "GET " + PINS + "/{id}");
        String token = node.path("authToken").isTextual() ? node.path("authToken").asText().strip() : "";
        return Optional.of(new Pin(pin.id(), pin.code(), pin.expiresAt(),
                token.isEmpty() ? Optional.empty() : Optional.of(new Secret(token))));
    }

    /** {@code GET /api/v2/resources}: the account's devices that provide {@code server}, with every connection. */
    public List<PlexResource> servers(Secret token) throws PlexException {
        HttpResponse<String> answer = send("GET", RESOURCES + "?includeHttps=1&includeRelay=1", Optional.of(token));
        JsonNode list = json(answer, 200, "GET " + RESOURCES);
        if (!list.isArray()) {
            throw new PlexException.Rejected("GET " + RESOURCES + ": the answer is not a list");
        }
        List<PlexResource> servers = new ArrayList<>();
        for (JsonNode device : list) {
            if (!List.of(device.path("provides").asText("").split(",")).contains("server")) {
                continue;
            }
            List<PlexConnection> connections = new ArrayList<>();
            for (JsonNode connection : device.path("connections")) {
                try {
                    connections.add(new PlexConnection(URI.create(connection.path("uri").asText()),
                            connection.path("local").asBoolean(false), connection.path("relay").asBoolean(false)));
                } catch (IllegalArgumentException e) {
                    LOG.info("plex.tv lists a connection that is no URL; skipped");
                }
            }
            String accessToken = device.path("accessToken").asText("");
            servers.add(new PlexResource(device.path("name").asText(""), device.path("clientIdentifier").asText(""),
                    device.path("productVersion").asText(""), device.path("owned").asBoolean(false),
                    accessToken.isEmpty() ? token : new Secret(accessToken), connections));
        }
        return servers;
    }

    /** The page the user approves the PIN on; the PIN is in the fragment, so it never reaches a server's log. */
    public URI signInPage(Pin pin) {
        String fragment = "?clientID=" + encode(identity.clientIdentifier()) + "&code=" + encode(pin.code())
                + "&context%5Bdevice%5D%5Bproduct%5D=" + encode(identity.product());
        return URI.create(endpoints.signInPage() + "#" + fragment);
    }

    private Pin pin(JsonNode node) throws PlexException {
        long id = node.path("id").asLong(-1);
        String code = node.path("code").asText("");
        long expiresIn = node.path("expiresIn").asLong(0);
        if (id < 0 || code.isEmpty() || expiresIn <= 0) {
            throw new PlexException.Rejected("POST " + PINS + ": the answer has no id, code or expiresIn");
        }
        return new Pin(id, code, clock.instant().plusSeconds(expiresIn), Optional.empty());
    }

    private HttpResponse<String> send(String method, String pathAndQuery, Optional<Secret> token) throws PlexException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoints.resolve(pathAndQuery))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("X-Plex-Client-Identifier", identity.clientIdentifier())
                .header("X-Plex-Product", identity.product())
                .header("X-Plex-Version", identity.version())
                .method(method, HttpRequest.BodyPublishers.noBody());
        token.ifPresent(t -> request.header("X-Plex-Token", t.reveal()));
        String path = pathAndQuery.replaceAll("\\?.*", "");
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (path.startsWith(PINS + "/")) {
                LOG.debug("plex.tv {} {} answered {}", method, path, response.statusCode()); // every poll: not for the log file
            } else {
                LOG.info("plex.tv {} {} answered {}", method, path, response.statusCode());
            }
            if (token.isPresent() && (response.statusCode() == 401 || response.statusCode() == 422)) {
                throw new PlexException.SignedOut("plex.tv answered " + response.statusCode() + " to " + method + " " + path);
            }
            return response;
        } catch (IOException e) {
            String reason = token.map(t -> t.redact(reason(e))).orElse(reason(e));
            LOG.info("plex.tv {} {} failed: {}", method, path, reason);
            throw new PlexException.AccountUnreachable(reason, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlexException.AccountUnreachable("interrupted", null);
        }
    }

    private String reason(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case java.net.http.HttpTimeoutException _ -> {
                    return "no answer within " + timeout.toSeconds() + " s";
                }
                case java.net.UnknownHostException _ -> {
                    return "unknown host name";
                }
                case java.net.ConnectException c when c.getCause() instanceof java.nio.channels.UnresolvedAddressException -> {
                    return "unknown host name";
                }
                case java.net.ConnectException _ -> {
                    return "connection refused";
                }
                case javax.net.ssl.SSLException _ -> {
                    return "the HTTPS connection failed";
                }
                default -> {
                }
            }
        }
        return e.getClass().getSimpleName();
    }

    private static JsonNode object(HttpResponse<String> answer, int expected, String what) throws PlexException {
        JsonNode node = json(answer, expected, what);
        if (!node.isObject()) {
            throw new PlexException.Rejected(what + ": the answer is not a JSON object");
        }
        return node;
    }

    private static JsonNode json(HttpResponse<String> answer, int expected, String what) throws PlexException {
        if (answer.statusCode() != expected && !(expected == 201 && answer.statusCode() == 200)) {
            throw new PlexException.Rejected(what + " answered HTTP " + answer.statusCode());
        }
        try {
            return JSON.readTree(answer.body() == null ? "" : answer.body());
        } catch (JsonProcessingException e) {
            throw new PlexException.Rejected(what + ": the answer is not JSON");
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        client.close();
    }
}
