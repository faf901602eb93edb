package dev.stash2plex.core.stash;

import java.util.List;
import java.util.Optional;

/**
 * Stash read by studio, tag and group rather than by file: the provider's collections and its TV
 * layout. Every method may block on the network and throws a typed {@link StashException}.
 */
public interface StashCollections {

    /** The studio with its parent, or empty when Stash has none with that id. */
    Optional<Studio> studio(String id) throws StashException;

    Optional<Tag> tag(String id) throws StashException;

    /** The group, or empty when Stash has none with that id; a Stash before v0.27 has no groups and rejects the query. */
    Optional<Group> group(String id) throws StashException;

    /** The groups a scene is in (Stash v0.27+). */
    List<SceneGroup> groupsOf(String sceneId) throws StashException;

    /**
     * A page (1-based) of a studio's scenes, oldest first.
     *
     * @param withSubStudios also the scenes of every studio below it
     */
    CatalogPage<Scene> scenesOfStudio(String studioId, boolean withSubStudios, int page, int perPage) throws StashException;

    /** A page (1-based) of the scenes carrying a tag, oldest first. */
    CatalogPage<Scene> scenesOfTag(String tagId, int page, int perPage) throws StashException;

    /** A group's scenes in the group's order (by scene_index; scenes without one last), at most {@code limit}. */
    List<GroupScene> scenesOfGroup(String groupId, int limit) throws StashException;

    /** A page (1-based) of every studio, by name. */
    CatalogPage<Studio> studios(int page, int perPage) throws StashException;

    /** The id and date of every scene of one studio (not its sub-studios), oldest first. */
    List<SceneDate> sceneDatesOfStudio(String studioId) throws StashException;
}
