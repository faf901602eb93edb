package dev.stash2plex.core.pathrules;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One rule ready to map, in both directions. Paths are normalised ({@code \} → {@code /}) on the way in.
 *
 * @param number          1-based position in the configuration
 * @param name            the rule's name
 * @param plex            the compiled {@code plex_pattern}
 * @param template        the parsed {@code stash_pattern}
 * @param inversion       the derived Stash → Plex direction, or why there is none
 * @param root            the library root, or null when the rule has none
 * @param caseInsensitive whether the rule ignores case
 */
record CompiledRule(int number, String name, PlexPattern plex, Template template, Inversion.Result inversion,
                    LibraryRoot root, boolean caseInsensitive) {

    /** One substitution at the start of the path; whatever the pattern did not consume is kept as the tail. */
    Optional<String> toStash(String plexPath) {
        String path = PathRules.normalise(plexPath);
        Matcher match = plex.compiled().matcher(path);
        if (!match.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(template.expand(match) + path.substring(match.end()));
    }

    Optional<String> toPlex(String stashPath) {
        Inversion.Reverse reverse = inversion.reverse();
        if (reverse == null) {
            return Optional.empty();
        }
        String path = PathRules.normalise(stashPath);
        Matcher match = reverse.regex().matcher(path);
        if (!match.lookingAt()) {
            return Optional.empty();
        }
        String plexPath = reverse.plexPrefix(match) + path.substring(match.end());
        // The derived direction is only trusted when the forward rule agrees: lookarounds, a group used twice
        // or a different greedy split could otherwise yield a Plex path that maps somewhere else.
        boolean agrees = toStash(plexPath)
                .filter(back -> caseInsensitive ? back.equalsIgnoreCase(path) : back.equals(path))
                .isPresent();
        return agrees ? Optional.of(plexPath) : Optional.empty();
    }

    /** The full Plex path to try for one of Plex's relative match filenames. */
    String candidatePath(String filename) {
        return root == null ? PathRules.normalise(filename) : root.join(filename);
    }

    boolean oneWay() {
        return inversion.reverse() == null;
    }
}
