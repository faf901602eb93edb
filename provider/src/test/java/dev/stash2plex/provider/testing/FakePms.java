package dev.stash2plex.provider.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Plex Media Server for the sync's tests: a real HTTP server on 127.0.0.1 answering the calls of
 * Plex's published PMS API that the sync uses — library sections with their folders, a section's
 * items with their guids in pages ({@code X-Plex-Container-Start/Size}, forced to at most
 * {@link #pageCap} like Plex's own paging), an item refresh, a section or folder scan, and artwork
 * upload (bytes in the body, or {@code ?url=}). Everything here is written from that API, not from
 * the provider's client: JSON only when asked ({@code Accept: application/json}), XML otherwise,
 * 200 with an empty {@code text/html} body for writes, tiny HTML pages for errors, 401 for a
 * missing or wrong {@code X-Plex-Token} (header or query). It records every request on arrival,
 * and can be down (its port closed) or answer every call with an error status.
 */
public final class FakePms implements AutoCloseable {

    /** What a request asked for, recorded before the token is checked, with when it arrived ({@link System#nanoTime()}). */
    public record Request(String method, String path, Map<String, String> query, Map<String, List<String>> headers, byte[] body,
            long receivedNanos) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    /** An image Plex took for an item: {@code bytes} uploaded, or a {@code url} it was told to fetch. */
    public record Upload(String ratingKey, String element, String contentType, byte[] bytes, String url) {
    }

    private record Section(String key, String title, String type, List<String> locations) {
    }

    private record Item(String ratingKey, String sectionKey, String guid, String file) {
    }

    private static final Pattern SECTION_ALL = Pattern.compile("/library/sections/([^/]+)/all");
    private static final Pattern SECTION_REFRESH = Pattern.compile("/library/sections/([^/]+)/refresh");
    private static final Pattern ITEM_REFRESH = Pattern.compile("/library/metadata/([^/]+)/refresh");
    private static final Pattern ITEM_IMAGE = Pattern.compile(
            "/library/metadata/([^/]+)/(posters|arts|poster|art|thumb|clearLogo|clearLogos|squareArt|banner|theme)");
    private static final String UNAUTHORIZED = "<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>";
    private static final String NOT_FOUND = "<html><head><title>Not Found</title></head><body><h1>404 Not Found</h1></body></html>";

    private final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final FakeStashServer server;
    private final List<Section> sections = new CopyOnWriteArrayList<>();
    private final List<Item> items = new CopyOnWriteArrayList<>();
    /** Files on disk Plex has not scanned yet: they become items when their folder is scanned. */
    private final List<Item> unscanned = new CopyOnWriteArrayList<>();
    private final Map<String, Long> scannedAt = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> refreshed = new CopyOnWriteArrayList<>();
    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    private volatile int pageCap = 50;
    private volatile int failWith;

    private FakePms(String token) {
        this.token = token;
        this.server = new FakeStashServer(this::handle, InetAddress.getLoopbackAddress());
    }

    public static FakePms start(String token) {
        return new FakePms(token);
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    public FakePms section(String key, String title, String... locations) {
        sections.add(new Section(key, title, "movie", List.of(locations)));
        scannedAt.put(key, 1_700_000_000L);
        return this;
    }

    /** An item that Plex matched with the agent whose guid is {@code guid}. */
    public FakePms item(String sectionKey, String ratingKey, String guid, String file) {
        items.add(new Item(ratingKey, sectionKey, guid, file));
        return this;
    }

    /** A file Plex will find (and match with {@code guid}) when the section or its folder is scanned. */
    public FakePms fileOnDisk(String sectionKey, String ratingKey, String guid, String file) {
        unscanned.add(new Item(ratingKey, sectionKey, guid, file));
        return this;
    }

    /** Plex sends at most this many items a page, whatever the client asked for. */
    public FakePms pageCap(int cap) {
        pageCap = cap;
        return this;
    }

    public FakePms down() {
        server.stop();
        return this;
    }

    public FakePms up() {
        server.start();
        return this;
    }

    /** Every call answers this status (503 while starting, 500…), or 0 for normal answers. */
    public FakePms failWith(int status) {
        failWith = status;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** When each accepted refresh arrived ({@link System#nanoTime()}), in order. */
    public List<Long> refreshTimes() {
        return requests.stream().filter(r -> r.method().equals("PUT") && ITEM_REFRESH.matcher(r.path()).matches())
                .map(Request::receivedNanos).toList();
    }

    /** The ratingKeys refreshed, in order, once per accepted refresh call and id. */
    public List<String> refreshed() {
        return List.copyOf(refreshed);
    }

    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** Folder scans asked for, as {@code sectionKey:path}. */
    public List<String> scans() {
        return requests.stream().filter(r -> SECTION_REFRESH.matcher(r.path()).matches() && !r.method().equals("DELETE"))
                .map(r -> sectionOf(SECTION_REFRESH, r.path()) + ":" + r.query().getOrDefault("path", "")).toList();
    }

    public void clearRecords() {
        requests.clear();
        refreshed.clear();
        uploads.clear();
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Request request = new Request(exchange.getRequestMethod(), path, query, Map.copyOf(exchange.getRequestHeaders()), body,
                    System.nanoTime());
            requests.add(request);
            String presented = request.header("X-Plex-Token") != null ? request.header("X-Plex-Token") : query.get("X-Plex-Token");
            if (!token.equals(presented)) {
                send(exchange, 401, "text/html", UNAUTHORIZED);
                return;
            }
            if (failWith != 0) {
                send(exchange, failWith, "text/html", "<html><body><h1>" + failWith + "</h1></body></html>");
                return;
            }
            route(exchange, request);
        }
    }

    private void route(HttpExchange exchange, Request request) throws IOException {
        String method = request.method();
        String path = request.path();
        boolean asJson = String.valueOf(request.header("Accept")).contains("application/json");
        Matcher m;
        if (method.equals("GET") && (path.equals("/library/sections") || path.equals("/library/sections/all"))) {
            sendContainer(exchange, asJson, sectionsContainer());
        } else if (method.equals("GET") && (m = SECTION_ALL.matcher(path)).matches() && sectionExists(m.group(1))) {
            items(exchange, request, m.group(1), asJson);
        } else if (method.equals("PUT") && (m = ITEM_REFRESH.matcher(path)).matches()) {
            List<String> ids = Arrays.asList(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8).split(","));
            if (!ids.stream().allMatch(this::itemExists)) {
                send(exchange, 404, "text/html", NOT_FOUND);
                return;
            }
            refreshed.addAll(ids);
            send(exchange, 200, "text/html", "");
        } else if ((method.equals("POST") || method.equals("GET")) && (m = SECTION_REFRESH.matcher(path)).matches()
                && sectionExists(m.group(1))) {
            scan(m.group(1), request.query().get("path"));
            send(exchange, 200, "text/html", "");
        } else if (method.equals("POST") && (m = ITEM_IMAGE.matcher(path)).matches() && itemExists(m.group(1))) {
            String url = request.query().get("url");
            if (url == null && request.body().length == 0) {
                send(exchange, 400, "text/html", "<html><body><h1>400 Bad Request</h1></body></html>");
                return;
            }
            uploads.add(new Upload(m.group(1), m.group(2), request.header("Content-Type"), url == null ? request.body() : null, url));
            send(exchange, 200, "text/html", "");
        } else {
            send(exchange, 404, "text/html", NOT_FOUND);
        }
    }

    private void items(HttpExchange exchange, Request request, String sectionKey, boolean asJson) throws IOException {
        boolean withGuids = "1".equals(request.query().get("includeGuids"));
        List<Item> inSection = items.stream().filter(i -> i.sectionKey().equals(sectionKey)).toList();
        int start = number(request, "X-Plex-Container-Start", 0);
        int size = Math.min(number(request, "X-Plex-Container-Size", pageCap), pageCap);
        List<Item> page = inSection.subList(Math.min(start, inSection.size()), Math.min(inSection.size(), start + size));
        ObjectNode container = json.createObjectNode();
        container.put("size", page.size()).put("offset", start).put("totalSize", inSection.size());
        ArrayNode metadata = container.putArray("Metadata");
        for (Item item : page) {
            ObjectNode node = metadata.addObject();
            node.put("ratingKey", item.ratingKey()).put("key", "/library/metadata/" + item.ratingKey())
                    .put("guid", item.guid()).put("type", "movie").put("title", "Item " + item.ratingKey());
            if (withGuids) {
                node.putArray("Guid");
            }
            node.putArray("Media").addObject().putArray("Part").addObject().put("file", item.file());
        }
        exchange.getResponseHeaders().add("X-Plex-Container-Start", Integer.toString(start));
        exchange.getResponseHeaders().add("X-Plex-Container-Total-Size", Integer.toString(inSection.size()));
        sendContainer(exchange, asJson, container);
    }

    private ObjectNode sectionsContainer() {
        ObjectNode container = json.createObjectNode();
        container.put("size", sections.size()).put("title1", "Plex Library");
        ArrayNode directories = container.putArray("Directory");
        for (Section section : sections) {
            long stamp = scannedAt.get(section.key());
            ObjectNode directory = directories.addObject().put("key", section.key()).put("type", section.type())
                    .put("title", section.title()).put("agent", "tv.plex.agents.none").put("scanner", "Plex Movie")
                    .put("language", "xn").put("refreshing", false).put("updatedAt", stamp).put("scannedAt", stamp)
                    .put("contentChangedAt", stamp);
            ArrayNode locations = directory.putArray("Location");
            for (int i = 0; i < section.locations().size(); i++) {
                locations.addObject().put("id", i + 1).put("path", section.locations().get(i));
            }
        }
        return container;
    }

    /** A scan finds the files under {@code folder} (the whole section without one) and moves the section's stamps. */
    private void scan(String sectionKey, String folder) {
        List<Item> found = new ArrayList<>();
        for (Item file : unscanned) {
            if (file.sectionKey().equals(sectionKey) && (folder == null || file.file().startsWith(folder + "/"))) {
                found.add(file);
            }
        }
        unscanned.removeAll(found);
        items.addAll(found);
        scannedAt.merge(sectionKey, 1L, Long::sum);
    }

    private boolean sectionExists(String key) {
        return sections.stream().anyMatch(s -> s.key().equals(key));
    }

    private boolean itemExists(String ratingKey) {
        return items.stream().anyMatch(i -> i.ratingKey().equals(ratingKey));
    }

    private static String sectionOf(Pattern pattern, String path) {
        Matcher m = pattern.matcher(path);
        return m.matches() ? m.group(1) : "";
    }

    private static int number(Request request, String name, int fallback) {
        String value = request.header(name) != null ? request.header(name) : request.query().get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void sendContainer(HttpExchange exchange, boolean asJson, ObjectNode container) throws IOException {
        if (asJson) {
            ObjectNode envelope = json.createObjectNode();
            envelope.set("MediaContainer", container);
            send(exchange, 200, "application/json", json.writeValueAsString(envelope));
        } else {
            // PMS's default is XML; a client that wants JSON must say so.
            send(exchange, 200, "text/xml;charset=utf-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<MediaContainer size=\""
                    + container.path("size").asInt() + "\"></MediaContainer>");
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
