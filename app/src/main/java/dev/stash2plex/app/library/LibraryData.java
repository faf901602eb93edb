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
     * @param stashBasis {@code plex-items}: scenes no Plex item shows (the provider's Plex sync listed Plex);
     *                   {@code never-matched}: scenes no match request reached (no Plex map)
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

    /**
     * A refresh the provider's Plex sync took ({@code POST /sync/refresh}).
     *
     * @param plexItems the Plex items that showed the scene when the sync last listed Plex (0: none then)
     * @param syncState the sync's state ({@code up_to_date}, {@code waiting}, {@code failing}, {@code stopped}…)
     * @param syncReason why it is failing or stopped, in the provider's words; empty otherwise
     */
    public record Refresh(String sceneId, int plexItems, String syncState, String syncReason) {

        /** Plex is away or refused the token: the refresh waits in the provider until it takes changes. */
        public boolean waits() {
            return syncState.equals("failing") || syncState.equals("stopped");
        }
    }

    /** A path rule the provider worked out, and how many unmatched or weakly matched files it would match. */
    public record Suggestion(PathRuleSetting rule, int wouldMatch) {
    }
}
