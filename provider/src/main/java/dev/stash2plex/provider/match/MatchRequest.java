package dev.stash2plex.provider.match;

/**
 * What Plex asks when it wants an item matched. Every field is optional on the wire.
 *
 * @param type 1 for a movie; null when Plex did not say
 * @param filename the media file relative to the library folder, as Plex sends it
 * @param manual true for Fix Match (a ranked list), false for an automatic match (at most one)
 */
public record MatchRequest(Integer type, String title, Integer year, String guid, String filename, boolean manual) {

    public MatchRequest withManual(boolean manual) {
        return new MatchRequest(type, title, year, guid, filename, manual);
    }
}
