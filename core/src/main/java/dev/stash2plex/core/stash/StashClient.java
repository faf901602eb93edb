package dev.stash2plex.core.stash;

import java.util.List;
import java.util.Optional;

/**
 * The provider's only view of Stash. Every method may block on the network and throws a typed
 * {@link StashException} on any failure; no method ever puts the API key into a message.
 */
public interface StashClient {

    /** The cheap reachability and key probe: {@code version} plus {@code systemStatus}. */
    StashVersion version() throws StashException;

    /** The full scene, or empty when Stash has no scene with that id. */
    Optional<Scene> findScene(String id) throws StashException;

    /**
     * Scenes with a file at exactly this path. Stash's EQUALS is a case-insensitive LIKE in which
     * {@code _} and {@code %} are wildcards, so the answer is re-checked for exact equality here.
     */
    List<SceneHit> findScenesByPath(String exactPath) throws StashException;

    /** Scenes with a file of exactly this basename (in any folder), best effort on every Stash from v0.17. */
    List<SceneHit> findScenesByBasename(String basename) throws StashException;

    /** Scenes with a file of this oshash (16 lowercase hex digits); Stash looks it up in an indexed table. */
    List<SceneHit> findScenesByOshash(String oshash) throws StashException;

    /**
     * Scenes holding this stash-box id from this endpoint (e.g. {@code https://theporndb.net/graphql}),
     * re-checked for exact equality.
     */
    List<SceneHit> findScenesByStashId(String endpoint, String stashId) throws StashException;

    /** Free-text search, for the title/year step and manual searches; at most {@code limit} hits. */
    List<SceneHit> searchScenes(String text, int limit) throws StashException;

    /**
     * Fetches an image from Stash with the key in a header. Never follows Stash's redirect to its
     * login page; an answer that is not an image is a {@link StashException.BadAnswer}.
     */
    StashImage fetchImage(ImageKind kind, String id) throws StashException;
}
