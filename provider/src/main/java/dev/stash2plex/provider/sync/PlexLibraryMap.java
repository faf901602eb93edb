package dev.stash2plex.provider.sync;

import dev.stash2plex.core.guid.PlexIds;
import dev.stash2plex.provider.index.store.PlexPlacements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Plex items show which Stash scene: every movie section is paged through once, and again
 * only when its scan stamp changes (a scan added or removed items). An item is ours when its guid is
 * our provider's ({@code …stash2plex://movie/{scene id}}). Used by the sync's one thread only; what it
 * lists is also kept in the store ({@link PlexPlacements}) for the library view and across restarts.
 */
final class PlexLibraryMap {

    /** A scene's item in one section. */
    record Placement(String ratingKey, String sectionKey) {
    }

    /** An item seen for the first time: Plex matched it since the last listing (or this is the first). */
    record NewItem(long sceneId, String ratingKey) {
    }

    private final Map<String, String> stamps = new HashMap<>();
    private final Map<String, Map<Long, List<Placement>>> bySection = new HashMap<>();
    private List<PlexSection> sections = List.of();
    private Map<Long, List<Placement>> byScene = Map.of();
    private long listedAt = -1;

    /**
     * Looks at Plex's sections and lists again those whose stamp changed (all of them when
     * {@code force}); returns the items seen for the first time. What changed is stored in
     * {@code placements} before this map takes it, so the two never disagree for long: a listing that
     * fails half-way, or a store that takes no write, leaves both as they were, to be listed again.
     */
    List<NewItem> update(PlexServer plex, PlexPlacements placements, boolean force, long now) throws PlexServerException {
        List<PlexSection> current = plex.sections().stream().filter(s -> s.type().equals("movie")).toList();
        List<NewItem> newItems = new ArrayList<>();
        Set<String> known = allKeys();
        boolean changed = force || listedAt < 0;
        Map<String, Map<Long, List<Placement>>> next = new HashMap<>();
        Map<String, Map<Long, List<Placement>>> relisted = new HashMap<>();
        for (PlexSection section : current) {
            Map<Long, List<Placement>> previous = bySection.get(section.key());
            if (!force && previous != null && section.stamp().equals(stamps.get(section.key()))) {
                next.put(section.key(), previous);
                continue;
            }
            changed = true;
            Map<Long, List<Placement>> listed = list(plex, section.key());
            listed.forEach((scene, items) -> items.stream().map(Placement::ratingKey)
                    .filter(key -> !known.contains(key)).forEach(key -> newItems.add(new NewItem(scene, key))));
            next.put(section.key(), listed);
            relisted.put(section.key(), listed);
        }
        if (changed || next.size() != bySection.size()) {
            placements.replace(stored(relisted), next.keySet(), now);
            current.stream().filter(s -> relisted.containsKey(s.key())).forEach(s -> stamps.put(s.key(), s.stamp()));
            bySection.clear();
            bySection.putAll(next);
            stamps.keySet().retainAll(next.keySet());
            Map<Long, List<Placement>> scenes = new HashMap<>();
            bySection.values().forEach(section -> section.forEach((scene, items) ->
                    scenes.computeIfAbsent(scene, s -> new ArrayList<>()).addAll(items)));
            byScene = scenes;
        }
        sections = current;
        listedAt = now;
        return newItems;
    }

    /** The items showing this scene; empty when Plex has none (yet). */
    List<Placement> items(long sceneId) {
        return byScene.getOrDefault(sceneId, List.of());
    }

    /** When the sections were last looked at; -1 before the first time. */
    long listedAt() {
        return listedAt;
    }

    int itemCount() {
        return byScene.values().stream().mapToInt(List::size).sum();
    }

    int sectionCount() {
        return (int) bySection.values().stream().filter(section -> !section.isEmpty()).count();
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

    private Set<String> allKeys() {
        Set<String> keys = new java.util.HashSet<>();
        byScene.values().forEach(placements -> placements.forEach(p -> keys.add(p.ratingKey())));
        return keys;
    }

    /** The sections' items as the store keeps them. */
    private static Map<String, List<PlexPlacements.Placement>> stored(Map<String, Map<Long, List<Placement>>> sections) {
        Map<String, List<PlexPlacements.Placement>> rows = new HashMap<>();
        sections.forEach((key, scenes) -> {
            List<PlexPlacements.Placement> items = new ArrayList<>();
            scenes.forEach((scene, placements) -> placements.forEach(p -> items.add(new PlexPlacements.Placement(scene, p.ratingKey()))));
            rows.put(key, items);
        });
        return rows;
    }

    private static Map<Long, List<Placement>> list(PlexServer plex, String sectionKey) throws PlexServerException {
        Map<Long, List<Placement>> scenes = new HashMap<>();
        int start = 0;
        while (true) {
            PlexServer.ItemPage page = plex.items(sectionKey, start, PlexServer.PAGE_SIZE);
            for (PlexItem item : page.items()) {
                PlexIds.sceneIdOf(item.guid()).ifPresent(scene -> scenes.computeIfAbsent(Long.parseLong(scene),
                        s -> new ArrayList<>()).add(new Placement(item.ratingKey(), sectionKey)));
            }
            start += page.items().size();
            // Plex may send fewer than asked ("some endpoints force pagination"): the total decides.
            if (page.items().isEmpty() || start >= page.totalSize()) {
                return scenes;
            }
        }
    }
}
