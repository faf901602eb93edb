package dev.stash2plex.app.plex;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Plex Media Server version as PMS reports it ({@code 1.43.0.10162-abcdef123}). Only the first three
 * numbers matter here: custom metadata providers exist from 1.43.0 on.
 *
 * @param text the version exactly as Plex sent it, for showing to the user
 */
public record PlexVersion(int major, int minor, int patch, String text) implements Comparable<PlexVersion> {

    /** The first PMS with custom metadata providers (Settings → Metadata Agents). */
    public static final PlexVersion PROVIDERS_SINCE = new PlexVersion(1, 43, 0, "1.43.0");

    private static final Pattern NUMBERS = Pattern.compile("^v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** Empty when the text does not start with at least {@code MAJOR.MINOR}. */
    public static Optional<PlexVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBERS.matcher(text.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PlexVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty(); // more digits than an int holds: not a version PMS would send
        }
    }

    public boolean supportsProviders() {
        return compareTo(PROVIDERS_SINCE) >= 0;
    }

    @Override
    public int compareTo(PlexVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return text;
    }
}
