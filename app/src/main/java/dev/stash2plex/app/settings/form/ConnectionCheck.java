package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.ThisComputerAddress;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.core.stash.StashVersion;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Stash for its version with the key from the form, through the provider's own Stash client, so
 * "OK" here means the provider will get through too. Two legs when the address names this computer:
 * from this computer (the app), then from the container's side ({@link DockerSideProbe}), because the
 * provider reaches {@code localhost} as {@code host.docker.internal} and a Stash listening on 127.0.0.1
 * only answers the first. Blocks: run it off the FX thread.
 */
public final class ConnectionCheck {

    /** The provider's client reduced to the one call this needs; {@code Main} wires the real one. */
    @FunctionalInterface
    public interface StashProbe {
        StashVersion version(URI stashUrl, Secret apiKey) throws StashException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionCheck.class);

    private final StashProbe probe;
    private final DockerSideProbe dockerSide;

    /** Asks from this computer only. */
    public ConnectionCheck(StashProbe probe) {
        this(probe, DockerSideProbe.none());
    }

    public ConnectionCheck(StashProbe probe, DockerSideProbe dockerSide) {
        this.probe = probe;
        this.dockerSide = dockerSide;
    }

    public ConnectionResult check(String stashUrl, Secret apiKey) {
        URI url;
        try {
            // The provider's host.docker.internal is this computer; the app asks it as localhost.
            url = URI.create(ThisComputerAddress.forThisComputer(stashUrl.strip()));
        } catch (IllegalArgumentException e) {
            return new ConnectionResult.Unreachable("the address is not a valid URL");
        }
        try {
            StashVersion version = probe.version(url, apiKey);
            LOG.info("Connection test: Stash at {} answered {} ({})", url, version.version(), version.status());
            String shown = version.version().isBlank() ? "?" : version.version();
            if (ThisComputerAddress.viaHostGateway(stashUrl.strip())
                    && dockerSide.reach(port(url)) instanceof DockerSideProbe.Refused refused) {
                LOG.info("Connection test: Stash's port {} is closed on the host gateway {} ({}): loopback only",
                        port(url), refused.gateway().getHostAddress(), refused.cause());
                return new ConnectionResult.LoopbackOnly(shown);
            }
            return new ConnectionResult.Ok(shown, version.usable());
        } catch (RuntimeException e) {
            // Not one of the client's answers: a bug, or a key the form should have refused; its
            // message may quote the key (java.net.http does, for a header value it refuses).
            String said = apiKey.redact(e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.warn("Connection test: Stash at {} could not be asked: {}", url, said);
            return new ConnectionResult.Unreachable(said);
        } catch (StashException e) {
            LOG.info("Connection test: Stash at {} failed: {}", url, e.kind());
            return switch (e) {
                case StashException.Unauthorized unauthorized -> new ConnectionResult.WrongKey();
                case StashException.Unreachable unreachable -> new ConnectionResult.Unreachable(e.getMessage());
                case StashException.Timeout timeout -> new ConnectionResult.Unreachable(e.getMessage());
                case StashException.QueryRejected rejected -> new ConnectionResult.Unreachable(e.getMessage());
                case StashException.BadAnswer bad -> new ConnectionResult.Unreachable(e.getMessage());
            };
        }
    }

    private static int port(URI url) {
        return url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
