package dev.stash2plex.app.settings;

import java.util.Locale;
import java.util.Optional;

/** The provider's log levels, written in the lower case the provider expects. */
public enum LogLevel {
    TRACE, DEBUG, INFO, WARN, ERROR;

    /** {@code info}: the text in the env file. */
    public String envValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts what the provider accepts, including {@code warning} and any case. */
    public static Optional<LogLevel> parse(String text) {
        String level = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (level.equals("WARNING")) {
            return Optional.of(WARN);
        }
        for (LogLevel candidate : values()) {
            if (candidate.name().equals(level)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
