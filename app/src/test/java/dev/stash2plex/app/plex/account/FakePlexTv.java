package dev.stash2plex.app.plex.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * plex.tv for tests, on a real socket on 127.0.0.1: the account API's PIN sign-in ({@code POST
 * /api/v2/pins}, {@code GET /api/v2/pins/{id}}), the account's devices ({@code GET /api/v2/resources})
 * and the user ({@code GET /api/v2/user}), with plex.tv's JSON field names. A PIN carries its
 * {@code authToken} once the test {@link #approve approves} its code, as the user does on the sign-in
 * page; after {@code expiresIn} it is gone (404). Every request is recorded, so tests check where the
 * token travelled.
 */
public final class FakePlexTv implements AutoCloseable {

    /** One request as plex.tv saw it. */
    public record Request(String method, String path, String query, String clientIdentifier, String product, String token) {
    }

    /** A server of the account. */
    public record Server(String name, String clientIdentifier, String productVersion, boolean owned, String accessToken,
                         List<Connection> connections) {
    }

    /** One of a server's addresses as plex.tv lists it. */
    public record Connection(String protocol, String address, int port, boolean local, boolean relay) {
        String uri() {
            return protocol + "://" + address + ":" + port;
        }
    }

    private record PinState(long id, String code, String clientIdentifier, String product, Instant expiresAt, String authToken) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<Long, PinState> pins = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Server> servers = new CopyOnWriteArrayList<>();
    private final AtomicLong nextPin = new AtomicLong(4_100_000);
    private final String accountToken;
    private volatile Duration pinLifetime = Duration.ofSeconds(1800);

    private FakePlexTv(String accountToken) throws IOException {
        this.accountToken = accountToken;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** @param accountToken the token a sign-in hands out (a test value, never a real-looking one) */
    public static FakePlexTv start(String accountToken) {
        try {
            return new FakePlexTv(accountToken);
        } catch (IOException e) {
            throw new IllegalStateException("FakePlexTv did not start", e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The fake's API and a sign-in page address under it (nothing serves that page: tests capture it). */
    public PlexTvEndpoints endpoints() {
        return new PlexTvEndpoints(url(), URI.create(url() + "/auth"));
    }

    public void pinLifetime(Duration lifetime) {
        pinLifetime = lifetime;
    }

    public void addServer(Server server) {
        servers.add(server);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The user approved this code on the sign-in page; false when no live PIN has it. */
    public boolean approve(String code) {
        Optional<PinState> pin = pins.values().stream().filter(p -> p.code().equals(code)).findFirst();
        pin.ifPresent(p -> pins.put(p.id(), new PinState(p.id(), p.code(), p.clientIdentifier(), p.product(), p.expiresAt(), accountToken)));
        return pin.isPresent();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String client = exchange.getRequestHeaders().getFirst("X-Plex-Client-Identifier");
            String token = exchange.getRequestHeaders().getFirst("X-Plex-Token");
            requests.add(new Request(method, path, query, client, exchange.getRequestHeaders().getFirst("X-Plex-Product"), token));
            if (client == null || client.isBlank()) {
                error(exchange, 400, 1000, "X-Plex-Client-Identifier is missing");
            } else if (method.equals("POST") && path.equals("/api/v2/pins")) {
                createPin(exchange, client, exchange.getRequestHeaders().getFirst("X-Plex-Product"),
                        query != null && query.contains("strong=true"));
            } else if (method.equals("GET") && path.matches("/api/v2/pins/\\d+")) {
                checkPin(exchange, client, Long.parseLong(path.substring("/api/v2/pins/".length())));
            } else if (!accountToken.equals(token)) {
                error(exchange, 401, 1001, "User could not be authenticated");
            } else if (method.equals("GET") && path.equals("/api/v2/resources")) {
                send(exchange, 200, resources());
            } else if (method.equals("GET") && path.equals("/api/v2/user")) {
                send(exchange, 200, JSON.createObjectNode().put("id", 1234567).put("uuid", "f00dfeedc0ffee12")
                        .put("username", "stashfan").put("title", "stashfan").put("email", "stashfan@example.invalid"));
            } else {
                error(exchange, 404, 1002, "Not found");
            }
        }
    }

    private void createPin(HttpExchange exchange, String client, String product, boolean strong) throws IOException {
        long id = nextPin.getAndIncrement();
        String code = strong ? "s" + Long.toHexString(id * 7919L) + "strongcode" : Long.toString(id, 36).toUpperCase();
        Instant created = Instant.now();
        long lifetime = pinLifetime.toSeconds();
        PinState pin = new PinState(id, code, client, product, created.plus(pinLifetime), null);
        pins.put(id, pin);
        ObjectNode body = pinJson(pin).put("createdAt", created.toString()).put("expiresIn", lifetime);
        send(exchange, 201, body);
    }

    private void checkPin(HttpExchange exchange, String client, long id) throws IOException {
        PinState pin = pins.get(id);
        if (pin == null || !pin.clientIdentifier().equals(client) || !Instant.now().isBefore(pin.expiresAt())) {
            pins.remove(id);
            error(exchange, 404, 1020, "Code not found or expired");
            return;
        }
        long left = Duration.between(Instant.now(), pin.expiresAt()).toSeconds();
        send(exchange, 200, pinJson(pin).put("expiresIn", left));
    }

    private static ObjectNode pinJson(PinState pin) {
        ObjectNode body = JSON.createObjectNode().put("id", pin.id()).put("code", pin.code()).put("product", pin.product())
                .put("trusted", false).put("clientIdentifier", pin.clientIdentifier()).put("expiresAt", pin.expiresAt().toString());
        if (pin.authToken() == null) {
            body.putNull("authToken");
        } else {
            body.put("authToken", pin.authToken());
        }
        return body;
    }

    private ArrayNode resources() {
        ArrayNode list = JSON.createArrayNode();
        list.addObject().put("name", "Phone").put("product", "Plex for Android").put("provides", "player,controller")
                .put("clientIdentifier", "phone-1").put("owned", true).putArray("connections");
        for (Server s : servers) {
            ObjectNode device = list.addObject().put("name", s.name()).put("product", "Plex Media Server")
                    .put("productVersion", s.productVersion()).put("platform", "Linux").put("clientIdentifier", s.clientIdentifier())
                    .put("provides", "server").put("owned", s.owned()).put("accessToken", s.accessToken())
                    .put("publicAddress", "203.0.113.7").put("httpsRequired", false).put("presence", true);
            ArrayNode connections = device.putArray("connections");
            for (Connection c : s.connections()) {
                connections.addObject().put("protocol", c.protocol()).put("address", c.address()).put("port", c.port())
                        .put("uri", c.uri()).put("local", c.local()).put("relay", c.relay()).put("IPv6", false);
            }
        }
        return list;
    }

    private static void error(HttpExchange exchange, int status, int code, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("errors").addObject().put("code", code).put("message", message).put("status", status);
        send(exchange, status, body);
    }

    private static void send(HttpExchange exchange, int status, com.fasterxml.jackson.databind.JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
