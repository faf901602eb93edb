package dev.stash2plex.provider.index.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.util.OSInfo;

/**
 * Where SQLite's native library comes from. sqlite-jdbc normally unpacks it into the temporary
 * folder and loads it from there, which a container's noexec {@code /tmp} forbids; the image ships
 * it unpacked under {@code /app/native/<OS>/<arch>/} instead (the jar's own layout).
 */
public final class SqliteNative {

    /** Where the provider's image puts the unpacked libraries. */
    public static final Path IMAGE_NATIVE_ROOT = Path.of("/app/native");
    private static final String LIBRARY = "libsqlitejdbc.so";

    private SqliteNative() {
    }

    /** Points sqlite-jdbc at the bundled library when it is there; otherwise leaves its own lookup alone. */
    public static void useBundled(Path nativeRoot) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        Path folder = nativeRoot.resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
        if (Files.isReadable(folder.resolve(LIBRARY))) {
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", LIBRARY);
        }
    }
}
