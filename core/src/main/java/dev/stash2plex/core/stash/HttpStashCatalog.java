package dev.stash2plex.core.stash;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link StashCatalog} over Stash's GraphQL API, sharing the client's transport (and so its bound on
 * concurrent requests) but not its lookup cache: the index must see Stash as it is now.
 */
final class HttpStashCatalog implements StashCatalog {

    private final GraphqlTransport graphql;
    private final SceneParser parser;
    private final RequestGate catalogGate;

    HttpStashCatalog(GraphqlTransport graphql, SceneParser parser, StashConnection connection) {
        this.graphql = graphql;
        this.parser = parser;
        // A catalog call may wait for a slot as long as several pages take; it never competes with
        // Plex's lookups for more than two of the connection's slots.
        this.catalogGate = new RequestGate(MAX_IN_FLIGHT, connection.requestTimeout().multipliedBy(6),
                connection.hostLabel());
    }

    @Override
    public CatalogPage<Scene> scenes(int page, int perPage) throws StashException {
        return parser.fullScenes(catalog(StashQuery.INDEX_SCENES, Map.of("page", page, "perPage", perPage)));
    }

    @Override
    public CatalogPage<Scene> scenesUpdatedAfter(String since, int page, int perPage) throws StashException {
        return parser.fullScenes(catalog(StashQuery.INDEX_SCENES_UPDATED,
                Map.of("since", since, "page", page, "perPage", perPage)));
    }

    @Override
    public CatalogPage<Scene> scenesHolding(RelatedUpdate.Kind kind, List<String> ids, int page, int perPage)
            throws StashException {
        List<String> valid = ids.stream().filter(QueryArguments::isStashId).toList();
        if (valid.isEmpty()) {
            return new CatalogPage<>(List.of(), 0);
        }
        StashQuery query = switch (kind) {
            case PERFORMER -> StashQuery.INDEX_SCENES_WITH_PERFORMERS;
            case STUDIO -> StashQuery.INDEX_SCENES_WITH_STUDIOS;
            case TAG -> StashQuery.INDEX_SCENES_WITH_TAGS;
        };
        return parser.fullScenes(catalog(query, Map.of("ids", valid, "page", page, "perPage", perPage)));
    }

    @Override
    public boolean sceneExists(String id) throws StashException {
        // Not through the lookup cache: the sweep must see Stash as it is now.
        return QueryArguments.isStashId(id)
                && parser.scene(catalog(StashQuery.FIND_SCENE, Map.of("id", id))).isPresent();
    }

    @Override
    public CatalogPage<String> sceneIds(int page, int perPage) throws StashException {
        return parser.sceneIds(catalog(StashQuery.INDEX_SCENE_IDS, Map.of("page", page, "perPage", perPage)));
    }

    @Override
    public LatestUpdates latestUpdates() throws StashException {
        JsonNode data = catalog(StashQuery.INDEX_LATEST_UPDATES, Map.of());
        return new LatestUpdates(parser.firstUpdatedAt(data, "scenes", "scenes"),
                parser.firstUpdatedAt(data, "performers", "performers"),
                parser.firstUpdatedAt(data, "studios", "studios"),
                parser.firstUpdatedAt(data, "tags", "tags"));
    }

    @Override
    public List<RelatedUpdate> relatedUpdatesAfter(LatestUpdates cursors, int perKind) throws StashException {
        JsonNode data = catalog(StashQuery.INDEX_RELATED_UPDATES, Map.of(
                "performersSince", orEpoch(cursors.performers()),
                "studiosSince", orEpoch(cursors.studios()),
                "tagsSince", orEpoch(cursors.tags()),
                "perPage", perKind));
        List<RelatedUpdate> updates = new ArrayList<>();
        updates.addAll(parser.relatedUpdates(data, "performers", "performers", RelatedUpdate.Kind.PERFORMER));
        updates.addAll(parser.relatedUpdates(data, "studios", "studios", RelatedUpdate.Kind.STUDIO));
        updates.addAll(parser.relatedUpdates(data, "tags", "tags", RelatedUpdate.Kind.TAG));
        return updates;
    }

    /** One catalog query inside the catalog's own two slots (and the connection's overall bound). */
    private JsonNode catalog(StashQuery query, Map<String, Object> variables) throws StashException {
        try (RequestGate.Slot ignored = catalogGate.enter()) {
            return graphql.catalogQuery(query, variables);
        }
    }

    /** Before any timestamp Stash can hold, compared as text as Stash does. */
    private static String orEpoch(String cursor) {
        return cursor == null ? "1970-01-01T00:00:00Z" : cursor;
    }
}
