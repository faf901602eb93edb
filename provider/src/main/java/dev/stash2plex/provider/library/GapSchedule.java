package dev.stash2plex.provider.library;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** How often the gap comparison runs by itself ({@code S2P_GAPS_SCHEDULE}); it can always be run on demand. */
public enum GapSchedule {
    MANUAL(null),
    HOURLY(Duration.ofHours(1)),
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7));

    private final Duration every;

    GapSchedule(Duration every) {
        this.every = every;
    }

    /** Empty for {@link #MANUAL}. */
    public Optional<Duration> every() {
        return Optional.ofNullable(every);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The schedule a setting names, ignoring case and spaces; empty when it names none. */
    public static Optional<GapSchedule> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (GapSchedule schedule : values()) {
            if (schedule.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(schedule);
            }
        }
        return Optional.empty();
    }
}
