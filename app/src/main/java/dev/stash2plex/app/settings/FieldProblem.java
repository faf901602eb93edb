package dev.stash2plex.app.settings;

/** Why a value typed into the settings form is refused; each has its text in messages.properties. */
public enum FieldProblem {
    URL_MISSING,
    URL_SPACES,
    URL_SCHEME,
    URL_HOST,
    URL_PORT,
    URL_EXTRA,
    KEY_MISSING,
    /** A key or token holds a character that is not printable ASCII (see {@link UnusableCharacter}). */
    SECRET_CHARACTER,
    PORT_RANGE,
    NOT_STORABLE,
    RULE_NAME_MISSING,
    RULE_NAME_TWICE,
    RULE_PLEX_PATTERN_MISSING,
    RULE_PLEX_PATTERN_INVALID,
    RULE_STASH_PATTERN_MISSING
}
