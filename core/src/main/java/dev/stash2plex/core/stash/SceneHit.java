package dev.stash2plex.core.stash;

import java.util.List;

/**
 * A scene as a lookup (by path, basename or title) returns it: enough to rank and show a candidate.
 *
 * @param studio the studio's name when the lookup knows it (the index does), else null
 * @param organized whether the scene is marked organized in Stash
 */
public record SceneHit(String id, String title, String date, String updatedAt, List<SceneFile> files, String studio,
        boolean organized) {

    public SceneHit {
        files = List.copyOf(files);
    }

    /** The hit a whole scene makes. */
    public static SceneHit of(Scene scene) {
        return new SceneHit(scene.id(), scene.title(), scene.date(), scene.updatedAt(), scene.files(),
                scene.studio() == null ? null : scene.studio().name(), scene.organized());
    }

    public SceneHit(String id, String title, String date, String updatedAt, List<SceneFile> files) {
        this(id, title, date, updatedAt, files, null, false);
    }

    public SceneHit(String id, String title, String date, String updatedAt, List<SceneFile> files, boolean organized) {
        this(id, title, date, updatedAt, files, null, organized);
    }
}
