package dev.stash2plex.core.pathrules;

/** A path translated by a rule; the rule name is kept so logs and explain output can say which rule did it. */
public record PathMapping(String ruleName, String path) {
}
