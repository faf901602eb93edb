package dev.stash2plex.core.stash;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The GraphQL operations we send, each kept as a resource file next to this class so that a test
 * can validate every one of them against Stash's real schema.
 */
enum StashQuery {
    PROBE("StashProbe", "probe.graphql"),
    FIND_SCENE("FindScene", "find-scene.graphql"),
    SCENES_BY_PATH("FindScenesByPath", "scenes-by-path.graphql"),
    SCENES_BY_BASENAME("FindScenesByBasename", "scenes-by-basename.graphql"),
    SEARCH_SCENES("SearchScenes", "search-scenes.graphql"),
    SCENES_BY_OSHASH("FindScenesByOshash", "scenes-by-oshash.graphql"),
    SCENES_BY_STASH_ID("FindScenesByStashId", "scenes-by-stash-id.graphql"),
    FIND_STUDIO("FindStudio", "find-studio.graphql"),
    FIND_TAG("FindTag", "find-tag.graphql"),
    FIND_GROUP("FindGroup", "find-group.graphql"),
    SCENE_GROUPS("SceneGroups", "scene-groups.graphql"),
    SCENES_OF_STUDIO("ScenesOfStudio", "scenes-of-studio.graphql"),
    SCENES_OF_TAG("ScenesOfTag", "scenes-of-tag.graphql"),
    SCENES_OF_GROUP("ScenesOfGroup", "scenes-of-group.graphql"),
    STUDIOS_PAGE("StudiosPage", "studios-page.graphql"),
    STUDIO_SCENE_DATES("StudioSceneDates", "studio-scene-dates.graphql"),
    INDEX_SCENES("IndexScenes", "index-scenes.graphql"),
    INDEX_SCENES_UPDATED("IndexScenesUpdated", "index-scenes-updated.graphql"),
    INDEX_SCENES_WITH_PERFORMERS("IndexScenesWithPerformers", "index-scenes-with-performers.graphql"),
    INDEX_SCENES_WITH_STUDIOS("IndexScenesWithStudios", "index-scenes-with-studios.graphql"),
    INDEX_SCENES_WITH_TAGS("IndexScenesWithTags", "index-scenes-with-tags.graphql"),
    INDEX_SCENE_IDS("IndexSceneIds", "index-scene-ids.graphql"),
    INDEX_LATEST_UPDATES("IndexLatestUpdates", "index-latest-updates.graphql"),
    INDEX_RELATED_UPDATES("IndexRelatedUpdates", "index-related-updates.graphql");

    private final String operationName;
    private final String resource;
    private final String text;

    /** The one place the scene fields are written; an operation that spreads them gets it appended. */
    static final String SCENE_FIELDS_RESOURCE = "scene-fields.graphql";
    private static final String SCENE_FIELDS_SPREAD = "...SceneFields";

    StashQuery(String operationName, String resource) {
        this.operationName = operationName;
        this.resource = resource;
        String operation = load(resource);
        this.text = operation.contains(SCENE_FIELDS_SPREAD) ? operation + "\n" + load(SCENE_FIELDS_RESOURCE) : operation;
    }

    String operationName() {
        return operationName;
    }

    String resource() {
        return resource;
    }

    /** What is sent: the operation, with the fragments it uses. */
    String text() {
        return text;
    }

    private static String load(String resource) {
        try (InputStream in = StashQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("query resource missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query resource " + resource, e);
        }
    }
}
