package dev.stash2plex.app.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folders the app writes to. The env file and the {@code config/} folder the provider
 * container mounts at {@code /config} live in {@link #configDir()}; logs live apart from them so that
 * mounting the config folder never exposes the app's own logs to the container. The provider's data
 * (its scene index: large, rebuilt from Stash when lost) lives in the OS's folder for such data,
 * {@link #dataDir()}, in a {@code provider-data/} folder of its own that the container mounts at
 * {@code /data}: on macOS the data and config folders are one, and the container must not see the env file.
 *
 * <p>{@value #OVERRIDE_PROPERTY} (system property) or {@value #OVERRIDE_ENV} (environment) replaces
 * the whole tree, so tests and portable installs never touch the real home directory.
 */
public record AppDirs(Path configDir, Path logDir, Path dataDir) {

    public static final String OVERRIDE_PROPERTY = "stash2plex.config.dir";
    public static final String OVERRIDE_ENV = "STASH2PLEX_CONFIG_DIR";

    /** The folders of the user running this JVM. */
    public static AppDirs forCurrentUser() {
        return resolve(System.getenv(), System.getProperty(OVERRIDE_PROPERTY),
                System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** Pure resolution, so every OS's rules can be tested on any OS. */
    static AppDirs resolve(Map<String, String> env, String overrideProperty, String osName, Path home) {
        String override = present(overrideProperty) ? overrideProperty : env.get(OVERRIDE_ENV);
        if (present(override)) {
            Path root = Path.of(override).toAbsolutePath();
            return new AppDirs(root, root.resolve("logs"), root);
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = present(env.get("APPDATA")) ? Path.of(env.get("APPDATA")) : home.resolve("AppData/Roaming");
            Path local = present(env.get("LOCALAPPDATA")) ? Path.of(env.get("LOCALAPPDATA")) : home.resolve("AppData/Local");
            // The index stays on this machine (Local): a roaming profile would copy it at every logon.
            return new AppDirs(roaming.resolve("Stash2Plex"), local.resolve("Stash2Plex").resolve("logs"),
                    local.resolve("Stash2Plex"));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library/Application Support/Stash2Plex");
            return new AppDirs(support, home.resolve("Library/Logs/Stash2Plex"), support);
        }
        // XDG: relative values are invalid per the spec and must be ignored.
        Path config = xdg(env.get("XDG_CONFIG_HOME"), home.resolve(".config"));
        Path state = xdg(env.get("XDG_STATE_HOME"), home.resolve(".local/state"));
        Path data = xdg(env.get("XDG_DATA_HOME"), home.resolve(".local/share"));
        return new AppDirs(config.resolve("stash2plex"), state.resolve("stash2plex").resolve("logs"),
                data.resolve("stash2plex"));
    }

    /** {@code provider.env}: the scalar settings, read by the app and by {@code docker compose --env-file}. */
    public Path envFile() {
        return configDir.resolve("provider.env");
    }

    /** The folder mounted read-only at {@code /config} in the provider container. */
    public Path providerConfigDir() {
        return configDir.resolve("config");
    }

    /** The folder mounted read-write at {@code /data} in the provider container: its scene index. */
    public Path providerDataDir() {
        return dataDir.resolve("provider-data");
    }

    /** {@code config/provider.yml}: the path rules, which do not fit in an env file. */
    public Path providerYaml() {
        return providerConfigDir().resolve("provider.yml");
    }

    private static Path xdg(String value, Path fallback) {
        return present(value) && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
