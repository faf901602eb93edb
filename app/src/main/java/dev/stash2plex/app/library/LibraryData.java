package dev.stash2plex.app.library;

import dev.stash2plex.app.settings.PathRuleSetting;
import java.util.List;
import java.util.Map;

/** What the Library window shows, as the provider's {@code /library/…} endpoints answer it. */
public final class LibraryData {

    private LibraryData() {
    }

    /** Which list: Plex files no scene matched, or scenes Plex has not matched. */
    public enum Side { PLEX, STASH }

    /**
     * @param byStep files per deciding step in the matcher's order, {@code none} last
     * @param stashBasis {@code never-matched}: scenes no match request reached (no Plex map yet)
     */
    public record Report(int files, Map<String, Integer> byStep, int plexUnmatched, int stashUnmatched, String stashBasis,
            int scenes, String lastRun) {
        public Report {
            byStep = Map.copyOf(byStep);
        }
    }

    /** One row of a list: the file (Plex's filename or the scene's path), what else is known, the scene if any. */
    public record Row(String file, String detail, String sceneId) {
    }

    public record Page(int total, int offset, List<Row> rows) {
        public Page {
            rows = List.copyOf(rows);
        }
    }

    /** A path rule the provider worked out, and how many unmatched or weakly matched files it would match. */
    public record Suggestion(PathRuleSetting rule, int wouldMatch) {
    }
}
