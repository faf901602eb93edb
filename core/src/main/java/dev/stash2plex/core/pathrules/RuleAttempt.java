package dev.stash2plex.core.pathrules;

/**
 * What one rule did with one Plex match filename, for the explain endpoint and the desktop path tester.
 * Every rule is tried, so a user can see that a later rule would also have matched; the first attempt with
 * {@code matched} is the one {@link PathRules#plexFilenameToStash} uses.
 *
 * @param ruleNumber 1-based position of the rule
 * @param ruleName   the rule's name
 * @param plexPath   the full Plex path the rule was tried on (library root joined with the filename)
 * @param matched    whether the rule produced a Stash path
 * @param stashPath  the Stash path produced, or null
 * @param reason     why the rule did not apply (disabled, or no match), or null when it matched
 */
public record RuleAttempt(int ruleNumber, String ruleName, String plexPath, boolean matched, String stashPath,
                          String reason) {

    static RuleAttempt mapped(int ruleNumber, String ruleName, String plexPath, String stashPath) {
        return new RuleAttempt(ruleNumber, ruleName, plexPath, true, stashPath, null);
    }

    static RuleAttempt skipped(int ruleNumber, String ruleName, String plexPath, String reason) {
        return new RuleAttempt(ruleNumber, ruleName, plexPath, false, null, reason);
    }
}
