package dev.stash2plex.app.plex.account;

import dev.stash2plex.app.settings.Secret;
import java.util.Comparator;
import java.util.List;

/**
 * A Plex Media Server of the account, as plex.tv lists it.
 *
 * @param owned       false for a server someone shared with this account
 * @param accessToken the token for talking to this server (masked when printed)
 */
public record PlexResource(String name, String clientIdentifier, String productVersion, boolean owned,
                           Secret accessToken, List<PlexConnection> connections) {

    public PlexResource {
        connections = List.copyOf(connections);
    }

    /** Local addresses first, then remote ones, relays last: the order to try them in. */
    public List<PlexConnection> inTryOrder() {
        return connections.stream()
                .sorted(Comparator.comparing((PlexConnection c) -> c.relay()).thenComparing(c -> !c.local()))
                .toList();
    }
}
