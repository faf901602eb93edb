package dev.stash2plex.app.plex;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FakePlex's library sections: {@code GET /library/sections} ({@code MediaContainer.Directory[]} with
 * {@code key}, {@code type}, {@code title}, {@code agent}, {@code scanner}, {@code language},
 * {@code Location[]}), {@code PUT /library/sections/{id}?agent=…&metadataAgentProviderGroupId=…}
 * (400 without {@code agent}, as reported by a maintained client, with a group PMS does not have, or
 * with a group whose primary provider does not serve the library's type: Plex Web offers a library only
 * the agents of its type) and {@code POST /library/sections/{id}/refresh?force=1}, recorded.
 *
 * <p>A library can also sit on a legacy agent ({@link #addOnAgent}): PMS names a legacy agent by its
 * bundle identifier ({@code com.plexapp.agents.…}) and pairs it with a legacy scanner.
 *
 * <p>What PMS shows as {@code agent} after a library moved to a custom agent is not known (an open
 * question in the reference); this fake shows the {@code agent} it was sent.
 */
public final class FakePlexLibraries {

    static final String SECTIONS = "/library/sections";

    /** A library section as the fake keeps it. */
    public record Section(String key, String type, String title, String agent, String scanner, String groupId, String location) {
    }

    /** A refresh PMS was asked for. */
    public record Refresh(String key, boolean force) {
    }

    private final FakePlexRegistry registry;
    private final List<Section> sections = new ArrayList<>();
    private final List<Refresh> refreshes = new ArrayList<>();

    FakePlexLibraries(FakePlexRegistry registry) {
        this.registry = registry;
    }

    /** Adds a library with Plex's own agent for its type ({@code movie}, {@code show}, {@code artist}, {@code photo}). */
    public synchronized void add(String key, String type, String title) {
        String agent = switch (type) {
            case "movie" -> "tv.plex.agents.movie";
            case "show" -> "tv.plex.agents.series";
            case "artist" -> "tv.plex.agents.music";
            default -> "com.plexapp.agents.none";
        };
        addOnAgent(key, type, title, agent);
    }

    /** Adds a library on the given agent, e.g. a legacy one such as {@code com.plexapp.agents.stashplexagent}. */
    public synchronized void addOnAgent(String key, String type, String title, String agent) {
        boolean legacy = agent.startsWith("com.plexapp.agents.");
        String scanner = switch (type) {
            case "movie" -> legacy ? "Plex Movie Scanner" : "Plex Movie";
            case "show" -> legacy ? "Plex Series Scanner" : "Plex TV Series";
            case "artist" -> legacy ? "Plex Music Scanner" : "Plex Music";
            default -> "Plex Photo Scanner";
        };
        sections.add(new Section(key, type, title, agent, scanner, "", "/data/" + title.toLowerCase(java.util.Locale.ROOT)));
    }

    public synchronized List<Section> sections() {
        return List.copyOf(sections);
    }

    public synchronized List<Refresh> refreshes() {
        return List.copyOf(refreshes);
    }

    synchronized FakePlexRegistry.Answer handle(String method, String path, Map<String, String> query) {
        String rest = path.substring(SECTIONS.length());
        if (method.equals("GET") && (rest.isEmpty() || rest.equals("/") || rest.equals("/all"))) {
            return FakePlexRegistry.ok("Directory", sections.stream().map(FakePlexLibraries::json).toList());
        }
        if (method.equals("PUT") && rest.matches("/[^/]+")) {
            return edit(rest.substring(1), query);
        }
        if ((method.equals("POST") || method.equals("GET")) && rest.matches("/[^/]+/refresh")) {
            String key = rest.substring(1, rest.length() - "/refresh".length());
            if (find(key).isEmpty()) {
                return FakePlexRegistry.error(404, "Not Found");
            }
            refreshes.add(new Refresh(key, "1".equals(query.get("force"))));
            return FakePlexRegistry.error(200, "OK");
        }
        return null;
    }

    private FakePlexRegistry.Answer edit(String key, Map<String, String> query) {
        Optional<Section> section = find(key);
        if (section.isEmpty()) {
            return FakePlexRegistry.error(404, "Not Found");
        }
        String agent = query.get("agent");
        String group = query.get("metadataAgentProviderGroupId");
        if (agent == null || agent.isBlank()) {
            return FakePlexRegistry.error(400, "'agent' is missing");
        }
        if (group != null && registry.agents().stream().noneMatch(a -> String.valueOf(a.id()).equals(group))) {
            return FakePlexRegistry.error(400, "Bad Request");
        }
        Section old = section.get();
        if (group != null && !registry.typesOfAgent(group).contains(metadataType(old.type()))) {
            return FakePlexRegistry.error(400, "Bad Request");
        }
        sections.set(sections.indexOf(old), new Section(key, old.type(), old.title(), agent, old.scanner(), group == null ? "" : group,
                old.location()));
        return FakePlexRegistry.error(200, "OK");
    }

    /** Plex's metadata type number for a section type (movie 1, show 2, artist 8, photo 13). */
    private static int metadataType(String sectionType) {
        return switch (sectionType) {
            case "movie" -> 1;
            case "show" -> 2;
            case "artist" -> 8;
            default -> 13;
        };
    }

    private Optional<Section> find(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static ObjectNode json(Section section) {
        ObjectNode node = FakePlex.JSON.createObjectNode().put("key", section.key()).put("type", section.type())
                .put("title", section.title()).put("agent", section.agent()).put("scanner", section.scanner())
                .put("language", "en-US").put("refreshing", false).put("hidden", 0).put("createdAt", 1700000000)
                .put("updatedAt", 1700000000).put("scannedAt", 1700000000);
        node.putArray("Location").addObject().put("id", Integer.parseInt(section.key())).put("path", section.location());
        return node;
    }
}
