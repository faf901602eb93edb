package dev.stash2plex.app.plex;

import java.util.Optional;

/**
 * The answer to "Connect to Plex": which server, whether it can take a custom provider, and whether
 * Stash2Plex is registered in it already (and at which address).
 */
public record PlexStatus(PlexServer server, Optional<RegisteredProvider> registered) {

    public boolean supported() {
        return server.version().supportsProviders();
    }
}
