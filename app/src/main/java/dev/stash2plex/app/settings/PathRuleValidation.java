package dev.stash2plex.app.settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The checks each rule must pass before it is worth handing to the provider's mapping code: a unique
 * name, both patterns present, a Plex pattern that compiles. Deeper checks (group references, the
 * self test) are the provider's own and run in the path tester.
 */
public final class PathRuleValidation {

    private PathRuleValidation() {
    }

    /** At most one problem per rule, in rule order. */
    public static List<RuleProblem> check(List<PathRuleSetting> rules) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            problem(i, rules.get(i), names).ifPresent(problems::add);
        }
        return List.copyOf(problems);
    }

    private static Optional<RuleProblem> problem(int index, PathRuleSetting rule, Set<String> names) {
        if (rule.name().isBlank()) {
            return Optional.of(new RuleProblem(index, FieldProblem.RULE_NAME_MISSING, ""));
        }
        if (!names.add(rule.name().strip())) {
            return Optional.of(new RuleProblem(index, FieldProblem.RULE_NAME_TWICE, ""));
        }
        if (rule.plexPattern().isEmpty()) {
            return Optional.of(new RuleProblem(index, FieldProblem.RULE_PLEX_PATTERN_MISSING, ""));
        }
        try {
            Pattern.compile(rule.plexPattern());
        } catch (PatternSyntaxException e) {
            String detail = e.getDescription() + (e.getIndex() >= 0 ? " (character " + (e.getIndex() + 1) + ")" : "");
            return Optional.of(new RuleProblem(index, FieldProblem.RULE_PLEX_PATTERN_INVALID, detail));
        }
        if (rule.stashPattern().isEmpty()) {
            return Optional.of(new RuleProblem(index, FieldProblem.RULE_STASH_PATTERN_MISSING, ""));
        }
        return Optional.empty();
    }
}
