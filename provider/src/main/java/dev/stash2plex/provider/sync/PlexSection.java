package dev.stash2plex.provider.sync;

import java.util.List;

/**
 * A library section as {@code GET /library/sections} lists it.
 *
 * @param key the section id (a string in Plex's answers)
 * @param type movie, show, artist or photo
 * @param stamp what changes when a scan adds or removes items (scannedAt, contentChangedAt, refreshing)
 * @param locations the section's folders as Plex sees them
 */
record PlexSection(String key, String type, String title, String stamp, List<String> locations) {

    PlexSection {
        locations = List.copyOf(locations);
    }
}
