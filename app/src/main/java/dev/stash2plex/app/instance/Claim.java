package dev.stash2plex.app.instance;

/** What {@link SingleInstance#claim()} found out. */
public sealed interface Claim {

    /** This process is the running instance; start {@link #listener()} once there is a window to reveal. */
    record First(RevealListener listener) implements Claim {
    }

    /**
     * Another instance runs. {@code answered}: it took the request to come to the front; false when it
     * held the lock but never answered (hung, or its socket could not be bound).
     */
    record Second(boolean answered) implements Claim {
    }
}
