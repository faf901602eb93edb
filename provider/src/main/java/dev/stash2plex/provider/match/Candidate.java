package dev.stash2plex.provider.match;

import dev.stash2plex.core.stash.SceneHit;

/**
 * A scene that may be the file Plex asked about.
 *
 * @param score 0–100; file identity scores above every title guess (see {@link Scores})
 * @param step the match step that found it: guid, path, basename or title
 * @param reason why it scored what it did, for the explain endpoint and the logs
 */
public record Candidate(SceneHit scene, int score, String step, String reason) {
}
