package dev.stash2plex.provider.config;

import dev.stash2plex.core.secrets.Redactor;
import dev.stash2plex.core.settings.Setting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the configuration sources per setting — environment beats {@code provider.yml} beats the
 * default, and a secret may come from a file ({@link SecretFiles}) — and validates the result,
 * collecting every problem so the user fixes them in one go.
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
        SecretFiles.Resolution files = SecretFiles.resolve(merged);
        // Whatever the sources said a secret is — valid or not — is hidden from every message below.
        Redactor secrets = secretsSeen(merged);
        List<String> missing = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            RawValue raw = merged.get(setting);
            // A secret whose file was named is not missing, even when the file is unusable: that has its own message.
            boolean given = files.named().contains(setting) || (raw != null && (raw.node() != null || !raw.text().isBlank()));
            if (setting.required() && !given) {
                missing.add(setting.envName());
            }
        }
        ConfigValidation validation = new ConfigValidation(merged);
        ProviderConfig config = validation.build();
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("Missing required configuration: " + String.join(", ", missing));
        }
        problems.addAll(files.problems());
        problems.addAll(validation.problems());
        if (!problems.isEmpty()) {
            throw new ConfigException(secrets.redact(String.join("; ", problems)));
        }
        return config;
    }

    private Redactor secretsSeen(Map<Setting, RawValue> merged) {
        Redactor seen = Redactor.NONE;
        for (Setting setting : Setting.values()) {
            if (setting.secret()) {
                String label = setting == Setting.PLEX_TOKEN ? Redactor.PLEX_TOKEN : Redactor.API_KEY;
                seen = seen.and(Redactor.secret(environment.get(setting.envName()), label));
                RawValue raw = merged.get(setting);
                if (raw != null) {
                    seen = seen.and(Redactor.secret(raw.text(), label));
                }
            }
        }
        return seen;
    }
}
