package dev.stash2plex.app.plex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FakePlex's provider and agent lists and the {@code /media/providers/metadata} calls on them. Like
 * PMS, adding or changing a provider fetches {@code GET uri} and needs a {@code MediaProvider} with an
 * identifier in the answer; anything else is a 400. The metadata types the manifest declares
 * ({@code Types[].type}: 1 movie, 2 show, …) are kept, so a library can only get an agent whose primary
 * provider serves its type.
 */
public final class FakePlexRegistry implements AutoCloseable {

    /** PMS's provider API (PMS API 1.2.0, PMS 1.43.0). */
    static final String PROVIDERS = "/media/providers/metadata";

    record Answer(int status, ObjectNode json, String title) {
    }

    /** A registered provider as the fake keeps it; {@code types} are the metadata types its manifest declares. */
    public record Entry(int id, String identifier, String title, String uri, List<Integer> types) {

        public Entry {
            types = List.copyOf(types);
        }
    }

    /** An agent (provider group) as the fake keeps it. */
    public record Agent(int id, String title, String primaryIdentifier) {
    }

    private final HttpClient fetcher = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Entry> providers = new ArrayList<>();
    private final List<Agent> agents = new ArrayList<>();
    private int nextId = 1;

    public synchronized List<Entry> providers() {
        return List.copyOf(providers);
    }

    public synchronized List<Agent> agents() {
        return List.copyOf(agents);
    }

    synchronized Answer handle(String method, String path, Map<String, String> query) {
        String rest = path.substring(PROVIDERS.length());
        return switch (method + " " + rest) {
            case "GET ", "GET /" -> ok("MetadataAgentProvider", providers.stream().map(this::json).toList());
            case "POST ", "POST /" -> add(query.get("uri"));
            case "GET /group" -> ok("MetadataAgentProviderGroup", agents.stream().map(this::json).toList());
            case "POST /group" -> addAgent(query.get("title"), query.get("primaryIdentifier"));
            default -> method.equals("PUT") && rest.matches("/\\d+") ? update(Integer.parseInt(rest.substring(1)), query.get("uri")) : null;
        };
    }

    private Answer add(String uri) {
        Optional<JsonNode> manifest = fetch(uri);
        if (manifest.isEmpty()) {
            return error(400, "Bad Request");
        }
        String identifier = manifest.get().path("identifier").asText();
        if (providers.stream().anyMatch(p -> p.identifier().equals(identifier))) {
            return error(409, "Conflict");
        }
        Entry entry = new Entry(nextId++, identifier, manifest.get().path("title").asText(), uri, types(manifest.get()));
        providers.add(entry);
        return ok("MetadataAgentProvider", List.of(json(entry)));
    }

    private Answer update(int id, String uri) {
        Optional<Entry> existing = providers.stream().filter(p -> p.id() == id).findFirst();
        if (existing.isEmpty()) {
            return error(404, "Not Found");
        }
        Optional<JsonNode> manifest = fetch(uri);
        if (manifest.isEmpty() || !manifest.get().path("identifier").asText().equals(existing.get().identifier())) {
            return error(400, "Bad Request");
        }
        Entry entry = new Entry(id, existing.get().identifier(), manifest.get().path("title").asText(), uri, types(manifest.get()));
        providers.set(providers.indexOf(existing.get()), entry);
        return ok("MetadataAgentProvider", List.of(json(entry)));
    }

    private Answer addAgent(String title, String primary) {
        if (title == null || title.isBlank() || providers.stream().noneMatch(p -> p.identifier().equals(primary))) {
            return error(400, "Bad Request");
        }
        Agent agent = new Agent(nextId++, title, primary);
        agents.add(agent);
        return ok("MetadataAgentProviderGroup", List.of(json(agent)));
    }

    /**
     * PMS reads the provider's root itself; unreachable, not 200, or no MediaProvider: empty. Only
     * loopback addresses are ever fetched: tests must not send traffic anywhere else, and from a fake
     * Plex any other address counts as one Plex cannot reach.
     */
    private Optional<JsonNode> fetch(String uri) {
        if (uri == null || uri.isBlank() || !isLoopback(uri)) {
            return Optional.empty();
        }
        try {
            HttpResponse<String> response = fetcher.send(HttpRequest.newBuilder(URI.create(uri))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode provider = FakePlex.JSON.readTree(response.body()).path("MediaProvider");
            return response.statusCode() == 200 && provider.path("identifier").isTextual()
                    ? Optional.of(provider) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty(); // what PMS reports for all of these is the same 400
        }
    }

    /** The metadata types the primary provider of agent {@code groupId} serves; empty for an agent Plex does not have. */
    synchronized List<Integer> typesOfAgent(String groupId) {
        return agents.stream().filter(a -> String.valueOf(a.id()).equals(groupId)).findFirst()
                .flatMap(a -> providers.stream().filter(p -> p.identifier().equals(a.primaryIdentifier())).findFirst())
                .map(Entry::types).orElse(List.of());
    }

    private static List<Integer> types(JsonNode manifest) {
        List<Integer> types = new ArrayList<>();
        manifest.path("Types").forEach(type -> types.add(type.path("type").asInt()));
        return types;
    }

    private static boolean isLoopback(String uri) {
        try {
            String host = URI.create(uri).getHost();
            return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private ObjectNode json(Entry entry) {
        ObjectNode node = FakePlex.JSON.createObjectNode().put("id", String.valueOf(entry.id()))
                .put("identifier", entry.identifier()).put("title", entry.title()).put("uri", entry.uri())
                .put("agentType", "primary").put("online", true);
        ArrayNode types = node.putArray("MetadataType");
        entry.types().forEach(type -> types.addObject().put("type", type));
        return node;
    }

    private ObjectNode json(Agent agent) {
        return FakePlex.JSON.createObjectNode().put("id", String.valueOf(agent.id())).put("title", agent.title())
                .put("primaryIdentifier", agent.primaryIdentifier());
    }

    static Answer ok(String name, List<ObjectNode> items) {
        ObjectNode root = FakePlex.JSON.createObjectNode();
        ObjectNode container = root.putObject("MediaContainer").put("size", items.size());
        ArrayNode array = container.putArray(name);
        items.forEach(array::add);
        return new Answer(200, root, null);
    }

    static Answer error(int status, String title) {
        return new Answer(status, null, title);
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
