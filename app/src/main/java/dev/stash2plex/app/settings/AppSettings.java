package dev.stash2plex.app.settings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stash2plex.core.settings.Setting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the settings form edits, as one immutable value; a change is a new record. The secrets
 * are {@link Secret}s, so this record's {@code toString()} is safe to log.
 *
 * @param otherVariables lines of the env file the form does not edit (other {@code S2P_*} settings, the
 *                       user's own variables), kept in order so that saving never drops them
 */
public record AppSettings(String stashUrl, Secret stashApiKey, String plexUrl, Secret plexToken,
                          int providerPort, LogLevel logLevel, List<PathRuleSetting> pathRules,
                          Map<String, String> otherVariables) {

    public AppSettings {
        Objects.requireNonNull(stashUrl, "stashUrl");
        Objects.requireNonNull(stashApiKey, "stashApiKey");
        Objects.requireNonNull(plexUrl, "plexUrl");
        Objects.requireNonNull(plexToken, "plexToken");
        Objects.requireNonNull(logLevel, "logLevel");
        pathRules = List.copyOf(pathRules);
        otherVariables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(otherVariables));
    }

    /** A first run: the provider's defaults, nothing about Stash yet. */
    public static AppSettings defaults() {
        return new AppSettings("", Secret.NONE, Setting.PLEX_URL.defaultValue(), Secret.NONE,
                Integer.parseInt(Setting.PROVIDER_PORT.defaultValue()),
                LogLevel.parse(Setting.LOG_LEVEL.defaultValue()).orElseThrow(), List.of(), Map.of());
    }

    public AppSettings withStash(String url, Secret apiKey) {
        return new AppSettings(url, apiKey, plexUrl, plexToken, providerPort, logLevel, pathRules, otherVariables);
    }

    public AppSettings withPlex(String url, Secret token) {
        return new AppSettings(stashUrl, stashApiKey, url, token, providerPort, logLevel, pathRules, otherVariables);
    }

    public AppSettings withProvider(int port, LogLevel level) {
        return new AppSettings(stashUrl, stashApiKey, plexUrl, plexToken, port, level, pathRules, otherVariables);
    }

    /**
     * The path rules as {@code config/provider.yml} holds them after a Save: the provider reads them from
     * there once, at its start, so whatever starts it must know when they changed.
     */
    public String pathRulesYaml() {
        return PathRulesFile.render(JsonNodeFactory.instance.objectNode(), pathRules);
    }

    /**
     * The container's environment for these settings: {@code NAME=value} in the order the env file holds them,
     * the variables the form does not edit included. What was saved is this record, so whoever starts the
     * provider takes it from here, never by reading the file back. The values hold secrets: never log them.
     */
    public List<String> environment() {
        return SettingsEnv.toVariables(this).entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).toList();
    }

    public AppSettings withPathRules(List<PathRuleSetting> rules) {
        return new AppSettings(stashUrl, stashApiKey, plexUrl, plexToken, providerPort, logLevel, rules, otherVariables);
    }
}
