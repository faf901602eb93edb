package dev.stash2plex.app.plex;

import java.time.Duration;

/**
 * How long to wait for Plex. Registering gets longer than other calls, because during it PMS itself
 * fetches the provider, and an address it cannot route to takes PMS a while to give up on.
 */
public record PlexTimeouts(Duration connect, Duration call, Duration register) {

    public static final PlexTimeouts DEFAULT = new PlexTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(45));
}
