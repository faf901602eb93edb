package dev.stash2plex.provider.index.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * Makes sqlite-jdbc load the native library the image ships extracted, instead of unpacking the one
 * in its jar: in the container the root filesystem is read-only and {@code /tmp} is a {@code noexec}
 * tmpfs, so the unpacked copy could be neither written nor mapped. The Maven build lays the libraries
 * out as the jar does ({@code <OS>/<arch>/libsqlitejdbc.so}); the image has them under
 * {@link #IN_IMAGE}. Call {@link #useBundled} before the first SQLite connection: sqlite-jdbc reads
 * the property once, when it loads its library.
 */
public final class SqliteNative {

    /** Where the Dockerfile puts the provider's {@code native/} folder (beside {@code /app/provider.jar}). */
    public static final Path IN_IMAGE = Path.of("/app/native");
    /** sqlite-jdbc's own property: the folder holding the library, tried before its jar. */
    static final String LIBRARY_FOLDER_PROPERTY = "org.sqlite.lib.path";

    private SqliteNative() {
    }

    /**
     * The {@code native/} folder beside the provider's jar: {@link #IN_IMAGE} in the image, {@code target/native}
     * for the packaged jar run from the build (whose {@code lib/} holds sqlite-jdbc without the natives of its
     * jar); a folder that does not exist when the classes do not come from a jar, and then sqlite-jdbc keeps
     * its own way.
     */
    public static Path besideTheProviderJar() {
        try {
            Path code = Path.of(SqliteNative.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return (Files.isRegularFile(code) ? code.getParent() : code).resolve("native");
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return IN_IMAGE;
        }
    }

    /**
     * Points sqlite-jdbc at {@code nativeRoot/<OS>/<arch>/} when the library for this OS and
     * architecture is there; otherwise (a run outside the image, an architecture not shipped) leaves
     * sqlite-jdbc to its default, unpacking from its jar. A folder already given with
     * {@code -Dorg.sqlite.lib.path} (e.g. in {@code JAVA_TOOL_OPTIONS}) wins.
     *
     * @return the library file sqlite-jdbc will load, if it is a bundled one
     */
    public static Optional<Path> useBundled(Path nativeRoot) {
        if (System.getProperty(LIBRARY_FOLDER_PROPERTY) != null) {
            return Optional.empty();
        }
        Path folder = nativeRoot.resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
        Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        if (!Files.isRegularFile(library)) {
            return Optional.empty();
        }
        System.setProperty(LIBRARY_FOLDER_PROPERTY, folder.toString());
        return Optional.of(library);
    }
}
