package dev.stash2plex.app.plex.account;

import dev.stash2plex.app.plex.PlexException;
import dev.stash2plex.app.plex.PlexRegistration;
import dev.stash2plex.app.plex.PlexStatus;
import dev.stash2plex.app.plex.PlexTarget;
import dev.stash2plex.app.settings.Secret;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Find my server": the account's servers from plex.tv, and for the one the user picks the first of
 * its addresses that answers, local ones first, relays last. Blocks: never on the FX thread.
 */
public final class ServerFinder {

    private static final Logger LOG = LoggerFactory.getLogger(ServerFinder.class);

    private final PlexTv plexTv;
    private final PlexRegistration probe;

    /** @param probe asks each address; give it short timeouts, a dead address costs that much */
    public ServerFinder(PlexTv plexTv, PlexRegistration probe) {
        this.plexTv = plexTv;
        this.probe = probe;
    }

    /** The account's servers, owned ones first. */
    public List<PlexResource> servers(Secret accountToken) throws PlexException {
        List<PlexResource> servers = new ArrayList<>(plexTv.servers(accountToken));
        if (servers.isEmpty()) {
            throw new PlexException.NoServer();
        }
        servers.sort((a, b) -> Boolean.compare(b.owned(), a.owned()));
        LOG.info("plex.tv lists {} server(s) for the account", servers.size());
        return List.copyOf(servers);
    }

    /**
     * The server on the first address that answers. A shared server is refused up front: only its
     * owner may add providers and change its libraries.
     */
    public FoundServer reach(PlexResource server) throws PlexException {
        if (!server.owned()) {
            throw new PlexException.NotOwner(server.name());
        }
        List<String> tried = new ArrayList<>();
        for (PlexConnection connection : server.inTryOrder()) {
            PlexTarget target = new PlexTarget(connection.uri(), server.accessToken());
            try {
                PlexStatus status = probe.connect(target);
                LOG.info("Plex server \"{}\" answers at {} (after {} that did not)", server.name(), connection.uri(), tried.size());
                return new FoundServer(server, target, status);
            } catch (PlexException.Unreachable e) {
                LOG.info("Plex server \"{}\" does not answer at {}: {}", server.name(), connection.uri(), e.reason());
                tried.add(connection.uri().toString());
            }
        }
        throw new PlexException.NoConnection(server.name(), tried);
    }
}
