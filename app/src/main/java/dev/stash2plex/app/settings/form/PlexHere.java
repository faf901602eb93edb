package dev.stash2plex.app.settings.form;

/**
 * The Plex leg of "Test connection" from this computer: does a Plex Media Server answer at the form's Plex
 * address ({@code GET /identity}, a short time limit)? The container's side is {@link ContainerLeg}'s; the two
 * together say which leg fails. {@link PlexIdentityLeg} asks for real. Blocks: run it off the FX thread.
 */
@FunctionalInterface
public interface PlexHere {

    /** What this computer found at the address. */
    sealed interface Outcome {
    }

    /** A Plex Media Server answered: its identifier and version. */
    record Answered(String machineIdentifier, String version) implements Outcome {
    }

    /** It did not: {@code why} for the sentence and its advice, {@code detail} for the log (never a secret). */
    record Failed(Why why, String detail) implements Outcome {
    }

    /** Why this computer got no Plex answer, one per thing the user can do. */
    enum Why {
        /** Nothing listens at that host and port. */
        REFUSED,
        /** The host name does not resolve on this computer. */
        UNKNOWN_HOST,
        /** No answer within the time limit. */
        TIMEOUT,
        /** Something answered, but not as a Plex Media Server does. */
        NOT_PLEX,
        /** Anything else: {@code detail} says it. */
        OTHER
    }

    Outcome ask(String plexUrl);
}
