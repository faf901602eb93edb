package dev.stash2plex.provider.sync;

import java.util.List;

/** A library item as a section listing shows it: its ratingKey (an opaque string), its guid and its files. */
record PlexItem(String ratingKey, String guid, List<String> files) {

    PlexItem {
        files = List.copyOf(files);
    }
}
