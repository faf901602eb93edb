package dev.stash2plex.app.settings.form;

/** What "Test connection" found out about the Stash URL and API key in the form. */
public sealed interface ConnectionResult {

    /** No answer from Stash, or not a Stash answer; {@code cause} says which, without the key. */
    record Unreachable(String cause) implements ConnectionResult {
    }

    /** Stash answered and refused the API key. */
    record WrongKey() implements ConnectionResult {
    }

    /**
     * Stash answered this computer, but nothing listens on the address the provider's container
     * reaches it by ({@code host.docker.internal}, the host gateway): Stash listens on 127.0.0.1 only.
     */
    record LoopbackOnly(String version) implements ConnectionResult {
    }

    /**
     * Stash answered with its version.
     *
     * @param ready false while Stash still needs its setup or a database migration
     */
    record Ok(String version, boolean ready) implements ConnectionResult {
    }
}
