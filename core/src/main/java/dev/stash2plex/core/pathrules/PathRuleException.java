package dev.stash2plex.core.pathrules;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The path rules cannot be loaded. The message is meant for the user as is: it names the rule (by its
 * 1-based position and, when it has one, its name) and says what to change. Rule texts are not secret,
 * so they may appear in the message.
 */
public final class PathRuleException extends Exception {

    private final int ruleNumber;
    private final String ruleName;

    private PathRuleException(String message, int ruleNumber, String ruleName, Throwable cause) {
        super(message, cause);
        this.ruleNumber = ruleNumber;
        this.ruleName = ruleName;
    }

    /** A fault in one rule: {@code Path rule 2 "nas": <detail>}. */
    static PathRuleException inRule(int ruleNumber, String ruleName, String detail) {
        return new PathRuleException(label(ruleNumber, ruleName) + ": " + detail, ruleNumber, ruleName, null);
    }

    /** A fault in the rule list as a whole (not JSON, not a list). */
    static PathRuleException inList(String detail, Throwable cause) {
        return new PathRuleException("Path rules: " + detail, 0, null, cause);
    }

    static String label(int ruleNumber, String ruleName) {
        return ruleName == null ? "Path rule " + ruleNumber : "Path rule " + ruleNumber + " \"" + ruleName + "\"";
    }

    /** The 1-based position of the faulty rule; empty when the list as a whole is at fault. */
    public OptionalInt ruleNumber() {
        return ruleNumber > 0 ? OptionalInt.of(ruleNumber) : OptionalInt.empty();
    }

    /** The faulty rule's name; empty when the list is at fault or the rule has no name. */
    public Optional<String> ruleName() {
        return Optional.ofNullable(ruleName);
    }
}
