package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.settings.PathRuleSetting;
import java.util.List;

/** Maps a Plex path with the rules in the form, as the provider would; fast and pure, so it runs as the user types. */
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

        /** The provider refused the rules; {@code message} names the rule and is meant for the user. */
        record RulesInvalid(String message) implements Result {
        }
    }
}
