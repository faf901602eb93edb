package dev.stash2plex.core.pathrules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The loaded path rules: Plex sees a file at one path, Stash at another, and the match route needs the Stash
 * path of the file Plex asks about. Rules are tried in order and the first that maps wins, in both directions.
 * Immutable and safe to share between request threads.
 *
 * <h2>Why Stash → Plex is derived the way it is</h2>
 * Users write one direction only (a regex over Plex paths and a template for Stash paths), yet the desktop
 * app's tester and each rule's self test need the way back. The original provider guessed it by text surgery
 * on the regex, which swapped reordered groups back wrongly and leaked {@code \.} or {@code (?:…)} into paths.
 * Here the inverse is derived from meaning instead:
 * <ul>
 *   <li>the template becomes a regex in which each group reference is a capture of that group's
 *       <em>original</em> regex (so {@code \2/\1} reads the values back in the right order, and the
 *       constraints the user wrote still hold) and all template text is quoted;</li>
 *   <li>the Plex path is rebuilt from the Plex pattern's structure: literal characters (escapes decoded), then
 *       the captured values in the positions their groups hold; zero-width parts write nothing.</li>
 * </ul>
 * Where the structure does not say what text Plex had (an alternation or a {@code .}/{@code \w}/class outside
 * a used group, an optional or repeated part, inline flags) the rule is reported one-way at load and skipped
 * by {@link #stashToPlex}, instead of guessing a path that might belong to another file. Both directions
 * match at the start and keep the unmatched tail, so a rule without groups ({@code ^/plex/} → {@code /stash/})
 * maps both ways. In a case-insensitive rule the pattern's own spelling of its fixed text is written back (the
 * user's spelling is unknowable), as in the original. Finally every derived Plex path is mapped forward again
 * and must give the Stash path back; a rule that would not round-trip for this path does not answer.
 */
public final class PathRules {

    private static final PathRules EMPTY = new PathRules(List.of());

    private final List<RuleCompiler.Loaded> rules;

    private PathRules(List<RuleCompiler.Loaded> rules) {
        this.rules = rules;
    }

    /**
     * Validates and compiles every rule, then runs each rule's self test.
     *
     * @throws PathRuleException for the first rule whose text is wrong; self-test failures only disable their rule
     */
    public static PathRules compile(List<PathRuleDefinition> definitions) throws PathRuleException {
        return definitions.isEmpty() ? EMPTY : new PathRules(RuleCompiler.compile(definitions));
    }

    /** No rules: every lookup misses and matching falls back to file names. */
    public static PathRules empty() {
        return EMPTY;
    }

    /** The Stash path of a full Plex path, by the first active rule that matches its start. */
    public Optional<PathMapping> plexToStash(String plexPath) {
        for (RuleCompiler.Loaded loaded : rules) {
            if (loaded.active()) {
                Optional<String> stash = loaded.rule().toStash(plexPath);
                if (stash.isPresent()) {
                    return Optional.of(new PathMapping(loaded.rule().name(), stash.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The Plex path of a Stash path, by the first active two-way rule that maps it. */
    public Optional<PathMapping> stashToPlex(String stashPath) {
        for (RuleCompiler.Loaded loaded : rules) {
            if (loaded.active()) {
                Optional<String> plex = loaded.rule().toPlex(stashPath);
                if (plex.isPresent()) {
                    return Optional.of(new PathMapping(loaded.rule().name(), plex.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The Stash path for a match filename as Plex sends it (relative to the library folder, with or without a
     * leading slash): each rule tries it joined with its own library root, or as given when it has none.
     */
    public Optional<PathMapping> plexFilenameToStash(String filename) {
        for (RuleCompiler.Loaded loaded : rules) {
            if (loaded.active()) {
                CompiledRule rule = loaded.rule();
                Optional<String> stash = rule.toStash(rule.candidatePath(filename));
                if (stash.isPresent()) {
                    return Optional.of(new PathMapping(rule.name(), stash.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** What every rule, disabled ones included, does with a match filename; the first match is the one used. */
    public List<RuleAttempt> explain(String filename) {
        List<RuleAttempt> attempts = new ArrayList<>();
        for (RuleCompiler.Loaded loaded : rules) {
            CompiledRule rule = loaded.rule();
            String plexPath = rule.candidatePath(filename);
            if (!loaded.active()) {
                attempts.add(RuleAttempt.skipped(rule.number(), rule.name(), plexPath,
                        "disabled: " + loaded.status().reason()));
                continue;
            }
            Optional<String> stash = rule.toStash(plexPath);
            attempts.add(stash.isPresent()
                    ? RuleAttempt.mapped(rule.number(), rule.name(), plexPath, stash.get())
                    : RuleAttempt.skipped(rule.number(), rule.name(), plexPath, "no match: plex_pattern "
                            + rule.plex().source() + " does not match the start of \"" + plexPath + "\""));
        }
        return List.copyOf(attempts);
    }

    public List<RuleStatus> statuses() {
        return rules.stream().map(RuleCompiler.Loaded::status).toList();
    }

    /** Every rule read from the configuration, disabled ones included. */
    public int loadedCount() {
        return rules.size();
    }

    public int disabledCount() {
        return (int) rules.stream().filter(loaded -> !loaded.active()).count();
    }

    /** Plex on Windows and hand-typed paths use backslashes; rules are written with forward slashes. */
    static String normalise(String path) {
        return path.replace('\\', '/');
    }
}
