package dev.stash2plex.provider.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import dev.stash2plex.provider.testing.MissingResourceFailsOnCi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class MediaFilesTest {

    @TempDir
    Path dir;

    @Test
    void findsThePlexFileUnderItsLocalFolder() throws Exception {
        Path videos = Files.createDirectory(dir.resolve("videos"));
        Path file = touch(videos.resolve("Studio/Scene One.mp4"));
        MediaFiles media = new MediaFiles(List.of(new MediaRoot("/data/videos", videos)));

        assertThat(media.find("/data/videos/Studio/Scene One.mp4")).contains(file.toRealPath());
        assertThat(media.find("/data/videos//Studio/Scene One.mp4")).contains(file.toRealPath());
        assertThat(media.find("/data/other/Studio/Scene One.mp4")).isEmpty();
    }

    @Test
    void theLongestPlexFolderWinsInAnyOrder() throws Exception {
        Path whole = Files.createDirectory(dir.resolve("whole"));
        Path videos = Files.createDirectory(dir.resolve("videos"));
        touch(whole.resolve("videos/a.mp4"));
        Path specific = touch(videos.resolve("a.mp4"));
        MediaRoot broad = new MediaRoot("/data", whole);
        MediaRoot narrow = new MediaRoot("/data/videos/", videos);

        assertThat(new MediaFiles(List.of(broad, narrow)).find("/data/videos/a.mp4")).contains(specific.toRealPath());
        assertThat(new MediaFiles(List.of(narrow, broad)).find("/data/videos/a.mp4")).contains(specific.toRealPath());
    }

    @Test
    void aPlexFolderMatchesWholeNamesOnly() throws Exception {
        Path vid = Files.createDirectory(dir.resolve("vid"));
        // Where a text prefix match of "/data/vid" on "/data/videos/a.mp4" would look.
        touch(vid.resolve("eos/a.mp4"));
        MediaFiles media = new MediaFiles(List.of(new MediaRoot("/data/vid", vid)));

        assertThat(media.find("/data/videos/a.mp4")).isEmpty();
        assertThat(media.find("/data/vid/eos/a.mp4")).isPresent();
    }

    @Test
    void windowsPathsAreConvertedNameByName() throws Exception {
        Path videos = Files.createDirectory(dir.resolve("videos"));
        Path file = touch(videos.resolve("Sub Folder/a.mp4"));
        MediaFiles media = new MediaFiles(List.of(new MediaRoot("D:\\Videos", videos)));

        assertThat(media.find("D:\\Videos\\Sub Folder\\a.mp4")).contains(file.toRealPath());
        assertThat(media.find("D:/Videos/Sub Folder/a.mp4")).contains(file.toRealPath());
        // Windows ignores case in the folder Plex and the configuration name.
        assertThat(media.find("d:\\VIDEOS\\Sub Folder\\a.mp4")).contains(file.toRealPath());
        assertThat(media.find("E:\\Videos\\Sub Folder\\a.mp4")).isEmpty();
        assertThat(media.find("/Videos/Sub Folder/a.mp4")).isEmpty();
    }

    @Test
    void windowsNetworkShares() throws Exception {
        Path share = Files.createDirectory(dir.resolve("share"));
        Path file = touch(share.resolve("Studio/a.mp4"));
        MediaFiles media = new MediaFiles(List.of(new MediaRoot("\\\\nas\\share", share)));

        assertThat(media.find("\\\\nas\\share\\Studio\\a.mp4")).contains(file.toRealPath());
        assertThat(media.find("\\\\other\\share\\Studio\\a.mp4")).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aBackslashIsPartOfAPosixFileName() throws Exception {
        Path videos = Files.createDirectory(dir.resolve("videos"));
        Path file = touch(videos.resolve("a\\b.mp4"));
        touch(videos.resolve("a/b.mp4"));
        MediaFiles media = new MediaFiles(List.of(new MediaRoot("/data", videos)));

        assertThat(media.find("/data/a\\b.mp4")).contains(file.toRealPath());
    }

    @Test
    void dotDotNeverClimbsOutOfTheRoot() throws Exception {
        Path videos = Files.createDirectory(dir.resolve("videos"));
        touch(videos.resolve("sub/a.mp4"));
        touch(dir.resolve("secret.mp4"));
        MediaFiles media = new MediaFiles(List.of(new MediaRoot("/data", videos)));

        assertThat(media.find("/data/../secret.mp4")).isEmpty();
        assertThat(media.find("/data/sub/../../secret.mp4")).isEmpty();
        assertThat(media.find("/data/sub/../sub/a.mp4")).isEmpty();
        assertThat(media.find("/data/./sub/a.mp4")).isEmpty();
        assertThat(media.find("/data/sub/a.mp4")).isPresent();
    }

    @Test
    void aLinkLeadingOutOfTheRootIsRefused() throws Exception {
        Path videos = Files.createDirectory(dir.resolve("videos"));
        Path outside = Files.createDirectory(dir.resolve("outside"));
        touch(outside.resolve("a.mp4"));
        Files.createSymbolicLink(videos.resolve("file-link.mp4"), outside.resolve("a.mp4"));
        Files.createSymbolicLink(videos.resolve("folder-link"), outside);
        MediaFiles media = new MediaFiles(List.of(new MediaRoot("/data", videos)));

        assertThat(media.find("/data/file-link.mp4")).isEmpty();
        assertThat(media.find("/data/folder-link/a.mp4")).isEmpty();
    }

    @Test
    void aLinkStayingInsideTheRootIsFollowed() throws Exception {
        Path videos = Files.createDirectory(dir.resolve("videos"));
        Path file = touch(videos.resolve("real/a.mp4"));
        Files.createSymbolicLink(videos.resolve("alias"), videos.resolve("real"));
        // The root itself reached through a link is still the root.
        Path linkedRoot = Files.createSymbolicLink(dir.resolve("linked-videos"), videos);
        MediaFiles media = new MediaFiles(List.of(new MediaRoot("/data", linkedRoot)));

        assertThat(media.find("/data/alias/a.mp4")).contains(file.toRealPath());
    }

    @Test
    void onlyAnExistingReadableRegularFile() throws Exception {
        Path videos = Files.createDirectory(dir.resolve("videos"));
        Files.createDirectory(videos.resolve("folder"));
        MediaFiles media = new MediaFiles(List.of(new MediaRoot("/data", videos)));

        assertThat(media.find("/data/folder")).isEmpty();
        assertThat(media.find("/data")).isEmpty();
        assertThat(media.find("/data/missing.mp4")).isEmpty();
        assertThat(media.find("/data/bad\0name.mp4")).isEmpty();
        assertThat(new MediaFiles(List.of(new MediaRoot("/data", dir.resolve("not-mounted")))).find("/data/a.mp4")).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anUnreadableFileIsNotOffered() throws Exception {
        Path videos = Files.createDirectory(dir.resolve("videos"));
        Path file = touch(videos.resolve("locked.mp4"));
        MediaFiles media = new MediaFiles(List.of(new MediaRoot("/data", videos)));
        assertThat(media.find("/data/locked.mp4")).isPresent();

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        // root reads everything, so as root there is no unreadable file to offer.
        assumeFalse(Files.isReadable(file), MissingResourceFailsOnCi.NOT_A_RESOURCE + "running as root, every file is readable");

        assertThat(media.find("/data/locked.mp4")).isEmpty();
    }

    @Test
    void aRelativePlexFilenameMatchesNothing() throws Exception {
        Path videos = Files.createDirectory(dir.resolve("videos"));
        touch(videos.resolve("a.mp4"));
        MediaFiles media = new MediaFiles(List.of(new MediaRoot("/data", videos)));

        assertThat(media.find("data/a.mp4")).isEmpty();
        assertThat(media.find("a.mp4")).isEmpty();
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[] {1});
    }
}
