package dev.stash2plex.app.library.window;

import dev.stash2plex.app.library.LibraryData.Suggestion;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.settings.PathRuleSetting;
import java.util.List;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The path rules the provider suggests in the Library window, and "Add suggested rule": the rule goes into the
 * saved settings through the settings form's own Save, so the supervisor restarts the provider with it; what
 * came of it is said on the status line. FX thread.
 */
final class RuleSuggestions {

    private final Predicate<PathRuleSetting> addRule;
    private final UserMessages messages;
    private final StatusLine status;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();

    RuleSuggestions(Predicate<PathRuleSetting> addRule, UserMessages messages, StatusLine status) {
        this.addRule = addRule;
        this.messages = messages;
        this.status = status;
    }

    /** What the provider suggests now; a list that did not change is left as it is, so a live read keeps the selection. */
    void show(List<Suggestion> now) {
        if (!suggestions.equals(now)) {
            suggestions.setAll(now);
        }
    }

    /** Adds the rule to the settings (the provider restarts with it) and says so. */
    void add(Suggestion suggestion) {
        if (addRule.test(suggestion.rule())) {
            suggestions.remove(suggestion);
            status.show(messages.text("library.rule.added", suggestion.rule().plexPattern(), suggestion.rule().stashPattern()), false);
        } else {
            status.show(messages.text("library.rule.notSaved"), true);
        }
    }

    ObservableList<Suggestion> list() {
        return FXCollections.unmodifiableObservableList(suggestions);
    }
}
