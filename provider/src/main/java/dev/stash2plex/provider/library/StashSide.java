package dev.stash2plex.provider.library;

import java.util.function.Supplier;

/**
 * Which answer the Stash → Plex side gives right now. With the Plex sync on, once it has listed Plex's
 * items: the scenes Plex holds no item for ({@code plex-items}). Before that, or without the sync: the
 * scenes no match request reached ({@code never-matched}). Asked once per request, so a report's count
 * and its basis always come from the same answer.
 */
public final class StashSide implements Supplier<StashSideGaps> {

    private final ScenesNeverMatched neverMatched;
    private final ScenesNotInPlex notInPlex;
    private final boolean syncOn;

    public StashSide(ScenesNeverMatched neverMatched, ScenesNotInPlex notInPlex, boolean syncOn) {
        this.neverMatched = neverMatched;
        this.notInPlex = notInPlex;
        this.syncOn = syncOn;
    }

    @Override
    public StashSideGaps get() {
        return syncOn && notInPlex.listed() ? notInPlex : neverMatched;
    }
}
