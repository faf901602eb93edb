package dev.stash2plex.core.stash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link StashCollections} over Stash's GraphQL API, sharing the client's transport (and so its
 * bound on concurrent requests). Each method is one query of its own, validated against Stash's schema.
 */
final class HttpStashCollections implements StashCollections {

    private final GraphqlTransport graphql;
    private final SceneParser parser;
    private final AnswerFields fields;
    private final LookupCache cache;

    /** @param cache the client's lookup cache: a scene's groups are asked with every metadata request */
    HttpStashCollections(GraphqlTransport graphql, SceneParser parser, AnswerFields fields, LookupCache cache) {
        this.graphql = graphql;
        this.parser = parser;
        this.fields = fields;
        this.cache = cache;
    }

    @Override
    public Optional<Studio> studio(String id) throws StashException {
        JsonNode found = one(StashQuery.FIND_STUDIO, "findStudio", id);
        return found == null ? Optional.empty() : Optional.of(parser.studio(found));
    }

    @Override
    public Optional<Tag> tag(String id) throws StashException {
        JsonNode found = one(StashQuery.FIND_TAG, "findTag", id);
        return found == null ? Optional.empty()
                : Optional.of(new Tag(fields.requiredText(found, "id"), fields.requiredText(found, "name")));
    }

    @Override
    public Optional<Group> group(String id) throws StashException {
        JsonNode found = one(StashQuery.FIND_GROUP, "findGroup", id);
        return found == null ? Optional.empty() : Optional.of(group(found));
    }

    @Override
    public List<SceneGroup> groupsOf(String sceneId) throws StashException {
        return cache.get(new LookupCache.Key("groups", sceneId), () -> {
            JsonNode scene = one(StashQuery.SCENE_GROUPS, "findScene", sceneId);
            if (scene == null) {
                return List.<SceneGroup>of();
            }
            return fields.list(scene, "groups", entry -> new SceneGroup(group(fields.object(entry, "group")),
                    AnswerFields.optionalInt(entry, "scene_index")));
        });
    }

    @Override
    public CatalogPage<Scene> scenesOfStudio(String studioId, boolean withSubStudios, int page, int perPage)
            throws StashException {
        if (!QueryArguments.isStashId(studioId)) {
            return new CatalogPage<>(List.of(), 0);
        }
        return parser.fullScenes(graphql.query(StashQuery.SCENES_OF_STUDIO, Map.of("id", studioId,
                "depth", withSubStudios ? -1 : 0, "page", page, "perPage", perPage)));
    }

    @Override
    public CatalogPage<Scene> scenesOfTag(String tagId, int page, int perPage) throws StashException {
        if (!QueryArguments.isStashId(tagId)) {
            return new CatalogPage<>(List.of(), 0);
        }
        return parser.fullScenes(graphql.query(StashQuery.SCENES_OF_TAG, Map.of("id", tagId, "page", page,
                "perPage", perPage)));
    }

    @Override
    public List<GroupScene> scenesOfGroup(String groupId, int limit) throws StashException {
        if (!QueryArguments.isStashId(groupId)) {
            return List.of();
        }
        JsonNode found = fields.object(graphql.query(StashQuery.SCENES_OF_GROUP, Map.of("id", groupId, "perPage", limit)),
                "findScenes");
        List<GroupScene> scenes = new ArrayList<>(fields.list(found, "scenes", scene -> new GroupScene(
                parser.fullScene(scene), indexIn(scene, groupId))));
        scenes.sort(Comparator.comparing(GroupScene::sceneIndex, Comparator.nullsLast(Comparator.naturalOrder())));
        return scenes;
    }

    @Override
    public CatalogPage<Studio> studios(int page, int perPage) throws StashException {
        JsonNode found = fields.object(graphql.query(StashQuery.STUDIOS_PAGE, Map.of("page", page, "perPage", perPage)),
                "findStudios");
        JsonNode count = found.get("count");
        return new CatalogPage<>(fields.list(found, "studios", parser::studio),
                count != null && count.canConvertToInt() ? count.asInt() : -1);
    }

    @Override
    public List<SceneDate> sceneDatesOfStudio(String studioId) throws StashException {
        if (!QueryArguments.isStashId(studioId)) {
            return List.of();
        }
        JsonNode found = fields.object(graphql.query(StashQuery.STUDIO_SCENE_DATES, Map.of("id", studioId)), "findScenes");
        return fields.list(found, "scenes", scene -> new SceneDate(fields.requiredText(scene, "id"),
                AnswerFields.optionalText(scene, "date")));
    }

    /** {@code data.<field>} of a find-by-id query, or null when Stash has no such object (or the id cannot be one). */
    private JsonNode one(StashQuery query, String field, String id) throws StashException {
        if (!QueryArguments.isStashId(id)) {
            return null;
        }
        JsonNode found = graphql.query(query, Map.of("id", id)).get(field);
        return found == null || found.isNull() ? null : found;
    }

    private Group group(JsonNode group) throws StashException {
        return new Group(fields.requiredText(group, "id"), fields.requiredText(group, "name"),
                AnswerFields.optionalText(group, "synopsis"), AnswerFields.optionalText(group, "date"),
                hasFrontImage(group), SceneParser.imageVersion(frontImage(group)));
    }

    /** The image fields are named {@code front_image_path} on a group; the parser reads {@code image_path}. */
    private static JsonNode frontImage(JsonNode group) {
        ObjectNode image = JsonNodeFactory.instance.objectNode();
        image.set("image_path", group.get("front_image_path"));
        return image;
    }

    private boolean hasFrontImage(JsonNode group) {
        return parser.hasImage(frontImage(group));
    }

    private Integer indexIn(JsonNode scene, String groupId) throws StashException {
        for (JsonNode entry : fields.list(scene, "groups", entry -> entry)) {
            JsonNode group = entry.get("group");
            if (group != null && groupId.equals(group.path("id").asText())) {
                return AnswerFields.optionalInt(entry, "scene_index");
            }
        }
        return null;
    }
}
