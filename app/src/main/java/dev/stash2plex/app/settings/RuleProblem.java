package dev.stash2plex.app.settings;

/**
 * What is wrong with one path rule.
 *
 * @param index the rule's position in the list, from 0
 * @param detail extra text for the user (the regex parser's explanation), or empty
 */
public record RuleProblem(int index, FieldProblem problem, String detail) {
}
