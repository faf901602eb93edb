package dev.stash2plex.provider.stash;

import java.util.List;

/**
 * A scene as a lookup (by path, basename or title) returns it: enough to rank and show a candidate.
 *
 * @param studio the studio's name when the lookup knows it (the index does), else null
 */
public record SceneHit(String id, String title, String date, String updatedAt, List<SceneFile> files, String studio) {

    public SceneHit {
        files = List.copyOf(files);
    }

    public SceneHit(String id, String title, String date, String updatedAt, List<SceneFile> files) {
        this(id, title, date, updatedAt, files, null);
    }
}
