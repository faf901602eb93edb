package dev.stash2plex.provider.sync;

import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.core.stash.StashClient;
import dev.stash2plex.provider.config.ProviderConfig;
import dev.stash2plex.provider.images.ImageUrls;
import dev.stash2plex.provider.index.store.SceneStore;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Whether the Plex sync can run with a configuration, and starting it with its parts. */
public final class SyncSetup {

    private SyncSetup() {
    }

    /**
     * Starts the sync against the Plex server at {@code plexUrl}.
     *
     * @param stores the index's store while it is open (the queue lives in it)
     * @param indexReady whether the index answers for Stash (its scenes are all there)
     * @param plexFetchesUrls an {@code S2P_PUBLIC_URL} is set, so Plex can download our images itself
     */
    public static PlexSync start(URI plexUrl, String token, SyncSettings settings, Supplier<Optional<SceneStore>> stores,
            BooleanSupplier indexReady, StashClient stash, ImageUrls imageUrls, boolean plexFetchesUrls, PathRules rules, Clock clock) {
        PlexSync sync = new PlexSync(new PlexServer(plexUrl, token, PlexSync.CLIENT_ID), stores, indexReady,
                new Delivery(rules, settings, new ArtworkUpload(stash, imageUrls, plexFetchesUrls)), settings, clock);
        sync.start();
        return sync;
    }

    /** Why the sync cannot run with this configuration, or empty when it can. */
    public static Optional<String> offReason(ProviderConfig config) {
        if (config.plexToken() == null || config.plexToken().isEmpty()) {
            return Optional.of("no Plex token: set S2P_PLEX_TOKEN_FILE (or S2P_PLEX_TOKEN) to keep Plex current");
        }
        if (config.plexUrl() == null) {
            return Optional.of("no Plex address: set S2P_PLEX_URL");
        }
        if (config.indexRefresh().isZero()) {
            return Optional.of("the scene index is off (S2P_INDEX_REFRESH_SECONDS=0), and the sync reads its changes");
        }
        return Optional.empty();
    }

}
