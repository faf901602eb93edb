package dev.stash2plex.app;

import dev.stash2plex.app.autostart.Autostart;
import dev.stash2plex.app.docker.EngineLocator;
import dev.stash2plex.app.docker.ManagedContainer;
import dev.stash2plex.app.platform.AppDirs;
import dev.stash2plex.app.supervisor.EngineConnection;
import java.util.Locale;

/**
 * What differs between the app on a user's desktop and the same app in a test: its folders, how it
 * finds a container engine, its version (the provider image's tag), the provider's runtime base
 * image (empty: the Dockerfile's own), the container it manages, start at login, and the language.
 */
public record AppEnvironment(AppDirs dirs, EngineConnection.Locator engines, String version, String runtimeBaseImage,
                             String containerName, Autostart autostart, Locale locale) {

    /** The provider image's runtime base, for machines without a registry (CI): a local image. */
    static final String RUNTIME_BASE_PROPERTY = "stash2plex.runtime.base.image";

    /** This user on this computer: the OS's folders, every engine socket it may have, the installed version. */
    static AppEnvironment ofThisComputer() {
        return new AppEnvironment(AppDirs.forCurrentUser(), EngineLocator.forCurrentUser()::locate, jarVersion(),
                System.getProperty(RUNTIME_BASE_PROPERTY, ""), ManagedContainer.NAME, Autostart.forThisSystem(),
                Locale.getDefault());
    }

    private static String jarVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
