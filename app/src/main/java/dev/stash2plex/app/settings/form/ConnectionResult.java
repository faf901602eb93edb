package dev.stash2plex.app.settings.form;

import java.util.Optional;

/**
 * What "Test connection" found out about the Stash URL and API key in the form (and the Plex address,
 * from the container's side), naming the leg that failed: this computer, or the provider's container.
 */
public sealed interface ConnectionResult {

    /** From this computer: no answer from Stash, or not a Stash answer; {@code cause} says which, without the key. */
    record Unreachable(String cause) implements ConnectionResult {
    }

    /** Stash answered and refused the API key. */
    record WrongKey() implements ConnectionResult {
    }

    /**
     * From this computer, nothing answers at {@code address} (one of this computer's own, not loopback), but
     * Stash answers on 127.0.0.1 at the same port: it listens on loopback only, so neither the provider's
     * container nor anything else on the network reaches it there.
     */
    record OnlyOnLoopback(String address) implements ConnectionResult {
    }

    /**
     * Stash answered this computer, but nothing answers where the provider's container reaches it
     * ({@code host.docker.internal}, the host gateway): Stash listens on 127.0.0.1 only.
     */
    record LoopbackOnly(String version, Optional<ContainerLeg.PlexReach> plex) implements ConnectionResult {

        public LoopbackOnly(String version) {
            this(version, Optional.empty());
        }
    }

    /**
     * Stash answered this computer, but not the provider's container, which asked {@code containerUrl};
     * {@code kind} and {@code cause} are what the container was told ({@link ContainerLeg.NotReached}).
     */
    record ContainerCannotReach(String version, String containerUrl, String kind, String cause,
                                Optional<ContainerLeg.PlexReach> plex) implements ConnectionResult {

        boolean nothingAnswered() {
            return new ContainerLeg.NotReached(kind, cause).nothingAnswered();
        }
    }

    /**
     * Stash answered with its version.
     *
     * @param ready false while Stash still needs its setup or a database migration
     * @param container what was tried from the container's side
     */
    record Ok(String version, boolean ready, ContainerCheck container) implements ConnectionResult {

        /** Asked from this computer only. */
        public Ok(String version, boolean ready) {
            this(version, ready, new HereOnly());
        }
    }

    /** Which check was made from the container's side of an {@link Ok}. */
    sealed interface ContainerCheck {
    }

    /** The provider image ran the probe and reached Stash; {@code plex}: what it found at the Plex address, if one was given. */
    record InContainer(Optional<ContainerLeg.PlexReach> plex) implements ContainerCheck {
    }

    /** The probe could not run ({@code why}); Stash's port answers on the Docker bridge's gateway. */
    record BridgePort(ContainerLeg.Why why) implements ContainerCheck {
    }

    /** The probe could not run ({@code why}) and there is no bridge gateway to try here (Docker Desktop, a remote engine). */
    record NotTried(ContainerLeg.Why why) implements ContainerCheck {
    }

    /** The check was built to ask from this computer only. */
    record HereOnly() implements ContainerCheck {
    }
}
