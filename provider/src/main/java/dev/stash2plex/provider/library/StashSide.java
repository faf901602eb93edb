package dev.stash2plex.provider.library;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Which answer the Stash → Plex side gives right now. Once the Plex sync says the store holds its listing
 * of Plex's items: the scenes Plex holds no item for ({@code plex-items}). Before that, or without the sync:
 * the scenes no match request reached ({@code never-matched}). The sync owns that flag and this only reads
 * it (no query per request). Asked once per request, so a report's count and its basis come from the same answer.
 */
public final class StashSide implements Supplier<StashSideGaps> {

    private final ScenesNeverMatched neverMatched;
    private final ScenesNotInPlex notInPlex;
    private final BooleanSupplier plexListed;

    /** @param plexListed the sync's word that the store holds a listing of Plex's items; always false without the sync */
    public StashSide(ScenesNeverMatched neverMatched, ScenesNotInPlex notInPlex, BooleanSupplier plexListed) {
        this.neverMatched = neverMatched;
        this.notInPlex = notInPlex;
        this.plexListed = plexListed;
    }

    @Override
    public StashSideGaps get() {
        return plexListed.getAsBoolean() ? notInPlex : neverMatched;
    }
}
