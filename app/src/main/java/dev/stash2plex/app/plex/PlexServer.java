package dev.stash2plex.app.plex;

/**
 * What Plex Media Server says about itself.
 *
 * @param name the server's friendly name, as Plex Web shows it
 */
public record PlexServer(String name, PlexVersion version, String machineIdentifier) {
}
