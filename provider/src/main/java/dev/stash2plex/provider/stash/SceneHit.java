package dev.stash2plex.provider.stash;

import java.util.List;

/** A scene as a lookup (by path, basename or title) returns it: enough to rank and show a candidate. */
public record SceneHit(String id, String title, String date, String updatedAt, List<SceneFile> files) {

    public SceneHit {
        files = List.copyOf(files);
    }
}
