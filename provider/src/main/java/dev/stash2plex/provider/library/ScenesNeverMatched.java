package dev.stash2plex.provider.library;

import dev.stash2plex.provider.index.store.MatchHistory;
import java.util.Optional;
import java.util.function.Supplier;

/** Scenes of the index that no recorded match points at: Plex never asked for a file that became them. */
public final class ScenesNeverMatched implements StashSideGaps {

    private final Supplier<Optional<MatchHistory>> history;

    public ScenesNeverMatched(Supplier<Optional<MatchHistory>> history) {
        this.history = history;
    }

    @Override
    public String basis() {
        return "never-matched";
    }

    @Override
    public MatchHistory.Page<SceneGap> page(String search, int offset, int limit) {
        MatchHistory.Page<MatchHistory.SceneRow> rows = history.get().orElseThrow(LibraryUnavailable::new)
                .scenesNeverMatched(search, offset, limit);
        return new MatchHistory.Page<>(rows.total(), rows.offset(), rows.items().stream()
                .map(row -> new SceneGap(Long.toString(row.id()), row.title(), row.path())).toList());
    }
}
