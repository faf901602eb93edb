package dev.stash2plex.app.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Window;

/**
 * Saves a picture of a window with ImageMagick's {@code import} when the build asks for screenshots
 * ({@code -Dstash2plex.screenshots=DIR}); otherwise does nothing, so ordinary test runs stay quiet. Under
 * {@code -Dstash2plex.test.scheme=dark} each name gets {@code -dark}.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /** Call off the FX thread, with the window's bounds read on it. */
    public static void take(String name, double x, double y, double width, double height) throws IOException, InterruptedException {
        String dir = System.getProperty("stash2plex.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        // A run under the dark theme (-Dstash2plex.test.scheme=dark, see Themed) keeps its pictures beside the light ones.
        String suffix = "dark".equalsIgnoreCase(System.getProperty("stash2plex.test.scheme", "")) ? "-dark" : "";
        Path target = Path.of(dir).toAbsolutePath().resolve(name + suffix + ".png");
        Files.createDirectories(target.getParent());
        String crop = String.format("%dx%d+%d+%d", Math.round(width), Math.round(height), Math.round(x), Math.round(y));
        Process process = new ProcessBuilder("import", "-window", "root", "-crop", crop, "+repage", target.toString())
                .inheritIO().start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("import failed for " + target);
        }
    }

    public static void take(String name, Window window) throws IOException, InterruptedException {
        take(name, window.getX(), window.getY(), window.getWidth(), window.getHeight());
    }
}
