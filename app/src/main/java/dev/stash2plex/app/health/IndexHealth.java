package dev.stash2plex.app.health;


/**
 * The provider's scene index as {@code /health} reports it (its {@code index} block), reduced to
 * what the tray shows: while it loads, how far it got.
 *
 * @param loaded scenes read so far
 * @param total scenes Stash has, or null while unknown
 * @param percent 0–100, or null while the total is unknown
 */
public record IndexHealth(State state, long loaded, Long total, Integer percent) {

    /** A provider without an index block (older than the index). */
    public static final IndexHealth NOT_REPORTED = new IndexHealth(State.NOT_REPORTED, 0, null, null);

    /** {@code index.state}; a value this app does not know counts as {@link #UNKNOWN}, never as a failure. */
    public enum State {
        NOT_REPORTED,
        OFF,
        LOADING,
        READY,
        FAILED,
        UNKNOWN;

        static State of(String text) {
            return ReportedState.of(State.class, text, NOT_REPORTED, UNKNOWN);
        }
    }

    public boolean loading() {
        return state == State.LOADING;
    }
}
