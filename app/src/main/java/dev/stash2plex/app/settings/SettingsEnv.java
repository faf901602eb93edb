package dev.stash2plex.app.settings;

import dev.stash2plex.core.settings.Setting;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * Maps {@link AppSettings} to the env file's variables and back. The variable names come from the
 * provider's {@link Setting}, the one list of setting names.
 */
final class SettingsEnv {

    /** The settings the form edits, in the order they are written. */
    static final List<Setting> FORM_SETTINGS = List.of(Setting.STASH_URL, Setting.STASH_API_KEY,
            Setting.PLEX_URL, Setting.PLEX_TOKEN, Setting.PROVIDER_PORT, Setting.LOG_LEVEL);

    private SettingsEnv() {
    }

    static SequencedMap<String, String> toVariables(AppSettings settings) {
        SequencedMap<String, String> variables = new LinkedHashMap<>();
        variables.put(Setting.STASH_URL.envName(), settings.stashUrl());
        variables.put(Setting.STASH_API_KEY.envName(), settings.stashApiKey().reveal());
        variables.put(Setting.PLEX_URL.envName(), settings.plexUrl());
        variables.put(Setting.PLEX_TOKEN.envName(), settings.plexToken().reveal());
        variables.put(Setting.PROVIDER_PORT.envName(), Integer.toString(settings.providerPort()));
        variables.put(Setting.LOG_LEVEL.envName(), settings.logLevel().envValue());
        settings.otherVariables().forEach(variables::putIfAbsent);
        return variables;
    }

    /** The settings in these entries; what is missing keeps its default, what the form does not edit is kept aside. */
    static AppSettings fromEntries(Path file, List<EnvEntry> entries, List<PathRuleSetting> rules)
            throws SettingsFileException.EnvLine {
        AppSettings defaults = AppSettings.defaults();
        Map<String, EnvEntry> byName = new LinkedHashMap<>();
        entries.forEach(entry -> byName.put(entry.name(), entry));
        Map<String, String> others = new LinkedHashMap<>();
        entries.stream()
                .filter(entry -> FORM_SETTINGS.stream().noneMatch(s -> s.envName().equals(entry.name())))
                .forEach(entry -> others.put(entry.name(), entry.value()));
        return new AppSettings(
                text(byName, Setting.STASH_URL, defaults.stashUrl()),
                new Secret(text(byName, Setting.STASH_API_KEY, "")),
                text(byName, Setting.PLEX_URL, defaults.plexUrl()),
                new Secret(text(byName, Setting.PLEX_TOKEN, "")),
                port(file, byName.get(Setting.PROVIDER_PORT.envName()), defaults.providerPort()),
                logLevel(file, byName.get(Setting.LOG_LEVEL.envName()), defaults.logLevel()),
                rules, others);
    }

    private static String text(Map<String, EnvEntry> byName, Setting setting, String fallback) {
        EnvEntry entry = byName.get(setting.envName());
        return entry == null ? fallback : entry.value();
    }

    private static int port(Path file, EnvEntry entry, int fallback) throws SettingsFileException.EnvLine {
        if (entry == null || entry.value().isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(entry.value().strip());
        } catch (NumberFormatException e) {
            throw new SettingsFileException.EnvLine(file, entry.line(), EnvProblem.NOT_A_NUMBER);
        }
    }

    private static LogLevel logLevel(Path file, EnvEntry entry, LogLevel fallback) throws SettingsFileException.EnvLine {
        if (entry == null || entry.value().isBlank()) {
            return fallback;
        }
        return LogLevel.parse(entry.value())
                .orElseThrow(() -> new SettingsFileException.EnvLine(file, entry.line(), EnvProblem.NOT_A_LOG_LEVEL));
    }
}
