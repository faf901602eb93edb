package dev.stash2plex.provider.sync;

import dev.stash2plex.core.guid.PlexIds;
import dev.stash2plex.provider.index.store.PlexPlacements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks at Plex's movie sections for the sync: every section is paged through once, and again only when
 * its scan stamp changes (a scan added or removed items). An item is ours when its guid is our provider's
 * ({@code …stash2plex://movie/{scene id}}). What it lists goes into the store ({@link PlexPlacements}), the
 * one home of scene → items, which the sync and the library view read; this class keeps only what it needs
 * to list again: the sections (their folders, for scans) and their stamps, which hold for the store they were
 * listed into. Used by the sync's one thread only.
 */
final class PlexLibraryMap {

    /** An item seen for the first time: Plex matched it since the last listing (or this is the first). */
    record NewItem(long sceneId, String ratingKey) {
    }

    private final Map<String, String> stamps = new HashMap<>();
    private List<PlexSection> sections = List.of();
    /** The store the stamps hold for; another (the index moved to memory, or was rebuilt) is listed afresh. */
    private PlexPlacements listedInto;
    private long listedAt = -1;

    /**
     * Looks at Plex's sections and lists again those whose stamp changed (all of them when {@code force}, or
     * when {@code placements} is not the store last listed into); returns the items seen for the first time.
     * The listing is stored in one transaction before the stamps are taken: a listing that fails half-way, or a
     * store that takes no write, leaves the stamps as they were, so those sections are listed again.
     */
    List<NewItem> update(PlexServer plex, PlexPlacements placements, boolean force, long now) throws PlexServerException {
        List<PlexSection> current = plex.sections().stream().filter(s -> s.type().equals("movie")).toList();
        boolean fresh = placements != listedInto;
        Map<String, List<PlexPlacements.Placement>> relisted = new HashMap<>();
        Map<String, String> newStamps = new HashMap<>();
        for (PlexSection section : current) {
            newStamps.put(section.key(), section.stamp());
            if (force || fresh || !section.stamp().equals(stamps.get(section.key()))) {
                relisted.put(section.key(), list(plex, section.key()));
            }
        }
        List<NewItem> newItems = new ArrayList<>();
        if (force || fresh || !relisted.isEmpty() || !newStamps.keySet().equals(stamps.keySet())) {
            List<PlexPlacements.Placement> added = placements.replace(relisted, newStamps.keySet(), now);
            // The first listing into a store: every item is new to this process (its artwork is checked once).
            (fresh ? relisted.values().stream().flatMap(List::stream).toList() : added)
                    .forEach(item -> newItems.add(new NewItem(item.sceneId(), item.ratingKey())));
            stamps.keySet().retainAll(newStamps.keySet());
            relisted.keySet().forEach(key -> stamps.put(key, newStamps.get(key)));
            listedInto = placements;
        }
        sections = current;
        listedAt = now;
        return newItems;
    }

    /** Whether the sections were last listed into this store: if not, the next update lists them all into it. */
    boolean listedInto(PlexPlacements placements) {
        return placements == listedInto;
    }

    /** When the sections were last looked at; -1 before the first time. */
    long listedAt() {
        return listedAt;
    }

    /** The movie section with a folder holding {@code plexPath}, the longest folder winning. */
    Optional<PlexSection> sectionHolding(String plexPath) {
        PlexSection best = null;
        int bestLength = -1;
        for (PlexSection section : sections) {
            for (String location : section.locations()) {
                String folder = location.endsWith("/") || location.endsWith("\\") ? location : location + "/";
                if ((plexPath.startsWith(folder) || plexPath.startsWith(location + "\\")) && location.length() > bestLength) {
                    best = section;
                    bestLength = location.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Forgets every stamp, so the next update lists every section again (an item was missing). */
    void invalidate() {
        stamps.clear();
    }

    private static List<PlexPlacements.Placement> list(PlexServer plex, String sectionKey) throws PlexServerException {
        List<PlexPlacements.Placement> items = new ArrayList<>();
        int start = 0;
        while (true) {
            PlexServer.ItemPage page = plex.items(sectionKey, start, PlexServer.PAGE_SIZE);
            for (PlexItem item : page.items()) {
                PlexIds.sceneIdOf(item.guid()).ifPresent(scene ->
                        items.add(new PlexPlacements.Placement(Long.parseLong(scene), item.ratingKey())));
            }
            start += page.items().size();
            // Plex may send fewer than asked ("some endpoints force pagination"): the total decides.
            if (page.items().isEmpty() || start >= page.totalSize()) {
                return items;
            }
        }
    }
}
