package dev.stash2plex.provider.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The fake Stash's sense of time: the server's local offset, in which Stash writes its
 * timestamps (Go's {@code time.RFC3339}: whole seconds, {@code Z} for UTC, else {@code +02:00}),
 * and a clock that only moves forward, so "edited after that" is never a tie in a test.
 */
final class FakeClock {

    /** Go's RFC3339 layout; {@code XXX} prints {@code Z} for a zero offset, as Go does. */
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private volatile ZoneOffset offset = ZoneOffset.UTC;
    private Instant latest = Instant.EPOCH;

    ZoneOffset offset() {
        return offset;
    }

    void offset(ZoneOffset value) {
        offset = value;
    }

    /** Remembers a timestamp Stash holds, so that the next edit is later than it. */
    synchronized void observe(String rfc3339) {
        try {
            Instant seen = OffsetDateTime.parse(rfc3339).toInstant();
            if (seen.isAfter(latest)) {
                latest = seen;
            }
        } catch (DateTimeParseException | NullPointerException e) {
            // A fixture may hold any string; it just does not move the clock.
        }
    }

    /** "Now" for an edit: the wall clock, but at least one second after every timestamp seen so far. */
    synchronized String next() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        latest = now.isAfter(latest) ? now : latest.plusSeconds(1);
        return format(latest);
    }

    /** Stash's default upper bound of BETWEEN without {@code value2}: now plus one day, in the server's offset. */
    String tomorrow() {
        return format(Instant.now().plus(Duration.ofDays(1)));
    }

    String format(Instant instant) {
        return rfc3339(instant, offset);
    }

    /** How Stash writes an instant in a server with this offset, e.g. {@code 2026-12-02T14:03:07+02:00}. */
    static String rfc3339(Instant instant, ZoneOffset offset) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), offset).format(RFC3339);
    }

    synchronized void reset() {
        offset = ZoneOffset.UTC;
        latest = Instant.EPOCH;
    }
}
