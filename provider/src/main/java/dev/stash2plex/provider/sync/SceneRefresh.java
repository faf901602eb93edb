package dev.stash2plex.provider.sync;

import java.util.List;

/** What a refresh asked for by hand ({@code POST /sync/refresh}) came to: the scene's job queued, or why not. */
public sealed interface SceneRefresh {

    /** Queued; {@code ratingKeys} are the Plex items that showed the scene when Plex was last listed (none: the sync looks again). */
    record Queued(long sceneId, List<String> ratingKeys) implements SceneRefresh {
        public Queued {
            ratingKeys = List.copyOf(ratingKeys);
        }
    }

    /** The index is complete and has no such scene: Stash has none (or deleted it). */
    record UnknownScene(long sceneId) implements SceneRefresh {
    }

    /** The index is not open or still loading, so the scene may only not be in it yet. */
    record IndexNotReady() implements SceneRefresh {
    }
}
