package dev.stash2plex.provider.index;

/** The names under which the index keeps its own state in the store, next to the scenes. */
final class MetaKeys {

    /** "true" once every page of a build was stored; a half-built index is rebuilt at start. */
    static final String COMPLETE = "complete";
    /** Which Stash the index mirrors; another one means a rebuild. */
    static final String STASH = "stash";
    static final String SCENES_CURSOR = "cursor.scenes";
    /**
     * "true" once a refresh has re-read the seconds before the scenes cursor after it last moved:
     * from then on {@code updated_at > cursor} is enough, so a burst of edits in one second is not
     * read again at every refresh.
     */
    static final String SCENES_CURSOR_CONFIRMED = "cursor.scenes.confirmed";
    static final String PERFORMERS_CURSOR = "cursor.performers";
    static final String STUDIOS_CURSOR = "cursor.studios";
    static final String TAGS_CURSOR = "cursor.tags";
    /** When the last refresh finished (an Instant), so a restart knows how old the index is. */
    static final String LAST_REFRESH = "last_refresh";

    private MetaKeys() {
    }
}
