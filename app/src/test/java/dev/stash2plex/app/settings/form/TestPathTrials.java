package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.settings.PathRuleSetting;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A stand-in for the provider's path mapping until it is on main: first rule whose pattern matches the start. */
final class TestPathTrials {

    static final PathTrial SIMPLE = (rules, path) -> {
        for (PathRuleSetting rule : rules) {
            try {
                Matcher matcher = Pattern.compile(rule.plexPattern()).matcher(path);
                if (!rule.plexPattern().isEmpty() && matcher.lookingAt()) {
                    StringBuilder stash = new StringBuilder();
                    String template = rule.stashPattern();
                    for (int i = 0; i < template.length(); i++) {
                        char c = template.charAt(i);
                        if (c == '\\' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                            stash.append(matcher.group(template.charAt(++i) - '0'));
                        } else {
                            stash.append(c);
                        }
                    }
                    return new PathTrial.Result.Mapped(rule.name(), stash + path.substring(matcher.end()));
                }
            } catch (PatternSyntaxException e) {
                return new PathTrial.Result.RulesInvalid(rule.name() + ": " + e.getDescription());
            }
        }
        return new PathTrial.Result.NoMatch();
    };

    private TestPathTrials() {
    }
}
