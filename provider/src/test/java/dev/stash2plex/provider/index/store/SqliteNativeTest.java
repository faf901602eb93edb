package dev.stash2plex.provider.index.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * Which folder sqlite-jdbc is sent to. That the library really loads from there, in the read-only
 * container with a noexec /tmp, is shown by the container tests (HardenedContainerIT).
 */
class SqliteNativeTest {

    @TempDir
    Path nativeRoot;
    private String before;

    @BeforeEach
    void forgetTheProperty() {
        before = System.clearProperty(SqliteNative.LIBRARY_FOLDER_PROPERTY);
    }

    @AfterEach
    void restoreTheProperty() {
        if (before == null) {
            System.clearProperty(SqliteNative.LIBRARY_FOLDER_PROPERTY);
        } else {
            System.setProperty(SqliteNative.LIBRARY_FOLDER_PROPERTY, before);
        }
    }

    @Test
    void aLibraryForThisPlatformIsUsedFromItsFolder() throws IOException {
        Path folder = Files.createDirectories(nativeRoot.resolve(OSInfo.getNativeLibFolderPathForCurrentOS()));
        Path library = Files.writeString(folder.resolve(LibraryLoaderUtil.getNativeLibName()), "not really a library");

        assertThat(SqliteNative.useBundled(nativeRoot)).contains(library);
        assertThat(System.getProperty(SqliteNative.LIBRARY_FOLDER_PROPERTY)).isEqualTo(folder.toString());
    }

    @Test
    void withoutALibraryForThisPlatformSqliteKeepsItsOwnWay() throws IOException {
        Files.createDirectories(nativeRoot.resolve("Other-OS/x86_64"));
        Files.writeString(nativeRoot.resolve("Other-OS/x86_64").resolve(LibraryLoaderUtil.getNativeLibName()), "elsewhere");

        assertThat(SqliteNative.useBundled(nativeRoot)).isEmpty();
        assertThat(System.getProperty(SqliteNative.LIBRARY_FOLDER_PROPERTY)).isNull();
    }

    @Test
    void aFolderGivenOnTheCommandLineWins() throws IOException {
        Path folder = Files.createDirectories(nativeRoot.resolve(OSInfo.getNativeLibFolderPathForCurrentOS()));
        Files.writeString(folder.resolve(LibraryLoaderUtil.getNativeLibName()), "bundled");
        System.setProperty(SqliteNative.LIBRARY_FOLDER_PROPERTY, "/opt/own-sqlite");

        assertThat(SqliteNative.useBundled(nativeRoot)).isEmpty();
        assertThat(System.getProperty(SqliteNative.LIBRARY_FOLDER_PROPERTY)).isEqualTo("/opt/own-sqlite");
    }
}
