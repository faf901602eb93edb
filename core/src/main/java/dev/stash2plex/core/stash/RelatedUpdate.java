package dev.stash2plex.core.stash;

/**
 * A performer, studio or tag that Stash says changed.
 *
 * @param updatedAt exactly as Stash sent it (its own offset), so it can be sent back as a cursor
 */
public record RelatedUpdate(Kind kind, String id, String updatedAt) {

    /** What a scene can hold that has a life of its own in Stash. */
    public enum Kind {
        PERFORMER, STUDIO, TAG
    }
}
