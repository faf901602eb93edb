package dev.stash2plex.app.health;

/**
 * Why the app itself stops the provider container. The supervisor, which alone stops it, tells the
 * {@link HealthMonitor} before it does ({@link HealthMonitor#expectStop}), so the exit that follows is
 * shown and logged as what it is rather than as a container stopped outside the app.
 */
public enum PlannedStop {

    /** Replaced by a container for the saved settings: the new one is on its way, so the provider is starting. */
    NEW_SETTINGS("for new settings", new HealthSignal.ContainerReplacing()),
    /** The user's Stop, Restart or Quit and stop. */
    ASKED("as asked", new HealthSignal.ContainerStopped());

    private final String reason;
    private final HealthSignal signal;

    PlannedStop(String reason, HealthSignal signal) {
        this.reason = reason;
        this.signal = signal;
    }

    /** For the log: "stopped for new settings". */
    String reason() {
        return reason;
    }

    /** What the exit means for the status. */
    HealthSignal signal() {
        return signal;
    }
}
