package dev.stash2plex.provider.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the configuration sources per setting — environment beats {@code provider.yml} beats the
 * default — and validates the result, collecting every problem so the user fixes them in one go.
 */
public final class ConfigLoader {

    /** Where the YAML file lives in the container; {@code S2P_CONFIG_FILE} moves it. */
    public static final Path DEFAULT_FILE = Path.of("/config/provider.yml");
    public static final String CONFIG_FILE_ENV = Setting.ENV_PREFIX + "CONFIG_FILE";

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The file the loader reads, for the startup banner. */
    public Path configFile() {
        String override = environment.get(CONFIG_FILE_ENV);
        return override == null || override.isBlank() ? DEFAULT_FILE : Path.of(override.strip());
    }

    public ProviderConfig load() throws ConfigException {
        Map<Setting, RawValue> merged = new EnumMap<>(Setting.class);
        merged.putAll(YamlConfigFile.read(configFile()));
        for (Setting setting : Setting.values()) {
            String value = environment.get(setting.envName());
            // A blank variable counts as unset: compose files often pass "${S2P_X:-}" through.
            if (value != null && !value.isBlank()) {
                merged.put(setting, new RawValue(setting, value.strip(), null, setting.envName()));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            RawValue raw = merged.get(setting);
            if (setting.required() && (raw == null || (raw.node() == null && raw.text().isBlank()))) {
                missing.add(setting.envName());
            }
        }
        ConfigValidation validation = new ConfigValidation(merged);
        ProviderConfig config = validation.build();
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("Missing required configuration: " + String.join(", ", missing));
        }
        problems.addAll(validation.problems());
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("; ", problems));
        }
        return config;
    }
}
