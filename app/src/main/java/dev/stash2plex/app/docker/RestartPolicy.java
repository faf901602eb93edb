package dev.stash2plex.app.docker;

/** The restart policies we use: the compose file's, and none once a crash loop was detected. */
public enum RestartPolicy {
    UNLESS_STOPPED,
    NO
}
