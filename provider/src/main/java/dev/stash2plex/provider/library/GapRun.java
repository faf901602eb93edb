package dev.stash2plex.provider.library;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One comparison of both sides: the unmatched files re-checked against today's index and rules, and
 * how many gaps each side has afterwards.
 *
 * @param trigger {@code schedule} or {@code request}
 * @param skipped why the run did nothing (the index not usable), or null
 */
public record GapRun(
        @JsonProperty("trigger") String trigger,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("finished_at") Instant finishedAt,
        @JsonProperty("rechecked") int rechecked,
        @JsonProperty("now_matched") int nowMatched,
        @JsonProperty("plex_unmatched") int plexUnmatched,
        @JsonProperty("stash_unmatched") int stashUnmatched,
        @JsonProperty("skipped") String skipped) {
}
