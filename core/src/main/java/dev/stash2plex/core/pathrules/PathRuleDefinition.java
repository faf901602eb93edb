package dev.stash2plex.core.pathrules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One path rule exactly as the user wrote it in {@code S2P_PATH_RULES} or {@code provider.yml}; nothing
 * is checked here, so the desktop app can hold and save a rule the user is still typing.
 * {@link PathRules#compile} is where a definition is judged.
 *
 * <p>The keys are the original provider's, so existing configurations keep working; unknown keys are
 * rejected because a misspelt optional key ({@code case_insensitve}) would otherwise be silently ignored.
 *
 * @param name            label shown in errors, the banner, health and explain output
 * @param plexPattern     regex applied at the start of the Plex path, like Python's {@code re.match}
 * @param stashPattern    replacement template with {@code \1} and {@code \g<name>} references, not a regex
 * @param caseInsensitive whether both directions ignore case
 * @param plexLibraryRoot absolute Plex folder of the library, joined with Plex's relative match filenames; may be null
 * @param testPlexPath    optional self test input; null when no self test is configured
 * @param testStashPath   the Stash path {@code testPlexPath} must map to, and back from
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PathRuleDefinition(
        @JsonProperty("name") String name,
        @JsonProperty("plex_pattern") String plexPattern,
        @JsonProperty("stash_pattern") String stashPattern,
        @JsonProperty("case_insensitive") boolean caseInsensitive,
        @JsonProperty("plex_library_root") String plexLibraryRoot,
        @JsonProperty("test_plex_path") String testPlexPath,
        @JsonProperty("test_stash_path") String testStashPath) {

    /** A rule with only the three required keys, as most configurations have. */
    public static PathRuleDefinition of(String name, String plexPattern, String stashPattern) {
        return new PathRuleDefinition(name, plexPattern, stashPattern, false, null, null, null);
    }

    public PathRuleDefinition withCaseInsensitive(boolean value) {
        return new PathRuleDefinition(name, plexPattern, stashPattern, value, plexLibraryRoot, testPlexPath, testStashPath);
    }

    public PathRuleDefinition withPlexLibraryRoot(String root) {
        return new PathRuleDefinition(name, plexPattern, stashPattern, caseInsensitive, root, testPlexPath, testStashPath);
    }

    public PathRuleDefinition withSelfTest(String plexPath, String stashPath) {
        return new PathRuleDefinition(name, plexPattern, stashPattern, caseInsensitive, plexLibraryRoot, plexPath, stashPath);
    }
}
