package dev.stash2plex.provider.index;

import dev.stash2plex.core.stash.CatalogPage;
import dev.stash2plex.core.stash.LatestUpdates;
import dev.stash2plex.core.stash.RelatedUpdate;
import dev.stash2plex.core.stash.Scene;
import dev.stash2plex.core.stash.StashCatalog;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.provider.index.store.SceneStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a complete index current with what changed in Stash: edited and new scenes by their
 * {@code updated_at}, performers, studios and tags by theirs (re-reading every scene that shows
 * one), and deleted scenes by a sweep of ids. Every change is logged in the store for the Plex sync.
 */
final class IndexRefresh {

    /**
     * After the cursor moves, the next refresh reads from this far before it: an edit committed in
     * the same second as the newest one seen, but after Stash answered, would otherwise be missed.
     * Re-read scenes of the same version are not logged again.
     */
    static final Duration OVERLAP = Duration.ofSeconds(5);
    static final int PAGE_SIZE = 500;
    static final int SWEEP_PAGE_SIZE = 5000;
    /** Performers, studios or tags named in one request when many changed at once. */
    static final int IDS_PER_REQUEST = 100;
    static final int RELATED_PER_KIND = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(IndexRefresh.class);

    private final StashCatalog catalog;
    private final SceneStore store;
    private final IndexProgress progress;
    private final Clock clock;

    IndexRefresh(StashCatalog catalog, SceneStore store, IndexProgress progress, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.progress = progress;
        this.clock = clock;
    }

    /** Edited, added and related changes; {@code scenesOnly} is the quick catch-up a missed lookup asks for. */
    void run(boolean scenesOnly) throws StashException {
        scenes();
        if (!scenesOnly) {
            related();
        }
        store.putMeta(Map.of(MetaKeys.LAST_REFRESH, clock.instant().toString()));
        progress.refreshed();
    }

    private void scenes() throws StashException {
        String cursor = store.meta(MetaKeys.SCENES_CURSOR).orElse(null);
        boolean confirmed = store.meta(MetaKeys.SCENES_CURSOR_CONFIRMED).map("true"::equals).orElse(false);
        String since = cursor == null ? "1970-01-01T00:00:00Z" : confirmed ? cursor : StashTimestamps.minus(cursor, OVERLAP);
        String newest = cursor;
        int firstTotal = -1;
        int lastTotal = -1;
        int added = 0;
        int changed = 0;
        for (int page = 1; ; page++) {
            progress.countRequest();
            CatalogPage<Scene> read = catalog.scenesUpdatedAfter(since, page, PAGE_SIZE);
            firstTotal = page == 1 ? read.total() : firstTotal;
            lastTotal = read.total();
            for (Scene scene : read.items()) {
                newest = StashTimestamps.later(newest, scene.updatedAt());
            }
            // The cursor moves in the same transaction as the scenes, and only when the pages were
            // consistent: an edit during paging moves a scene to the end and could skip another.
            boolean lastPage = read.items().size() < PAGE_SIZE;
            Map<String, String> meta = lastPage && firstTotal == lastTotal && newest != null
                    ? Map.of(MetaKeys.SCENES_CURSOR, newest, MetaKeys.SCENES_CURSOR_CONFIRMED, String.valueOf(newest.equals(cursor)))
                    : Map.of();
            SceneStore.Upserted result = store.upsert(read.items(), true, "scene-updated", clock.instant(), meta);
            added += result.added();
            changed += result.changed();
            if (lastPage) {
                break;
            }
        }
        if (added + changed > 0) {
            LOG.atInfo().addKeyValue("added", added).addKeyValue("changed", changed).log("Scene index: scenes changed in Stash");
        }
    }

