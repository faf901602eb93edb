package dev.stash2plex.app.plex.account;

import dev.stash2plex.app.plex.PlexStatus;
import dev.stash2plex.app.plex.PlexTarget;

/**
 * A server of the account reached on one of its addresses.
 *
 * @param target the address that answered, with the server's access token
 * @param status its name, version (and so whether it takes custom providers) and our registration
 */
public record FoundServer(PlexResource resource, PlexTarget target, PlexStatus status) {
}
