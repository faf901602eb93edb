package dev.stash2plex.provider.stash;

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

    StashQuery(String operationName, String resource) {
        this.operationName = operationName;
        this.resource = resource;
        this.text = load(resource);
    }

    String operationName() {
        return operationName;
    }

    String resource() {
        return resource;
    }

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
