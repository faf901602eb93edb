package dev.stash2plex.provider.index;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Stash's {@code updated_at} cursors. Stash stores RFC 3339 text in its own offset and compares it
 * as text, so a cursor is always a value Stash sent, kept in that offset and form; moving it back
 * by a margin keeps both, so the comparison stays meaningful to Stash.
 */
final class StashTimestamps {

    /** Seconds precision, as Stash writes: {@code 2026-12-02T14:03:07+02:00} (or {@code Z}). */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private StashTimestamps() {
    }

    /** {@code stamp} moved back by {@code margin}, in the same offset; unparsable text is returned as it is. */
    static String minus(String stamp, Duration margin) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(stamp);
            return time.minus(margin).format(SECONDS);
        } catch (DateTimeParseException e) {
            return stamp;
        }
    }

    /** The later of two cursors, as Stash would order them (as text); null counts as earliest. */
    static String later(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}
