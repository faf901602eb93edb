package dev.stash2plex.app.about;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a folder in the desktop's file manager: AWT's {@link Desktop} where it can, else the desktop's
 * own command ({@code xdg-open}, {@code open}, {@code explorer}). Blocking: call it on an I/O thread.
 */
public final class FolderOpener {

    private static final Logger LOG = LoggerFactory.getLogger(FolderOpener.class);

    /** Opens {@code folder}, creating it first (an empty log folder is still the place to look). */
    public void open(Path folder) {
        try {
            Files.createDirectories(folder);
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
                return;
            }
            new ProcessBuilder(command(System.getProperty("os.name", ""), folder)).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Cannot open the folder {}: {}", folder, e.toString());
        }
    }

    /** The desktop's own "open this folder" command. */
    static List<String> command(String osName, Path folder) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return List.of("open", folder.toString());
        }
        if (os.contains("win")) {
            return List.of("explorer", folder.toString());
        }
        return List.of("xdg-open", folder.toString());
    }
}
