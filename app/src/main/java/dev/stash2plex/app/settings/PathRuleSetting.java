package dev.stash2plex.app.settings;

import java.util.Objects;

/**
 * One path rule as the user configures it; the keys of {@code path_rules} entries in
 * {@code provider.yml} are the snake_case forms of these names. Empty optional text means "not set".
 *
 * @param plexPattern a regular expression applied at the start of the Plex path
 * @param stashPattern the Stash path template, with {@code \1}, {@code \2}… for the captured groups
 * @param plexLibraryRoot the Plex library folder this rule covers (optional)
 * @param testPlexPath a Plex path the provider maps at start-up as a self test (optional)
 * @param testStashPath the Stash path {@code testPlexPath} must map to (optional)
 */
public record PathRuleSetting(String name, String plexPattern, String stashPattern, boolean caseInsensitive,
                              String plexLibraryRoot, String testPlexPath, String testStashPath) {

    public PathRuleSetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plexPattern, "plexPattern");
        Objects.requireNonNull(stashPattern, "stashPattern");
        plexLibraryRoot = plexLibraryRoot == null ? "" : plexLibraryRoot;
        testPlexPath = testPlexPath == null ? "" : testPlexPath;
        testStashPath = testStashPath == null ? "" : testStashPath;
    }

    /** A rule with only the three fields every rule needs. */
    public static PathRuleSetting of(String name, String plexPattern, String stashPattern) {
        return new PathRuleSetting(name, plexPattern, stashPattern, false, "", "", "");
    }
}
