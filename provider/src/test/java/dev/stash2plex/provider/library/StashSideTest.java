package dev.stash2plex.provider.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The Stash side's basis is the sync's word, read per request without asking the store. */
class StashSideTest {

    private static final ScenesNotInPlex NOT_IN_PLEX = new ScenesNotInPlex(() -> {
        throw new AssertionError("choosing the basis asked the store");
    });
    private static final ScenesNeverMatched NEVER_MATCHED = new ScenesNeverMatched(() -> {
        throw new AssertionError("choosing the basis asked the store");
    });

    @Test
    void theScenesNoPlexItemShowsOnceTheSyncSaysPlexIsListedAndNoStoreIsAskedToChoose() {
        AtomicBoolean listed = new AtomicBoolean();
        StashSide side = new StashSide(NEVER_MATCHED, NOT_IN_PLEX, listed::get);
        assertThat(side.get().basis()).isEqualTo("never-matched");
        listed.set(true);
        assertThat(side.get()).isSameAs(NOT_IN_PLEX);
        assertThat(side.get().basis()).isEqualTo("plex-items");
    }

    @Test
    void withoutTheSyncItIsAlwaysTheScenesNoMatchReached() {
        assertThat(new StashSide(NEVER_MATCHED, NOT_IN_PLEX, () -> false).get()).isSameAs(NEVER_MATCHED);
    }
}
