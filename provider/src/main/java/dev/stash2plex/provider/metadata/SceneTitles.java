package dev.stash2plex.provider.metadata;

import dev.stash2plex.core.stash.SceneFile;
import java.util.List;

/** The title Plex shows: Stash's title, or — like Stash's own UI — the file name when the title is empty. */
public final class SceneTitles {

    private SceneTitles() {
    }

    public static String displayTitle(String title, List<SceneFile> files) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        if (files.isEmpty()) {
            return "Untitled scene";
        }
        String basename = files.getFirst().basename();
        int dot = basename.lastIndexOf('.');
        return dot > 0 ? basename.substring(0, dot) : basename;
    }
}
