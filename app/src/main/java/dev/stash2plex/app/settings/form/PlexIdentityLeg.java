package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.plex.PlexException;
import dev.stash2plex.app.plex.PlexIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link PlexHere} over the Plex package's {@link PlexIdentity}: its typed failures as the leg's {@link PlexHere.Why}. */
public final class PlexIdentityLeg implements PlexHere {

    private static final Logger LOG = LoggerFactory.getLogger(PlexIdentityLeg.class);

    private final PlexIdentity identity;

    public PlexIdentityLeg(PlexIdentity identity) {
        this.identity = identity;
    }

    @Override
    public Outcome ask(String plexUrl) {
        try {
            PlexIdentity.Identity found = identity.ask(plexUrl);
            LOG.info("Connection test: Plex {} ({}) answered this computer at {}", found.version(), found.machineIdentifier(), plexUrl);
            return new Answered(found.machineIdentifier(), found.version());
        } catch (PlexException e) {
            LOG.info("Connection test: Plex at {} did not answer this computer: {}", plexUrl, e.getMessage());
            return switch (e) {
                case PlexException.Unreachable unreachable -> new Failed(switch (unreachable.why()) {
                    case REFUSED -> Why.REFUSED;
                    case UNKNOWN_HOST -> Why.UNKNOWN_HOST;
                    case TIMEOUT -> Why.TIMEOUT;
                    case INVALID_ADDRESS, OTHER -> Why.OTHER;
                }, unreachable.reason());
                // /identity needs no token: a server that refuses it, or answers something else, is not Plex.
                case PlexException.Rejected rejected -> new Failed(Why.NOT_PLEX, rejected.detail());
                case PlexException.Unauthorized unauthorized -> new Failed(Why.NOT_PLEX, unauthorized.getMessage());
                default -> new Failed(Why.OTHER, e.getMessage());
            };
        }
    }
}
