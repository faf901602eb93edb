package dev.stash2plex.app.plex.account;

/** How a "Sign in with Plex" ended, short of a failure to reach plex.tv (a {@code PlexException}). */
public sealed interface SignInOutcome {

    /** The user approved the PIN; the token is saved. */
    record SignedIn() implements SignInOutcome {
    }

    /** The user did not approve it in time; plex.tv forgot the PIN. */
    record Expired() implements SignInOutcome {
    }

    /** The user pressed Cancel. */
    record Cancelled() implements SignInOutcome {
    }
}
