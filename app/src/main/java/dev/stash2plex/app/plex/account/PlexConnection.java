package dev.stash2plex.app.plex.account;

import java.net.URI;

/**
 * One address plex.tv lists for a server.
 *
 * @param local whether it is on the server's own network (tried first)
 * @param relay whether it goes through Plex's relay (tried last: slow, and limited in bandwidth)
 */
public record PlexConnection(URI uri, boolean local, boolean relay) {
}
