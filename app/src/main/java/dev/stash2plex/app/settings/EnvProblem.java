package dev.stash2plex.app.settings;

/** Why a line of the env file, or a value about to be written to it, is refused. */
public enum EnvProblem {
    /** The line is neither blank, a {@code #} comment nor {@code NAME=value}. */
    NOT_AN_ASSIGNMENT,
    /** The name is not letters, digits and {@code _} (not starting with a digit). */
    BAD_NAME,
    /** The same name appears twice; which one wins differs between tools. */
    DUPLICATE,
    /** A quote opened on this line is not closed on it. */
    UNTERMINATED_QUOTE,
    /** Something other than a {@code # comment} follows the closing quote. */
    TEXT_AFTER_QUOTE,
    /** {@code $} where Docker Compose substitutes variables (unquoted, double-quoted, or {@code ${…}} anywhere). */
    DOLLAR,
    /** A backslash that Compose v2 and docker-compose 1.29 read differently ({@code \\}, {@code \'}, a final one, or any in double quotes). */
    BACKSLASH,
    /** A {@code #} after a tab in an unquoted value: a comment for one Compose, text for the other. */
    AMBIGUOUS_COMMENT,
    /** A line break or other control character, which a one-line env entry cannot hold. */
    CONTROL_CHARACTER,
    /** Bytes that are not UTF-8 text (a file saved in another encoding, or damaged). */
    NOT_UTF8,
    /** Both kinds of quote, or a single quote together with a backslash or {@code $}. */
    QUOTES,
    /** A number was expected. */
    NOT_A_NUMBER,
    /** Not one of trace, debug, info, warn, error. */
    NOT_A_LOG_LEVEL
}
