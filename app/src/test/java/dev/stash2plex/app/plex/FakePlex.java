package dev.stash2plex.app.plex;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A Plex Media Server for tests, on a real socket on 127.0.0.1, answering the admin API calls the
 * app makes the way PMS does: {@code /identity} for anyone; everything else only with the right
 * {@code X-Plex-Token} (401 otherwise); JSON bodies, short HTML error pages; no provider API below
 * 1.43.0 (404); 409 for an identifier that is registered already; the library sections
 * ({@link FakePlexLibraries}). Registering makes it fetch the
 * manifest from the given URI itself, as PMS does, so an address it cannot reach fails for real.
 * Every request is recorded, so tests can check where the token travelled.
 */
public final class FakePlex implements AutoCloseable {

    /** One request as the server saw it; {@code tokenHeader} is the {@code X-Plex-Token} header or null. */
    public record Request(String method, String path, String query, String tokenHeader) {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String token;
    private final FakePlexRegistry registry = new FakePlexRegistry();
    private final FakePlexLibraries libraries = new FakePlexLibraries(registry);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile String version;
    private volatile String name = "Living Room";

    private FakePlex(String token, String version) throws IOException {
        this.token = token;
        this.version = version;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakePlex start(String token, String version) {
        try {
            return new FakePlex(token, version);
        } catch (IOException e) {
            throw new IllegalStateException("FakePlex did not start", e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Changes the version PMS reports, e.g. to an old one. */
    public void version(String newVersion) {
        version = newVersion;
    }

    public void name(String friendlyName) {
        name = friendlyName;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public FakePlexRegistry registry() {
        return registry;
    }

    public FakePlexLibraries libraries() {
        return libraries;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String method = exchange.getRequestMethod();
            String path = uri.getPath();
            Map<String, String> query = query(uri.getRawQuery());
            String header = exchange.getRequestHeaders().getFirst("X-Plex-Token");
            requests.add(new Request(method, path, uri.getRawQuery(), header));
            if (method.equals("GET") && path.equals("/identity")) {
                send(exchange, 200, identity());
                return;
            }
            // PMS takes the token from the header or the query; the app must only ever use the header.
            String given = header != null ? header : query.get("X-Plex-Token");
            if (!token.equals(given)) {
                html(exchange, 401, "Unauthorized");
                return;
            }
            if (method.equals("GET") && path.equals("/")) {
                ObjectNode root = identity();
                ((ObjectNode) root.get("MediaContainer")).put("friendlyName", name).put("myPlex", true);
                send(exchange, 200, root);
                return;
            }
            boolean providerApi = path.startsWith(FakePlexRegistry.PROVIDERS);
            if (providerApi && !hasProviderApi(version)) {
                html(exchange, 404, "Not Found");
                return;
            }
            FakePlexRegistry.Answer answer = providerApi ? registry.handle(method, path, query)
                    : path.startsWith(FakePlexLibraries.SECTIONS) ? libraries.handle(method, path, query) : null;
            if (answer == null) {
                html(exchange, 404, "Not Found");
            } else if (answer.json() != null) {
                send(exchange, answer.status(), answer.json());
            } else {
                html(exchange, answer.status(), answer.title());
            }
        }
    }

    /** Custom metadata providers came with PMS 1.43.0 ({@code /media/providers/metadata}, API 1.2.0). */
    private static boolean hasProviderApi(String version) {
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("^(\\d+)\\.(\\d+)").matcher(version);
        if (!numbers.find()) {
            return false;
        }
        int major = Integer.parseInt(numbers.group(1));
        return major > 1 || major == 1 && Integer.parseInt(numbers.group(2)) >= 43;
    }

    private ObjectNode identity() {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("MediaContainer").put("size", 0).put("claimed", true)
                .put("machineIdentifier", "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567").put("version", version);
        return root;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** PMS's error pages are short HTML, whatever Accept asked for. */
    private static void html(HttpExchange exchange, int status, String title) throws IOException {
        byte[] bytes = ("<html><head><title>" + title + "</title></head><body><h1>" + status + " " + title
                + "</h1></body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        registry.close();
    }
}
