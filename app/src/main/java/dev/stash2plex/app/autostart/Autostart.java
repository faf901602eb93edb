package dev.stash2plex.app.autostart;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Starting Stash2Plex when the user logs in: off until the user switches it on in the settings, and
 * then one entry in the place this OS reads at login. The entry starts the installed launcher
 * ({@code jpackage.app-path}); a development run has none, so there it is {@link #available() unavailable}.
 */
public interface Autostart {

    /** The system property jpackage's launcher sets to its own path. */
    String APP_PATH_PROPERTY = "jpackage.app-path";

    /** False where there is nothing to start at login (not installed) or no known mechanism. */
    boolean available();

    /** Whether the entry exists now. */
    boolean enabled() throws AutostartException;

    /** Creates the entry (again, pointing at the current launcher) or removes it; removing a missing one is fine. */
    void setEnabled(boolean enabled) throws AutostartException;

    /**
     * The mechanism for this OS, chosen once in {@code Main}. Pure: every input is a parameter, so
     * each OS's choice is tested on any OS.
     */
    static Autostart forSystem(String osName, Map<String, String> env, Path home, Optional<Path> launcher) {
        if (launcher.isEmpty()) {
            return new NoAutostart();
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return new WindowsRunKey(launcher.get(), new RegTool.Process());
        }
        if (os.startsWith("mac")) {
            return LaunchAgent.in(home.resolve("Library/LaunchAgents"), launcher.get());
        }
        // XDG Base Directory: a relative XDG_CONFIG_HOME is invalid and must be ignored.
        String configHome = env.get("XDG_CONFIG_HOME");
        Path config = configHome != null && !configHome.isBlank() && Path.of(configHome).isAbsolute()
                ? Path.of(configHome) : home.resolve(".config");
        return XdgAutostart.in(config.resolve("autostart"), launcher.get());
    }

    /** For a run without an installed launcher (from the build, or in tests). */
    static Autostart none() {
        return new NoAutostart();
    }

    /** {@link #forSystem} for the running JVM. */
    static Autostart forThisSystem() {
        return forSystem(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")),
                Optional.ofNullable(System.getProperty(APP_PATH_PROPERTY)).filter(path -> !path.isBlank()).map(Path::of));
    }
}
