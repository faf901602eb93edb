package dev.stash2plex.app.fx;

import dev.stash2plex.provider.testing.Polling;
import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Saves a picture of a window with ImageMagick's {@code import} when the build asks for screenshots
 * ({@code -Dstash2plex.screenshots=DIR}); otherwise does nothing, and waits for nothing, so ordinary test
 * runs stay quiet and fast. With screenshots on, it waits for what is on screen to be painted first. Under
 * {@code -Dstash2plex.test.scheme=dark} each name gets {@code -dark}.
 */
public final class Screenshots {

    private static final Duration PAINT_LIMIT = Duration.ofSeconds(10);

    private Screenshots() {
    }

    public static boolean enabled() {
        String dir = System.getProperty("stash2plex.screenshots");
        return dir != null && !dir.isBlank();
    }

    /** Call off the FX thread, with the window's bounds read on it. */
    public static void take(String name, double x, double y, double width, double height) throws IOException, InterruptedException {
        if (!enabled()) {
            return;
        }
        // A run under the dark theme (-Dstash2plex.test.scheme=dark, see Themed) keeps its pictures beside the light ones.
        String suffix = "dark".equalsIgnoreCase(System.getProperty("stash2plex.test.scheme", "")) ? "-dark" : "";
        Path target = Path.of(System.getProperty("stash2plex.screenshots")).toAbsolutePath().resolve(name + suffix + ".png");
        Files.createDirectories(target.getParent());
        String crop = String.format("%dx%d+%d+%d", Math.round(width), Math.round(height), Math.round(x), Math.round(y));
        Process process = new ProcessBuilder("import", "-window", "root", "-crop", crop, "+repage", target.toString())
                .inheritIO().start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("import failed for " + target);
        }
    }

    /** A JavaFX window, once its scene has painted what was last changed in it (off the FX thread). */
    public static void take(String name, Window window) throws IOException, InterruptedException {
        if (!enabled()) {
            return;
        }
        awaitPaint(window.getScene());
        Rectangle area = new Rectangle((int) Math.round(window.getX()), (int) Math.round(window.getY()),
                (int) Math.round(window.getWidth()), (int) Math.round(window.getHeight()));
        // A window just shown may be painted before the X server shows it: wait until the screen has it, settled.
        BufferedImage[] last = {null};
        Polling.until(name + " on screen", PAINT_LIMIT, Duration.ofMillis(100), () -> {
            BufferedImage now = capture(area);
            boolean settled = last[0] != null && samePixels(last[0], now) && !oneColour(now);
            last[0] = now;
            return settled ? Boolean.TRUE : null;
        }, () -> area);
        take(name, area.x, area.y, area.width, area.height);
    }

    /** What is on screen in {@code area} now (with screenshots off: nothing, null), to notice when it changes. */
    public static BufferedImage capture(Rectangle area) {
        if (!enabled()) {
            return null;
        }
        try {
            return new Robot().createScreenCapture(area);
        } catch (AWTException e) {
            throw new IllegalStateException("No screen to capture", e);
        }
    }

    /**
     * What another toolkit draws on its own thread (AWT's tray popup): the picture is taken once {@code area}
     * differs from {@code before}, as captured by {@link #capture} before the action that draws it, and has
     * stopped changing (a popup shows its background before its items): two captures in a row alike.
     */
    public static void takeOnceChanged(String name, Rectangle area, BufferedImage before) throws IOException, InterruptedException {
        if (!enabled()) {
            return;
        }
        BufferedImage[] last = {before};
        Polling.until(name + " drawn", PAINT_LIMIT, Duration.ofMillis(250), () -> {
            BufferedImage now = capture(area);
            boolean settled = !samePixels(before, now) && samePixels(last[0], now);
            last[0] = now;
            return settled ? Boolean.TRUE : null;
        }, () -> area);
        take(name, area.x, area.y, area.width, area.height);
    }

    /**
     * Waits for two pulses of the scene: a change is laid out in the first and drawn before the second starts
     * (the toolkit does not begin a pulse while the last frame is still being rendered).
     */
    private static void awaitPaint(Scene scene) throws InterruptedException {
        if (scene == null || Platform.isFxApplicationThread()) {
            return;
        }
        CountDownLatch pulses = new CountDownLatch(2);
        Runnable counter = () -> {
            pulses.countDown();
            Platform.requestNextPulse();
        };
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(counter);
            Platform.requestNextPulse();
        });
        try {
            if (!pulses.await(PAINT_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The scene did not paint within " + PAINT_LIMIT);
            }
        } finally {
            Platform.runLater(() -> scene.removePostLayoutPulseListener(counter));
        }
    }

    private static boolean oneColour(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return Arrays.stream(pixels).allMatch(pixel -> pixel == pixels[0]);
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        return a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight()
                && Arrays.equals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
    }
}
