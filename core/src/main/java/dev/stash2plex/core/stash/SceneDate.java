package dev.stash2plex.core.stash;

/**
 * A scene's id and date, no more: what the TV layout groups into seasons.
 *
 * @param date {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or null
 */
public record SceneDate(String id, String date) {
}
