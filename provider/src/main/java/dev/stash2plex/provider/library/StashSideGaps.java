package dev.stash2plex.provider.library;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stash2plex.provider.index.store.MatchHistory;

/**
 * The Stash → Plex side of the comparison: scenes Plex does not hold. Without a map of Plex's items
 * the provider knows only which scenes no match request ever reached ({@link ScenesNeverMatched});
 * with the Plex sync's map, which scenes no Plex item shows ({@link ScenesNotInPlex}). {@link StashSide}
 * says which applies.
 */
public interface StashSideGaps {

    /** A scene Plex does not seem to hold, with its first file. */
    record SceneGap(@JsonProperty("scene_id") String sceneId, @JsonProperty("title") String title,
            @JsonProperty("path") String path) {
    }

    /** What "Plex does not hold it" is based on, for the report: {@code never-matched} or {@code plex-items}. */
    String basis();

    /**
     * @param search text the title or a file path must contain (any case), or null
     * @throws LibraryUnavailable when there is nothing to compare with yet
     */
    MatchHistory.Page<SceneGap> page(String search, int offset, int limit);
}
