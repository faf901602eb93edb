package dev.stash2plex.provider.testing;

import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Stash's {@code TimestampCriterionInput} ({@code created_at}, {@code updated_at}) the way its
 * SQL runs it ({@code getTimestampWhereClause}): the value is bound as it came and compared with
 * the stored RFC3339 text in SQLite, so the comparison is on strings, not instants. A client that
 * sends {@code 12:00:00Z} to a server that stored {@code 14:00:00+02:00} compares text and gets
 * text's answer.
 */
final class FakeTimestampCriterion {

    /** What SQLite's NUMERIC affinity turns into a number; the column's affinity applies it to the bound value. */
    private static final Pattern NUMERIC = Pattern.compile("\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*");

    private FakeTimestampCriterion() {
    }

    /**
     * A test on the stored timestamp text.
     *
     * @param tomorrow BETWEEN's upper bound when {@code value2} is missing (Stash: now + 1 day, server offset)
     */
    static Predicate<String> of(Map<String, Object> criterion, String tomorrow) {
        String value = (String) criterion.get("value");
        String upper = criterion.get("value2") instanceof String value2 ? value2 : tomorrow;
        return switch ((String) criterion.get("modifier")) {
            case "EQUALS" -> stored -> compare(stored, value) == 0;
            case "NOT_EQUALS" -> stored -> compare(stored, value) != 0;
            case "GREATER_THAN" -> stored -> compare(stored, value) > 0;
            case "LESS_THAN" -> stored -> compare(stored, value) < 0;
            case "BETWEEN" -> stored -> between(stored, value, upper);
            case "NOT_BETWEEN" -> stored -> !between(stored, value, upper);
            // The columns are NOT NULL.
            case "IS_NULL" -> stored -> false;
            case "NOT_NULL" -> stored -> true;
            // Stash builds an empty clause for any other modifier, and an empty clause filters nothing.
            default -> stored -> true;
        };
    }

    private static boolean between(String stored, String low, String high) {
        return compare(stored, low) >= 0 && compare(stored, high) <= 0;
    }

    /**
     * SQLite's ordering of two values: a number sorts before any text, two numbers compare as
     * numbers, two texts byte by byte in UTF-8 (BINARY collation), which is code point order.
     */
    static int compare(String stored, String bound) {
        boolean storedNumber = NUMERIC.matcher(stored).matches();
        boolean boundNumber = NUMERIC.matcher(bound).matches();
        if (storedNumber || boundNumber) {
            if (storedNumber && boundNumber) {
                return Double.compare(Double.parseDouble(stored.trim()), Double.parseDouble(bound.trim()));
            }
            return storedNumber ? -1 : 1;
        }
        int i = 0;
        int j = 0;
        while (i < stored.length() && j < bound.length()) {
            int a = stored.codePointAt(i);
            int b = bound.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(stored.length() - i, bound.length() - j);
    }
}
