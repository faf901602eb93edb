package dev.stash2plex.provider.library;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stash2plex.core.pathrules.PathRuleDefinition;

/**
 * A path rule worked out from files Plex asked about and Stash files of the same name, already
 * through its round-trip self test (its test paths are one of the files it was found from).
 *
 * @param wouldMatch how many of the files no rule decided it maps onto a Stash file of the same name
 * @param found how many files pointed at this pair of folders
 */
public record ProposedRule(
        @JsonProperty("rule") PathRuleDefinition rule,
        @JsonProperty("would_match") int wouldMatch,
        @JsonProperty("found_from") int found,
        @JsonProperty("self_test") String selfTest) {
}
