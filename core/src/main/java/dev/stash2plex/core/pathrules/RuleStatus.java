package dev.stash2plex.core.pathrules;

/**
 * How one rule came out of loading, for the startup banner, {@code /health} and the desktop app.
 *
 * @param ruleNumber   1-based position of the rule
 * @param name         the rule's name
 * @param active       false when the rule is disabled and maps nothing
 * @param reason       why the rule is disabled, or null when it is active
 * @param selfTest     the self-test outcome
 * @param oneWay       true when the rule maps Plex → Stash only and {@link PathRules#stashToPlex} skips it
 * @param oneWayReason why the rule cannot map Stash → Plex, or null when it can
 */
public record RuleStatus(int ruleNumber, String name, boolean active, String reason, SelfTest selfTest,
                         boolean oneWay, String oneWayReason) {
}
