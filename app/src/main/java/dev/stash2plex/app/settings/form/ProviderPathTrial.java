package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.settings.PathRuleSetting;
import dev.stash2plex.core.pathrules.PathMapping;
import dev.stash2plex.core.pathrules.PathRuleDefinition;
import dev.stash2plex.core.pathrules.PathRuleException;
import dev.stash2plex.core.pathrules.PathRules;
import dev.stash2plex.core.pathrules.RuleStatus;
import java.util.List;
import java.util.Optional;

/**
 * The path tester through the provider's own mapping code: the rules are compiled exactly as the
 * provider compiles them at start-up (including each rule's self test), so what the tester shows is
 * what the provider will do.
 */
public final class ProviderPathTrial implements PathTrial {

    @Override
    public Result map(List<PathRuleSetting> rules, String plexPath) {
        PathRules compiled;
        try {
            compiled = PathRules.compile(rules.stream().map(ProviderPathTrial::definition).toList());
        } catch (PathRuleException e) {
            return new Result.RulesInvalid(e.getMessage());
        }
        Optional<PathMapping> mapping = compiled.plexToStash(plexPath);
        if (mapping.isPresent()) {
            return new Result.Mapped(mapping.get().ruleName(), mapping.get().path());
        }
        // A rule whose self test failed maps nothing; say so rather than a bare "no match".
        return compiled.statuses().stream()
                .filter(status -> !status.active())
                .findFirst()
                .<Result>map(status -> new Result.RulesInvalid(describe(status)))
                .orElse(new Result.NoMatch());
    }

    private static String describe(RuleStatus status) {
        return "rule " + status.ruleNumber() + " \u201c" + status.name() + "\u201d is disabled: " + status.reason();
    }

    /** Empty optional text means "not set", which the provider's definition spells null. */
    static PathRuleDefinition definition(PathRuleSetting rule) {
        return new PathRuleDefinition(rule.name(), rule.plexPattern(), rule.stashPattern(), rule.caseInsensitive(),
                blankToNull(rule.plexLibraryRoot()), blankToNull(rule.testPlexPath()), blankToNull(rule.testStashPath()));
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