    private void related() throws StashException {
        LatestUpdates cursors = new LatestUpdates(null,
                store.meta(MetaKeys.PERFORMERS_CURSOR).orElse(null),
                store.meta(MetaKeys.STUDIOS_CURSOR).orElse(null),
                store.meta(MetaKeys.TAGS_CURSOR).orElse(null));
        progress.countRequest();
        List<RelatedUpdate> updates = catalog.relatedUpdatesAfter(cursors, RELATED_PER_KIND);
        if (updates.isEmpty()) {
            return;
        }
        Map<RelatedUpdate.Kind, List<RelatedUpdate>> byKind = updates.stream()
                .collect(Collectors.groupingBy(RelatedUpdate::kind, () -> new EnumMap<>(RelatedUpdate.Kind.class), Collectors.toList()));
        Map<String, String> newCursors = new HashMap<>();
        for (Map.Entry<RelatedUpdate.Kind, List<RelatedUpdate>> entry : byKind.entrySet()) {
            RelatedUpdate.Kind kind = entry.getKey();
            String name = kind.name().toLowerCase(Locale.ROOT);
            int touched = reread(kind, entry.getValue().stream().map(RelatedUpdate::id).toList(),
                    SceneStore.RELATED_CAUSE_PREFIX + name);
            String newest = null;
            for (RelatedUpdate update : entry.getValue()) {
                newest = StashTimestamps.later(newest, update.updatedAt());
            }
            newCursors.put(cursorKey(kind), newest);
            LOG.atInfo().addKeyValue("kind", name).addKeyValue("changed", entry.getValue().size())
                    .addKeyValue("scenes", touched).log("Scene index: performers, studios or tags changed in Stash");
        }
        store.putMeta(newCursors);
    }

    /** Reads again every scene that shows one of these, logging each with {@code cause}; returns how many. */
    private int reread(RelatedUpdate.Kind kind, List<String> ids, String cause) throws StashException {
        int scenes = 0;
        for (int from = 0; from < ids.size(); from += IDS_PER_REQUEST) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + IDS_PER_REQUEST));
            for (int page = 1; ; page++) {
                progress.countRequest();
                CatalogPage<Scene> read = catalog.scenesHolding(kind, batch, page, PAGE_SIZE);
                store.upsert(read.items(), true, cause, clock.instant(), Map.of());
                scenes += read.items().size();
                if (read.items().size() < PAGE_SIZE) {
                    break;
                }
            }
        }
        return scenes;
    }

    /**
     * Finds scenes Stash no longer has: each page of Stash's ids is compared with the index's ids in
     * the same range. A scene deleted mid-sweep shifts the pages, so every candidate is confirmed
     * by asking for it before it is removed.
     */
    void sweep() throws StashException {
        Set<Long> missing = new TreeSet<>();
        long previousLast = Long.MIN_VALUE;
        for (int page = 1; ; page++) {
            progress.countRequest();
            CatalogPage<String> read = catalog.sceneIds(page, SWEEP_PAGE_SIZE);
            Set<Long> stashIds = new HashSet<>();
            read.items().forEach(id -> stashIds.add(Long.parseLong(id)));
            boolean lastPage = read.items().size() < SWEEP_PAGE_SIZE;
            long last = lastPage ? Long.MAX_VALUE : Long.parseLong(read.items().getLast());
            Set<Long> indexed = store.idsBetween(previousLast == Long.MIN_VALUE ? Long.MIN_VALUE : previousLast + 1, last);
            indexed.removeAll(stashIds);
            missing.addAll(indexed);
            previousLast = last;
            if (lastPage) {
                break;
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<Long> confirmed = new ArrayList<>();
        for (long candidate : missing) {
            progress.countRequest();
            if (!catalog.sceneExists(Long.toString(candidate))) {
                confirmed.add(candidate);
            }
        }
        int removed = store.delete(confirmed, true, clock.instant());
        if (removed > 0) {
            LOG.atInfo().addKeyValue("removed", removed).log("Scene index: scenes deleted in Stash");
        }
    }

    private static String cursorKey(RelatedUpdate.Kind kind) {
        return switch (kind) {
            case PERFORMER -> MetaKeys.PERFORMERS_CURSOR;
            case STUDIO -> MetaKeys.STUDIOS_CURSOR;
            case TAG -> MetaKeys.TAGS_CURSOR;
        };
    }
}
