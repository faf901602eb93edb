package dev.stash2plex.provider.match;

/**
 * Confidence per kind of evidence. Everything stays at 80 or above because one implementer reports
 * Plex dropping candidates below 80; the order, not the number, carries the meaning: our own guid and
 * the exact file beat a unique file name, which beats any title guess.
 */
final class Scores {

    static final int GUID = 100;
    /** Another Stash agent's guid, and the scene has a file of the name Plex sent. */
    static final int LEGACY_GUID_SAME_FILE = 99;
    /** Another Stash agent's guid, and Plex sent no file name to compare. */
    static final int LEGACY_GUID = 97;
    /** Another Stash agent's guid whose scene's files have other names: offered in Fix Match only. */
    static final int LEGACY_GUID_DISPUTED = 84;
    static final int EXACT_PATH = 100;
    static final int SAME_PATH_SEVERAL_SCENES = 96;
    /** The same bytes (size and oshash): as sure as the path, and it survives renames and moves. */
    static final int SAME_FINGERPRINT = 98;
    static final int SAME_FINGERPRINT_SEVERAL_SCENES = 94;
    static final int UNIQUE_BASENAME = 95;
    static final int BASENAME_BEST_FOLDER = 92;
    static final int AMBIGUOUS_BASENAME = 88;
    static final int TITLE_AND_YEAR = 87;
    static final int TITLE_ONLY = 85;
    static final int TITLE_OTHER_YEAR = 82;
    static final int TITLE_PARTIAL = 80;

    private Scores() {
    }
}
