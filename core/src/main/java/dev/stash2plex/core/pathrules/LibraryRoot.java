package dev.stash2plex.core.pathrules;

import java.util.regex.Pattern;

/**
 * A rule's {@code plex_library_root}: the folder Plex's match filenames are relative to. Plex sends
 * {@code Studio/a.mp4} or {@code /Studio/a.mp4} for {@code /plex/media/Studio/a.mp4}, so the rule's pattern,
 * written against full Plex paths, needs the folder put back first.
 *
 * @param folder          the root with forward slashes and no trailing slash ({@code ""} for {@code /})
 * @param caseInsensitive whether "already under the root" ignores case, like the rule itself
 */
record LibraryRoot(String folder, boolean caseInsensitive) {

    private static final Pattern ABSOLUTE = Pattern.compile("/.*|[A-Za-z]:/.*");

    /** The message is the user-facing reason when the root is not an absolute folder. */
    static LibraryRoot parse(String written, boolean caseInsensitive) {
        String normalised = PathRules.normalise(written.strip());
        if (!ABSOLUTE.matcher(normalised).matches()) {
            throw new IllegalArgumentException("plex_library_root \"" + written
                    + "\" is not an absolute folder; write it as Plex sees it, e.g. /plex/media/");
        }
        return new LibraryRoot(normalised.replaceAll("/+$", ""), caseInsensitive);
    }

    /**
     * The full Plex path of a match filename. A filename that already starts with the root is taken as a full
     * path, so a Plex version that sends absolute paths, or a self test written with one, still works.
     */
    String join(String filename) {
        String path = PathRules.normalise(filename);
        String prefix = folder + "/";
        if (path.regionMatches(caseInsensitive, 0, prefix, 0, prefix.length())) {
            return path;
        }
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return prefix + path.substring(start);
    }
}
