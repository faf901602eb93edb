package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.settings.PathRuleSetting;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Puts a time limit on the user's patterns before the provider's mapping code ({@code delegate})
 * runs them: each rule's Plex pattern is first tried on the path (and on the rule's own test path)
 * against a {@link DeadlineText}. A pattern that does not finish in time is named in the result and
 * the provider's code is not run with it; one that finishes is safe to hand on, since the provider
 * matches the same pattern against the same text. A pattern Java cannot compile as written is left
 * to the provider, which reports it.
 */
public final class GuardedPathTrial implements PathTrial {

    private final PathTrial delegate;
    private final Duration limit;

    public GuardedPathTrial(PathTrial delegate, Duration limit) {
        this.delegate = delegate;
        this.limit = limit;
    }

    @Override
    public Result map(List<PathRuleSetting> rules, String plexPath) {
        long deadline = System.nanoTime() + limit.toNanos();
        for (PathRuleSetting rule : rules) {
            if (rule.plexPattern().isBlank()) {
                continue;
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(rule.plexPattern(),
                        rule.caseInsensitive() ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            } catch (PatternSyntaxException e) {
                continue;
            }
            try {
                for (String path : List.of(plexPath, rule.testPlexPath())) {
                    if (!path.isBlank()) {
                        pattern.matcher(new DeadlineText(path, deadline)).lookingAt();
                    }
                }
            } catch (DeadlineText.TooSlow e) {
                return new Result.TooSlow(rule.name(), limit);
            }
        }
        return delegate.map(rules, plexPath);
    }
}
