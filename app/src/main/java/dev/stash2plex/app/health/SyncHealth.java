package dev.stash2plex.app.health;

import java.time.Instant;

/**
 * The provider's Plex sync as {@code /health} reports it (its {@code sync} block), reduced to what
 * the tray shows: "Plex up to date", "12 changes waiting — Plex unreachable since 14:02".
 *
 * @param reason why it is off, failing or stopped (the provider's words); may be null
 * @param waiting changes not yet delivered to Plex
 * @param parked changes given up on
 * @param failingSince when the current failure began; null when none
 */
public record SyncHealth(State state, String reason, int waiting, int parked, Instant failingSince) {

    /** A provider without a sync block (older than the sync), or no answer yet. */
    public static final SyncHealth NOT_REPORTED = new SyncHealth(State.NOT_REPORTED, null, 0, 0, null);

    /** {@code sync.state}; a value this app does not know counts as {@link #UNKNOWN}. */
    public enum State {
        NOT_REPORTED,
        OFF,
        STARTING,
        UP_TO_DATE,
        WAITING,
        FAILING,
        STOPPED,
        UNKNOWN;

        static State of(String text) {
            return ReportedState.of(State.class, text, NOT_REPORTED, UNKNOWN);
        }
    }

    /** Failing (Plex away, 5xx) or stopped (token refused). */
    public boolean troubled() {
        return state == State.FAILING || state == State.STOPPED;
    }

    /** Something the user can ask for with "Sync now". */
    public boolean running() {
        return state != State.NOT_REPORTED && state != State.OFF && state != State.UNKNOWN;
    }
}
