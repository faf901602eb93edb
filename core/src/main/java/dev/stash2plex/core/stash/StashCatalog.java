package dev.stash2plex.core.stash;

import java.util.List;

/**
 * The paged reads the scene index is built and kept fresh from. Each call is one Stash request,
 * and at most two of them are in flight at once whoever calls, so Stash stays usable while the
 * index is built; they also count against the connection's overall bound.
 */
public interface StashCatalog {

    /** Calls of this interface in flight at most. */
    int MAX_IN_FLIGHT = 2;

    /** Every scene, in id order; page is 1-based. */
    CatalogPage<Scene> scenes(int page, int perPage) throws StashException;

    /** Scenes whose {@code updated_at} is after {@code since} (a value Stash returned), oldest change first. */
    CatalogPage<Scene> scenesUpdatedAfter(String since, int page, int perPage) throws StashException;

    /** Scenes that show any of these performers, studios (or sub-studios) or tags, in id order. */
    CatalogPage<Scene> scenesHolding(RelatedUpdate.Kind kind, List<String> ids, int page, int perPage) throws StashException;

    /** Whether Stash still has this scene: the deletion sweep confirms each candidate. */
    boolean sceneExists(String id) throws StashException;

    /** Only the ids of every scene, in id order: the deletion sweep. */
    CatalogPage<String> sceneIds(int page, int perPage) throws StashException;

    /** The newest change of each kind: where the cursors start. */
    LatestUpdates latestUpdates() throws StashException;

    /** Performers, studios and tags changed after their cursors, oldest first, at most {@code perKind} of each. */
    List<RelatedUpdate> relatedUpdatesAfter(LatestUpdates cursors, int perKind) throws StashException;
}
