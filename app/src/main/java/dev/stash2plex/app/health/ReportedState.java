package dev.stash2plex.app.health;

import java.util.Locale;

/** Reading a {@code state} field of the provider's {@code /health} blocks into one of our enums. */
final class ReportedState {

    private ReportedState() {
    }

    /**
     * {@code notReported} when the block has no state (a provider older than it), {@code unknown} for a
     * value this app does not know (a newer provider's): never a failure, never an exception.
     */
    static <E extends Enum<E>> E of(Class<E> type, String text, E notReported, E unknown) {
        if (text == null) {
            return notReported;
        }
        try {
            E state = Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            return state == notReported ? unknown : state;
        } catch (IllegalArgumentException e) {
            return unknown;
        }
    }
}
