package dev.stash2plex.provider.library;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * {@code /library/report}: how the files Plex asked about were decided, and the gaps on each side.
 *
 * @param byStep files per deciding step, {@code none} for the unmatched; every step is present
 * @param stashBasis what the Stash side is based on (see {@link StashSideGaps#basis()})
 */
record LibraryReport(
        @JsonProperty("files") int files,
        @JsonProperty("by_step") Map<String, Integer> byStep,
        @JsonProperty("plex_unmatched") int plexUnmatched,
        @JsonProperty("stash_unmatched") int stashUnmatched,
        @JsonProperty("stash_basis") String stashBasis,
        @JsonProperty("scenes") int scenes,
        @JsonProperty("history_limit") int historyLimit,
        @JsonProperty("history_dropped") long historyDropped,
        @JsonProperty("schedule") String schedule,
        @JsonProperty("running") boolean running,
        @JsonProperty("last_run") GapRun lastRun) {
}
