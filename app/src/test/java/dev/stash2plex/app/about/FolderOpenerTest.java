package dev.stash2plex.app.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FolderOpenerTest {

    @Test
    void eachDesktopOpensTheFolderWithItsOwnCommand() {
        Path logs = Path.of("/home/me/.local/state/stash2plex/logs");
        assertThat(FolderOpener.command("Linux", logs)).containsExactly("xdg-open", logs.toString());
        assertThat(FolderOpener.command("Mac OS X", logs)).containsExactly("open", logs.toString());
        assertThat(FolderOpener.command("Windows 11", logs)).containsExactly("explorer", logs.toString());
    }
}
