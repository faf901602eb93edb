package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.settings.Secret;
import java.util.Optional;

/**
 * The container's side of "Test connection": can the provider, from inside its container, reach Stash
 * (and Plex) with the addresses and secrets in the form? {@link ProviderImageLeg} runs the provider image
 * once to find out; when it cannot ({@link NotRun}), {@link ConnectionCheck} falls back to the bridge
 * gateway's port ({@link DockerSideProbe}) and says which check was made.
 */
@FunctionalInterface
public interface ContainerLeg {

    /** One target's answer from inside the container. */
    sealed interface Reach {
    }

    /** It answered: its version ({@code ready}: false while Stash still needs its setup or a migration). */
    record Reached(String version, boolean ready) implements Reach {
    }

    /**
     * It did not: {@code kind} is the provider's name for the failure ({@code unreachable}, {@code timeout},
     * {@code unauthorized}, {@code query-rejected}, {@code bad-answer}, {@code config}); {@code message} never holds a secret.
     */
    record NotReached(String kind, String message) implements Reach {

        boolean nothingAnswered() {
            return kind.equals("unreachable") || kind.equals("timeout");
        }
    }

    /** Plex's answer, with the address the container asked. */
    record PlexReach(String url, Reach reach) {
    }

    /** What the leg found. */
    sealed interface Outcome {
    }

    /**
     * The probe ran in a container of the provider image.
     *
     * @param stashUrl the address the container asked (as the provider gets it)
     * @param plex empty when the form had no Plex address
     */
    record Probed(String stashUrl, Reach stash, Optional<PlexReach> plex) implements Outcome {
    }

    /** No probe container could be run; {@code detail} is for the log. */
    record NotRun(Why why, String detail) implements Outcome {
    }

    /** Why the probe did not run: the text says it to the user. */
    enum Why {
        /** The provider image is not built yet (Save builds it). */
        NO_IMAGE,
        /** No Docker engine answers. */
        NO_ENGINE,
        /** The engine failed to run it, or it printed no answer in time. */
        FAILED,
        /** This check asks from this computer only. */
        NOT_ASKED
    }

    /** Blocks for seconds: run it off the FX thread. */
    Outcome probe(String stashUrl, Secret apiKey, String plexUrl, Secret plexToken);

    /** For a check that never asks from the container's side. */
    static ContainerLeg none() {
        return (stashUrl, apiKey, plexUrl, plexToken) -> new NotRun(Why.NOT_ASKED, "no container leg");
    }
}
