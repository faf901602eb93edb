package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.settings.Secret;
import dev.stash2plex.app.settings.ThisComputerAddress;
import dev.stash2plex.core.stash.StashException;
import dev.stash2plex.core.stash.StashVersion;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Stash for its version with the key from the form, through the provider's own Stash client, so
 * "OK" here means the provider will get through too. Two legs: from this computer (the app), then from
 * the provider's container ({@link ContainerLeg}: the provider image run once with the same network
 * settings, which also asks the Plex address), because the provider reaches {@code localhost} as
 * {@code host.docker.internal} and a Stash listening on 127.0.0.1 only answers the first. When the
 * container leg cannot run, an address of this computer is tried on the Docker bridge's gateway instead
 * ({@link DockerSideProbe}), and the result says which check was made. The Plex address is asked from this
 * computer too ({@link #plexFromHere}, {@link PlexHere}), so a Plex failure names its leg. Blocks: run it off the FX thread.
 */
public final class ConnectionCheck {

    /** The provider's client reduced to the one call this needs; {@code Main} wires the real one. */
    @FunctionalInterface
    public interface StashProbe {
        StashVersion version(URI stashUrl, Secret apiKey) throws StashException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionCheck.class);

    private final StashProbe probe;
    private final ContainerLeg container;
    private final DockerSideProbe gateway;
    private final Optional<PlexHere> plexHere;

    /** Asks Stash from this computer only, and Plex not at all. */
    public ConnectionCheck(StashProbe probe) {
        this(probe, ContainerLeg.none(), DockerSideProbe.none());
    }

    /** Without the Plex leg from this computer ({@link #plexFromHere} answers nothing). */
    public ConnectionCheck(StashProbe probe, ContainerLeg container, DockerSideProbe gateway) {
        this(probe, container, gateway, Optional.empty());
    }

    /** With {@code plexHere}, the Plex address is asked from this computer too. */
    public ConnectionCheck(StashProbe probe, ContainerLeg container, DockerSideProbe gateway, PlexHere plexHere) {
        this(probe, container, gateway, Optional.of(plexHere));
    }

    /**
     * @param container the container's side; its {@link ContainerLeg.NotRun} falls back to {@code gateway}
     * @param gateway the bridge gateway's port, for an address of this computer
     */
    private ConnectionCheck(StashProbe probe, ContainerLeg container, DockerSideProbe gateway, Optional<PlexHere> plexHere) {
        this.probe = probe;
        this.container = container;
        this.gateway = gateway;
        this.plexHere = plexHere;
    }

    /** The Plex address asked from this computer; empty for a blank address or a check without that leg. Blocks. */
    public Optional<PlexHere.Outcome> plexFromHere(String plexUrl) {
        if (plexUrl == null || plexUrl.isBlank()) {
            return Optional.empty();
        }
        return plexHere.map(leg -> leg.ask(plexUrl.strip()));
    }

    /** Stash only. */
    public ConnectionResult check(String stashUrl, Secret apiKey) {
        return check(stashUrl, apiKey, "", Secret.NONE);
    }

    /** Stash from both sides, and, when {@code plexUrl} is not blank, Plex from the container's side. */
    public ConnectionResult check(String stashUrl, Secret apiKey, String plexUrl, Secret plexToken) {
        String typed = stashUrl.strip();
        URI url;
        try {
            // The provider's host.docker.internal is this computer; the app asks it as localhost.
            url = URI.create(ThisComputerAddress.forThisComputer(typed));
        } catch (IllegalArgumentException e) {
            return new ConnectionResult.Unreachable("the address is not a valid URL");
        }
        StashVersion version;
        try {
            version = probe.version(url, apiKey);
        } catch (RuntimeException e) {
            // Not one of the client's answers: a bug, or a key the form should have refused; its
            // message may quote the key (java.net.http does, for a header value it refuses).
            String said = apiKey.redact(e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.warn("Connection test: Stash at {} could not be asked: {}", url, said);
            return new ConnectionResult.Unreachable(said);
        } catch (StashException e) {
            LOG.info("Connection test: Stash at {} failed from this computer: {}", url, e.kind());
            return switch (e) {
                case StashException.Unauthorized unauthorized -> new ConnectionResult.WrongKey();
                case StashException.Unreachable unreachable -> LoopbackRetry.of(url, apiKey, probe)
                        .<ConnectionResult>map(ConnectionResult.OnlyOnLoopback::new)
                        .orElseGet(() -> new ConnectionResult.Unreachable(e.getMessage()));
                case StashException.Timeout timeout -> new ConnectionResult.Unreachable(e.getMessage());
                case StashException.QueryRejected rejected -> new ConnectionResult.Unreachable(e.getMessage());
                case StashException.BadAnswer bad -> new ConnectionResult.Unreachable(e.getMessage());
            };
        }
        LOG.info("Connection test: Stash at {} answered this computer {} ({})", url, version.version(), version.status());
        String shown = version.version().isBlank() ? "?" : version.version();
        return switch (container.probe(typed, apiKey, plexUrl, plexToken)) {
            case ContainerLeg.Probed probed -> fromContainer(typed, url, shown, version.usable(), probed);
            case ContainerLeg.NotRun notRun -> withoutContainer(typed, url, shown, version.usable(), notRun);
        };
    }

    private ConnectionResult fromContainer(String typed, URI url, String shown, boolean ready, ContainerLeg.Probed probed) {
        return switch (probed.stash()) {
            case ContainerLeg.Reached reached -> {
                LOG.info("Connection test: Stash at {} answered the provider's container {}", probed.stashUrl(), reached.version());
                yield new ConnectionResult.Ok(shown, ready, new ConnectionResult.InContainer(probed.plex()));
            }
            case ContainerLeg.NotReached failed -> {
                LOG.info("Connection test: Stash at {} did not answer the provider's container: {} ({})", probed.stashUrl(),
                        failed.kind(), failed.message());
                // A port open on the bridge gateway that the container still cannot reach is a firewall, not loopback.
                if (failed.nothingAnswered() && ThisComputerAddress.viaHostGateway(typed)
                        && !(gateway.reach(port(url)) instanceof DockerSideProbe.Answers)) {
                    yield new ConnectionResult.LoopbackOnly(shown, probed.plex());
                }
                yield new ConnectionResult.ContainerCannotReach(shown, probed.stashUrl(), failed.kind(), failed.message(),
                        probed.plex());
            }
        };
    }

    private ConnectionResult withoutContainer(String typed, URI url, String shown, boolean ready, ContainerLeg.NotRun notRun) {
        if (notRun.why() == ContainerLeg.Why.NOT_ASKED) {
            return new ConnectionResult.Ok(shown, ready);
        }
        LOG.info("Connection test: not asked from the provider's container ({}: {})", notRun.why(), notRun.detail());
        if (!ThisComputerAddress.viaHostGateway(typed)) {
            return new ConnectionResult.Ok(shown, ready, new ConnectionResult.NotTried(notRun.why()));
        }
        return switch (gateway.reach(port(url))) {
            case DockerSideProbe.Refused refused -> {
                LOG.info("Connection test: Stash's port {} is closed on the host gateway {} ({}): loopback only",
                        port(url), refused.gateway().getHostAddress(), refused.cause());
                yield new ConnectionResult.LoopbackOnly(shown, Optional.empty());
            }
            case DockerSideProbe.Answers answers -> new ConnectionResult.Ok(shown, ready, new ConnectionResult.BridgePort(notRun.why()));
            case DockerSideProbe.NotChecked notChecked -> new ConnectionResult.Ok(shown, ready,
                    new ConnectionResult.NotTried(notRun.why()));
        };
    }

    static int port(URI url) {
        return url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
