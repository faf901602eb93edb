package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.settings.PathRuleSetting;
import java.util.List;

/**
 * Maps a Plex path with the rules in the form, as the provider would. Runs off the FX thread, as the user
 * types ({@link PathRulesModel}); the user's patterns get a time limit ({@link GuardedPathTrial}).
 */
@FunctionalInterface
public interface PathTrial {

    Result map(List<PathRuleSetting> rules, String plexPath);

    /** What the tester shows under the path the user typed. */
    sealed interface Result {
        record Empty() implements Result {
        }

        record Mapped(String ruleName, String stashPath) implements Result {
        }

        record NoMatch() implements Result {
        }

        /** The rule's pattern did not finish on this path within {@code limit}: it backtracks too much. */
        record TooSlow(String ruleName, java.time.Duration limit) implements Result {
        }

        /** The provider refused the rules; {@code message} names the rule and is meant for the user. */
        record RulesInvalid(String message) implements Result {
        }
    }
}
