package dev.stash2plex.provider.library;

import dev.stash2plex.core.pathrules.RuleAttempt;
import dev.stash2plex.provider.index.store.MatchHistory;
import dev.stash2plex.provider.match.Candidate;
import dev.stash2plex.provider.match.MatchResult;
import dev.stash2plex.provider.match.MatchStep;
import java.time.Instant;
import java.util.Optional;

/** What of a match result the history keeps: the file, the library folder it sits in, and what decided it. */
final class MatchedFile {

    private MatchedFile() {
    }

    /**
     * The history entry of an automatic match, or empty when it decided nothing about a file: no
     * filename, not a movie, or Stash failed half-way (Plex asks again; that is no gap).
     */
    static Optional<MatchHistory.Entry> entryOf(MatchResult result, Instant now) {
        String filename = result.request().filename();
        Integer type = result.request().type();
        if (filename == null || result.stashError() != null || (type != null && type != 1)) {
            return Optional.empty();
        }
        String key = filename.replace('\\', '/');
        Candidate top = result.candidates().isEmpty() ? null : result.candidates().getFirst();
        return Optional.of(new MatchHistory.Entry(key, libraryRoot(result, key), result.request().title(),
                top == null ? null : top.step(), top == null ? null : sceneId(top), now));
    }

    /**
     * The folder a rule's {@code plex_library_root} put in front of the filename (the rule that mapped
     * it, else the first tried), or null when the filename was used as it came.
     */
    static String libraryRoot(MatchResult result, String filename) {
        RuleAttempt attempt = null;
        for (MatchStep step : result.steps()) {
            for (RuleAttempt tried : step.ruleAttempts()) {
                if (attempt == null || (tried.matched() && !attempt.matched())) {
                    attempt = tried;
                }
            }
        }
        if (attempt == null || attempt.plexPath() == null || attempt.plexPath().equals(filename)) {
            return null;
        }
        String relative = filename.replaceFirst("^/+", "");
        String full = attempt.plexPath();
        if (!full.endsWith("/" + relative)) {
            return null;
        }
        String root = full.substring(0, full.length() - relative.length() - 1);
        return root.isEmpty() ? "/" : root;
    }

    private static Long sceneId(Candidate candidate) {
        try {
            return Long.valueOf(candidate.scene().id());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
