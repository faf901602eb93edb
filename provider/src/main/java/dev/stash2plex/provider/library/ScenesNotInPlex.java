package dev.stash2plex.provider.library;

import dev.stash2plex.provider.index.store.MatchHistory;
import dev.stash2plex.provider.index.store.PlexPlacements;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Scenes of the index that no Plex item shows: the Plex sync's map of Plex's movie sections (items
 * carrying our guid), as the store last kept it. Only an answer once the sync has listed Plex at least
 * once ({@code PlexSync.plexListed()}); {@link StashSide} picks it then.
 */
public final class ScenesNotInPlex implements StashSideGaps {

    private final Supplier<Optional<PlexPlacements>> placements;

    public ScenesNotInPlex(Supplier<Optional<PlexPlacements>> placements) {
        this.placements = placements;
    }

    @Override
    public String basis() {
        return "plex-items";
    }

    @Override
    public MatchHistory.Page<SceneGap> page(String search, int offset, int limit) {
        MatchHistory.Page<MatchHistory.SceneRow> rows = placements.get().orElseThrow(LibraryUnavailable::new)
                .scenesNotInPlex(search, offset, limit);
        return new MatchHistory.Page<>(rows.total(), rows.offset(), rows.items().stream()
                .map(row -> new SceneGap(Long.toString(row.id()), row.title(), row.path())).toList());
    }
}
