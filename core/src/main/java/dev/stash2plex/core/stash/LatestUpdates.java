package dev.stash2plex.core.stash;

/** The newest {@code updated_at} of each kind, as Stash sent it; null where Stash holds none. */
public record LatestUpdates(String scenes, String performers, String studios, String tags) {
}
