package dev.stash2plex.core.stash;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stash dates are {@code YYYY-MM-DD}, and since v0.30 may be only {@code YYYY-MM} or {@code YYYY}.
 * Plex wants a full day for {@code originallyAvailableAt}; inventing one would show users a wrong
 * date, so a partial date gives only the year.
 */
public final class StashDates {

    private static final Pattern YEAR_PREFIX = Pattern.compile("^(\\d{4})(?:-\\d{2}){0,2}$");

    private StashDates() {
    }

    public static String fullDate(String date) {
        if (date == null || date.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(date).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static Integer year(String date) {
        if (date == null) {
            return null;
        }
        Matcher matcher = YEAR_PREFIX.matcher(date.strip());
        return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
