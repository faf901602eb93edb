package dev.stash2plex.core.pathrules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns definitions into rules, judging every one at load so a mistake surfaces in the startup log and the
 * desktop app instead of on the first Plex scan. Mistakes in a rule's own text are fatal (the user must fix the
 * configuration); a failing self test only disables its rule, because the provider still works without it
 * (the basename fallback) and a wrong mapping is worse than none.
 */
final class RuleCompiler {

    /** A compiled rule with how it came out of loading. */
    record Loaded(CompiledRule rule, RuleStatus status) {
        boolean active() {
            return status.active();
        }
    }

    private RuleCompiler() {
    }

    static List<Loaded> compile(List<PathRuleDefinition> definitions) throws PathRuleException {
        List<Loaded> loaded = new ArrayList<>();
        Map<String, Integer> numbersByName = new HashMap<>();
        for (int i = 0; i < definitions.size(); i++) {
            int number = i + 1;
            PathRuleDefinition definition = definitions.get(i);
            String name = checkRequired(number, definition);
            Integer earlier = numbersByName.putIfAbsent(name, number);
            if (earlier != null) {
                throw PathRuleException.inRule(number, name, "has the same name as path rule " + earlier
                        + "; names must be unique");
            }
            CompiledRule rule = build(number, name, definition);
            loaded.add(new Loaded(rule, status(rule, definition)));
        }
        return List.copyOf(loaded);
    }

    private static CompiledRule build(int number, String name, PathRuleDefinition definition) throws PathRuleException {
        try {
            boolean caseInsensitive = definition.caseInsensitive();
            PlexPattern plex = PlexPattern.compile(definition.plexPattern(), caseInsensitive);
            Template template = Template.parse(definition.stashPattern(), plex.groupCount(), plex.groupNames());
            String rootText = blankToNull(definition.plexLibraryRoot());
            LibraryRoot root = rootText == null ? null : LibraryRoot.parse(rootText, caseInsensitive);
            if ((blankToNull(definition.testPlexPath()) == null) != (blankToNull(definition.testStashPath()) == null)) {
                throw new IllegalArgumentException("test_plex_path and test_stash_path make one self test; set both or neither");
            }
            return new CompiledRule(number, name, plex, template, Inversion.of(plex, template, caseInsensitive), root,
                    caseInsensitive);
        } catch (IllegalArgumentException e) {
            throw PathRuleException.inRule(number, name, e.getMessage());
        }
    }

    private static RuleStatus status(CompiledRule rule, PathRuleDefinition definition) {
        SelfTest selfTest = selfTest(rule, blankToNull(definition.testPlexPath()), blankToNull(definition.testStashPath()));
        String reason = selfTest.failed() ? "self test failed: " + selfTest.detail() : null;
        return new RuleStatus(rule.number(), rule.name(), !selfTest.failed(), reason, selfTest, rule.oneWay(),
                rule.inversion().oneWayReason());
    }

    /**
     * Runs the rule alone (not first-match-wins over all rules): the test is about this rule's text. The Plex
     * side goes through the library root like a real match filename, so a relative test path works too.
     */
    static SelfTest selfTest(CompiledRule rule, String testPlexPath, String testStashPath) {
        if (testPlexPath == null) {
            return SelfTest.notConfigured();
        }
        String plexPath = rule.candidatePath(testPlexPath);
        Optional<String> stash = rule.toStash(plexPath);
        if (!stash.filter(testStashPath::equals).isPresent()) {
            return SelfTest.failed("plex→stash", plexPath, testStashPath, stash.orElse(null));
        }
        if (rule.oneWay()) {
            return SelfTest.passed("plex→stash passed; stash→plex not checked because the rule is one-way");
        }
        Optional<String> plex = rule.toPlex(testStashPath);
        if (!plex.filter(plexPath::equals).isPresent()) {
            return SelfTest.failed("stash→plex", testStashPath, plexPath, plex.orElse(null));
        }
        return SelfTest.passed("passed both ways");
    }

    /** Shared with the parser so a missing key reads the same from JSON, YAML or code; returns the name. */
    static String checkRequired(int number, PathRuleDefinition definition) throws PathRuleException {
        if (definition == null) {
            throw PathRuleException.inRule(number, null, "is empty; write a rule with name, plex_pattern and stash_pattern");
        }
        String name = blankToNull(definition.name());
        require(number, name, "name", definition.name());
        require(number, name, "plex_pattern", definition.plexPattern());
        require(number, name, "stash_pattern", definition.stashPattern());
        return name;
    }

    private static void require(int number, String name, String key, String value) throws PathRuleException {
        if (value == null) {
            throw PathRuleException.inRule(number, name, "is missing \"" + key + "\"");
        }
        if (value.isBlank()) {
            throw PathRuleException.inRule(number, name, "\"" + key + "\" is empty");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
